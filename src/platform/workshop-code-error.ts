// Why a session or result code was refused: one problem, one message (an English template the UI
// translates with t(), see src/view/report.ts), and nothing changed.
import { msg, renderMsg, type Msg } from '../view/report';
import { BITS_PER_CHAR, OutOfBits } from './code-bits';

export const CODE_PROBLEMS = [
  'empty',
  'characters',
  'tooShort',
  'tooLong',
  'mistyped',
  'newerVersion',
  'wrongKind',
  'unknownScenario',
  'missingScenario',
  'otherScenarioVersion',
  'invalidSettings',
  'foreignSession',
  'invalidTeamName',
  'tooManyYears',
  'invalidDecisions',
  'unknownEvent',
  'unknownChoice',
  'invalidPrediction',
  'replay',
] as const;
export type CodeProblem = (typeof CODE_PROBLEMS)[number];

export class WorkshopCodeError extends Error {
  constructor(
    readonly problem: CodeProblem,
    readonly msg: Msg,
  ) {
    super(renderMsg(msg));
    this.name = 'WorkshopCodeError';
  }
}

export function refuse(problem: CodeProblem, message: Msg): never {
  throw new WorkshopCodeError(problem, message);
}

/** The messages of the problems every code shares, before its own layout is read. */
export function commonProblem(problem: 'tooShort' | 'tooLong' | 'mistyped' | 'newerVersion'): never;
export function commonProblem(problem: 'characters', chars: string[]): never;
export function commonProblem(
  problem: 'tooShort' | 'tooLong' | 'mistyped' | 'newerVersion' | 'characters',
  chars: string[] = [],
): never {
  switch (problem) {
    case 'characters':
      return refuse(
        problem,
        msg('The code has characters that codes never use: {chars}.', { chars: chars.map((c) => `“${c}”`).join(' ') }),
      );
    case 'tooShort':
      return refuse(problem, msg('The code is too short: a character is missing.'));
    case 'tooLong':
      return refuse(problem, msg('The code is too long: it has an extra character.'));
    case 'mistyped':
      return refuse(problem, msg('A character is mistyped: check the code against the original.'));
    case 'newerVersion':
      return refuse(
        problem,
        msg('This code was made by a newer version of Cluster Policy Lab: open that version to read it.'),
      );
  }
}

/**
 * Why a code failed its check. `readLax` follows the code's layout without judging values and
 * returns the bits left over. Characters missing make the layout run out, one too many leaves a
 * character over; both also break the length field. Anything else is a mistyped character.
 */
export function diagnoseFailedCheck(readLax: () => number, lengthAgrees: boolean): never {
  let left: number;
  try {
    left = readLax();
  } catch (error) {
    if (error instanceof OutOfBits && !lengthAgrees) commonProblem('tooShort');
    if (error instanceof OutOfBits || error instanceof WorkshopCodeError) commonProblem('mistyped');
    throw error;
  }
  if (left >= BITS_PER_CHAR && !lengthAgrees) commonProblem('tooLong');
  commonProblem('mistyped');
}
