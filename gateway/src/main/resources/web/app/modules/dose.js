// A program's items as the steps of a session, and their doses in words.

export const WARM_UP = 'warm-up';

/** "2 sets of 10 reps", "3 sets, hold 10 s, each side". */
export function doseText(item) {
  const parts = [`${item.sets} ${item.sets === 1 ? 'set' : 'sets'}`];
  if (item.reps) parts.push(`${item.reps} reps`);
  if (item.holdSeconds) parts.push(`hold ${item.holdSeconds} s`);
  let text = parts.length === 3 ? `${parts[0]} of ${parts[1]}, ${parts[2]}` : parts.join(item.reps ? ' of ' : ', ');
  if (item.perSide) text += ', each side';
  return text;
}

/** The sides a set is done on: left then right for one-sided work, otherwise both at once. */
export function sidesOf(item) {
  return item.perSide ? ['left', 'right'] : ['both'];
}

/** Every set of the session in order (warm-up first), one step per set and side. */
export function sessionSteps(items) {
  const ordered = [...items.filter((i) => i.phase === WARM_UP), ...items.filter((i) => i.phase !== WARM_UP)];
  const steps = [];
  ordered.forEach((item, index) => {
    for (let set = 1; set <= item.sets; set++) {
      for (const side of sidesOf(item)) {
        steps.push({ item, itemIndex: index, exercise: item.exercise, setNumber: set, side,
          reps: item.reps || null, holdSeconds: item.holdSeconds || null });
      }
    }
  });
  return steps;
}

/** The index of the first step of the next exercise after {@code index}, or the number of steps when none. */
export function nextExerciseStep(steps, index) {
  const current = steps[index] ? steps[index].itemIndex : -1;
  const next = steps.findIndex((step, i) => i > index && step.itemIndex !== current);
  return next === -1 ? steps.length : next;
}

/** mm:ss for a countdown. */
export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Today's date in the device's zone, as the API writes dates. */
export function localDate(date = new Date()) {
  const offset = date.getTimezoneOffset() * 60000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 10);
}

export function addDays(isoDate, days) {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
