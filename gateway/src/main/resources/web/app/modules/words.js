// What an API answer means, in words for a person rather than a developer. The API's problem+json names the
// field; the person sees which thing to check and never the raw JSON.

const FIELD_NAMES = {
  score: 'the pain score', painBefore: 'the pain score before', painAfter: 'the pain score after',
  quality: 'what the pain feels like', location: 'where it hurts', reps: 'the number of repetitions',
  holdSeconds: 'the hold time', side: 'the side', text: 'the note', note: 'the note', sets: 'the sets',
  programId: 'the program', itemId: 'the exercise', patientId: 'the patient', templateId: 'the program template',
  url: 'the web address', events: 'the events', reason: 'the reason', minutes: 'the minutes',
};

export function fieldName(field) {
  if (!field) return null;
  const last = String(field).split(/[.[\]]/).filter(Boolean).pop();
  return FIELD_NAMES[last] || FIELD_NAMES[field] || null;
}

function fieldsOf(problem) {
  if (!problem) return [];
  const fields = [];
  if (problem.field) fields.push(problem.field);
  for (const violation of problem.violations || problem.errors || []) {
    if (violation && (violation.field || violation.name)) fields.push(violation.field || violation.name);
  }
  return fields;
}

export function inWords(status, problem) {
  switch (true) {
    case status === 0:
      return 'You seem to be offline. What you record is kept on this device and sent when you are back online.';
    case status === 401:
      return 'You have been signed out. Sign in again; nothing you recorded is lost.';
    case status === 403:
      return 'Your account does not allow this. If you think it should, ask your clinic.';
    case status === 404:
      return 'We could not find that. It may have been removed or finished.';
    case status === 409:
      return 'This changed in the meantime (perhaps on another device). Reload to see the latest.';
    case status === 413:
      return 'That is too much to send at once. Please shorten it.';
    case status === 429:
      return 'That was a lot at once. Wait a few seconds, then try again.';
    case status === 400 || status === 422: {
      const names = [...new Set(fieldsOf(problem).map(fieldName).filter(Boolean))];
      if (status === 422 && problem && problem.detail && !names.length) {
        return `This cannot be done right now: ${plain(problem.detail)}`;
      }
      return names.length
        ? `Please check ${names.join(' and ')} and try again.`
        : 'Something you entered could not be used. Please check it and try again.';
    }
    case status === 502 || status === 503 || status === 504:
      return 'Lumbar cannot be reached right now. Anything you record is kept on this device and sent later.';
    default:
      return 'Something went wrong on our side. Please try again in a moment.';
  }
}

/** A service's detail sentence, kept when it is prose and dropped when it reads like code. */
function plain(detail) {
  const text = String(detail);
  return /[{}<>=]|[a-z][A-Z]|\w+\.\w+\(/.test(text) ? 'please ask your clinic.' : text;
}
