import { test, equal } from './harness.js';
import { adherenceSeries, painSeries, exerciseSeries } from '/app/chart-data.js';

test('weeks without a plan are gaps in the adherence chart, not zeros', () => {
  const data = adherenceSeries({ weeks: [
    { week: '2026-W47', adherence: 0.5, completed: 1, scheduled: 2 },
    { week: '2026-W48', adherence: null, completed: 0, scheduled: 0 },
    { week: '2026-W49', adherence: 1, completed: 3, scheduled: 3 }] });
  equal(data.labels, ['W47', 'W48', 'W49']);
  equal(data.values, [50, null, 100]);
});

test('the pain chart marks the level the headline trend must reach', () => {
  const data = painSeries({ headline: 'before', before: { baseline: 6, meaningfulLevel: 4.2, meaningfulImprovement: false },
    after: { baseline: 5, meaningfulLevel: 3.5 },
    weeks: [{ week: '2026-W48', painBefore: 6, painAfter: 5 }, { week: '2026-W49', painBefore: null }] });
  equal([data.meaningfulLevel, data.baseline, data.improved], [4.2, 6, false]);
  equal(data.before, [6, null]);
  equal(data.after, [5, null]);
});

test('without pain scores there is no line to reach', () => {
  equal(painSeries({ headline: null, weeks: [] }).meaningfulLevel, null);
});

test('an exercise chart has its best hold and reps per week', () => {
  const data = exerciseSeries({ weeks: [{ week: '2026-W49', setsDone: 3, bestHoldSeconds: 30 }] });
  equal([data.hold, data.reps, data.sets], [[30], [null], [3]]);
});
