// The model's public surface.
export * from './types';
export * from './params';
export * from './setup';
export * from './step';
export * from './run';
export * from './plan';
export * from './assumptions';
export * from './decisions';
export { chooseForEvent, defaultChoiceId, findEvent, applyEffects } from './events';
export {
  meanApproval,
  approvalCollapsed,
  abruptChangeCost,
  approvalChange,
  emptyApprovalLevels,
  type ApprovalLevels,
  type ApprovalPart,
  type ApprovalReasons,
} from './mechanisms/approval';
export { shockHappened } from './shocks';
export {
  GROUPS,
  GROUP_COLUMNS,
  GROUP_FIGURES,
  PARTITION_GROUPS,
  groupColumnValues,
  groupsOf,
  partitionIncomeUsdM,
  type Group,
  type GroupFigures,
  type Groups,
} from './mechanisms/groups';
export { LAG_PROFILES, meanLagYears, pipelineTotal } from './mechanisms/pipelines';
export * from './preview';
export * from './outcomes';
