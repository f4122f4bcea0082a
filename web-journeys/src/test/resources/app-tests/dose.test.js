import { test, equal } from './harness.js';
import { doseText, sessionSteps, nextExerciseStep, clock, addDays } from '/app/dose.js';

test('doses read as a person says them', () => {
  equal(doseText({ sets: 2, reps: 10 }), '2 sets of 10 reps');
  equal(doseText({ sets: 1, holdSeconds: 30 }), '1 set, hold 30 s');
  equal(doseText({ sets: 3, reps: 2, holdSeconds: 30, perSide: true }), '3 sets of 2 reps, hold 30 s, each side');
});

test('a session does the warm-up first, then each set, left then right for one-sided work', () => {
  const steps = sessionSteps([
    { exercise: 'bird-dog', sets: 2, reps: 8, perSide: true },
    { exercise: 'cat-cow', sets: 1, reps: 10, phase: 'warm-up' },
  ]);
  equal(steps.map((s) => `${s.exercise}:${s.setNumber}:${s.side}`),
    ['cat-cow:1:both', 'bird-dog:1:left', 'bird-dog:1:right', 'bird-dog:2:left', 'bird-dog:2:right']);
});

test('skipping an exercise goes to the first set of the next one, or to the end', () => {
  const steps = sessionSteps([{ exercise: 'a', sets: 2, reps: 5 }, { exercise: 'b', sets: 1, reps: 5 }]);
  equal(nextExerciseStep(steps, 0), 2);
  equal(nextExerciseStep(steps, 2), 3);
});

test('the hold timer shows whole seconds, rounded up, never negative', () => {
  equal(clock(30), '0:30');
  equal(clock(9.2), '0:10');
  equal(clock(75), '1:15');
  equal(clock(-1), '0:00');
});

test('dates move by calendar days', () => {
  equal(addDays('2026-12-31', 1), '2027-01-01');
  equal(addDays('2026-03-01', -1), '2026-02-28');
});
