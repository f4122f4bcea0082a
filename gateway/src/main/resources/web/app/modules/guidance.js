// How the rule book's answer to "it hurts" is shown. The rules and their words live in the clinical module
// (clinical/.../pain/answers.properties, from the seed articles); this only chooses the heading, the colour and
// what the person can do next. An action the app does not know is shown as the safest one.

const SHOWN = {
  'stop-see-clinician': { tone: 'stop', heading: 'Stop now and contact your clinician', next: 'end', ends: true },
  'stop-exercise': { tone: 'stop', heading: 'Stop this exercise', next: 'skip-exercise', ends: false },
  'rest-today': { tone: 'stop', heading: 'Rest for today', next: 'end', ends: true },
  modify: { tone: 'modify', heading: 'Switch to the easier version', next: 'skip-exercise', ends: false },
  'gentle-relief': { tone: 'modify', heading: 'Keep it gentle today', next: 'continue', ends: false },
  continue: { tone: 'continue', heading: 'You can carry on', next: 'continue', ends: false },
};

/** What the app shows for the rule book's guidance: tone, heading, the message and what comes next. */
export function showGuidance(guidance) {
  const shown = (guidance && SHOWN[guidance.action]) || SHOWN['stop-see-clinician'];
  return {
    ...shown,
    message: guidance && guidance.message ? guidance.message
      : 'Stop exercising and contact your clinician before you go on.',
    modification: guidance ? guidance.modification || null : null,
    modificationName: guidance ? guidance.modificationName || null : null,
    clinicianAlerted: Boolean(guidance && guidance.alert),
    ruleId: guidance ? guidance.ruleId || null : null,
  };
}

/**
 * Offline, the rule book cannot be asked. The app then gives the answer that is safe whatever the pain is, and the
 * report is sent (and judged) when the network is back.
 */
export function offlineGuidance() {
  return {
    tone: 'stop', heading: 'Stop this exercise', next: 'skip-exercise', ends: false,
    message: 'You are offline, so Lumbar cannot check this pain now. Stop this exercise. If the pain is severe, '
      + 'spreads into your leg, or comes with numbness, tingling, fever or changes in bladder or bowel control, stop '
      + 'the session and contact your clinician. Your report is sent when you are back online.',
    modification: null, modificationName: null, clinicianAlerted: false, ruleId: null, offline: true,
  };
}
