// The figures the API gives, shaped for the charts. Pure functions: the charts draw what these return.

/** The charts' series colours, in order; the HTML legends use the same. */
export const COLOURS = ['#1f5f5b', '#b3541e', '#5b4b8a', '#2d6a9f', '#7a4b00'];
/** The dashed reference lines: the adherence goal, and the level of a meaningful pain improvement. */
export const GOAL_COLOUR = '#7a4b00';
export const IMPROVEMENT_COLOUR = '#1d6b3a';

/** Weekly adherence in percent; weeks with nothing scheduled are gaps, not zeros. */
export function adherenceSeries(series) {
  const weeks = (series && series.weeks) || [];
  return {
    labels: weeks.map((w) => w.week.replace(/^\d{4}-/, '')),
    values: weeks.map((w) => (w.adherence === null || w.adherence === undefined ? null : Math.round(w.adherence * 100))),
    completed: weeks.map((w) => w.completed),
    scheduled: weeks.map((w) => w.scheduled),
  };
}

/**
 * Weekly mean pain before and after sessions, and the line a meaningful improvement must reach (from the
 * analytics' headline trend; null when there is no baseline yet).
 */
export function painSeries(trend) {
  const weeks = (trend && trend.weeks) || [];
  const headline = trend && trend.headline ? trend[trend.headline] : null;
  return {
    labels: weeks.map((w) => w.week.replace(/^\d{4}-/, '')),
    before: weeks.map((w) => (w.painBefore === undefined ? null : w.painBefore)),
    after: weeks.map((w) => (w.painAfter === undefined ? null : w.painAfter)),
    meaningfulLevel: headline && headline.meaningfulLevel !== undefined ? headline.meaningfulLevel : null,
    baseline: headline ? headline.baseline ?? null : null,
    improved: Boolean(headline && headline.meaningfulImprovement),
  };
}

/** Best hold time and reps per week for one exercise. */
export function exerciseSeries(trend) {
  const weeks = (trend && trend.weeks) || [];
  return {
    labels: weeks.map((w) => w.week.replace(/^\d{4}-/, '')),
    hold: weeks.map((w) => w.bestHoldSeconds ?? null),
    reps: weeks.map((w) => w.bestReps ?? null),
    sets: weeks.map((w) => w.setsDone ?? 0),
  };
}

/** A time series of samples as [time, value] pairs, for the operations charts. */
export function samplesOf(samples, pick) {
  return samples.map((s) => [s.at, pick(s)]).filter(([, value]) => value !== null && value !== undefined);
}
