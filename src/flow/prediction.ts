// The player's prediction for the year about to be played: will output, jobs and poverty rise, stay
// about the same or fall, and optionally by how much. Made in planning (SET_PREDICTION), kept with
// the year in the decision log when End year is pressed. It changes nothing in the model: it is
// what the year report and the debrief hold the outcome against (src/view/prediction.ts).

export const PREDICTION_INDICATORS = ['output', 'jobs', 'poverty'] as const;
export type PredictionIndicator = (typeof PREDICTION_INDICATORS)[number];

export const PREDICTION_DIRECTIONS = ['rise', 'same', 'fall'] as const;
export type PredictionDirection = (typeof PREDICTION_DIRECTIONS)[number];

/** The largest size a prediction may give (percent or points); larger is a typo, not a forecast. */
export const MAX_PREDICTION_MAGNITUDE = 1000;

export interface IndicatorPrediction {
  direction: PredictionDirection;
  /**
   * How much, when the player says (never negative; the direction gives the sign): percent for output
   * and jobs, percentage points for poverty. Not kept with "about the same".
   */
  magnitude?: number;
}

/** One year's prediction; an indicator left out was not predicted. */
export type Prediction = Partial<Record<PredictionIndicator, IndicatorPrediction>>;

/** A change to the prediction being made: an indicator set, or cleared with null. */
export type PredictionChange = Partial<Record<PredictionIndicator, IndicatorPrediction | null>>;

export function isPredictionIndicator(value: unknown): value is PredictionIndicator {
  return (PREDICTION_INDICATORS as readonly unknown[]).includes(value);
}

export function isPredictionDirection(value: unknown): value is PredictionDirection {
  return (PREDICTION_DIRECTIONS as readonly unknown[]).includes(value);
}

/** Whether anything was predicted. */
export function hasPrediction(prediction: Prediction | null | undefined): prediction is Prediction {
  return !!prediction && PREDICTION_INDICATORS.some((i) => prediction[i] !== undefined);
}

function validMagnitude(magnitude: unknown): boolean {
  return (
    magnitude === undefined ||
    (typeof magnitude === 'number' &&
      Number.isFinite(magnitude) &&
      magnitude >= 0 &&
      magnitude <= MAX_PREDICTION_MAGNITUDE)
  );
}

/** Problems with a change, empty when it can be applied (the machine refuses it otherwise). */
export function predictionProblems(change: PredictionChange): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(change)) {
    if (!isPredictionIndicator(key)) problems.push(`"${key}" is not output, jobs or poverty`);
    else if (value === null || value === undefined) continue;
    else if (!isPredictionDirection(value.direction)) problems.push(`${key}: the direction must be rise, same or fall`);
    else if (!validMagnitude(value.magnitude))
      problems.push(`${key}: the size must be between 0 and ${MAX_PREDICTION_MAGNITUDE}`);
  }
  return problems;
}

/** A copy of one indicator's prediction in its one shape ("same" carries no size). */
function normalised(value: IndicatorPrediction): IndicatorPrediction {
  return value.direction !== 'same' && value.magnitude !== undefined
    ? { direction: value.direction, magnitude: value.magnitude }
    : { direction: value.direction };
}

/** The prediction with a change applied, as a new object (indicators in a fixed order). */
export function mergePrediction(prediction: Prediction, change: PredictionChange): Prediction {
  const next: Prediction = {};
  for (const indicator of PREDICTION_INDICATORS) {
    const value = indicator in change ? change[indicator] : prediction[indicator];
    if (value) next[indicator] = normalised(value);
  }
  return next;
}

/** A deep copy (for saves and exports). */
export function copyPrediction(prediction: Prediction): Prediction {
  return mergePrediction(prediction, {});
}
