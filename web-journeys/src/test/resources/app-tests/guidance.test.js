import { test, equal, truthy } from './harness.js';
import { showGuidance, offlineGuidance } from '/app/guidance.js';

test('stop and see a clinician ends the session, in the stop colour, with the rule book message', () => {
  const shown = showGuidance({ action: 'stop-see-clinician', message: 'Stop exercising now.', alert: true, ruleId: 'pain.red-flag.leg' });
  equal([shown.tone, shown.next, shown.ends, shown.clinicianAlerted, shown.message],
    ['stop', 'end', true, true, 'Stop exercising now.']);
});

test('modify shows the easier version and moves on to the next exercise', () => {
  const shown = showGuidance({ action: 'modify', message: 'Try the towel variant.', modification: 'knee-to-chest-towel',
    modificationName: 'Knee-to-chest with a towel', alert: false, ruleId: 'pain.warning.during-exercise' });
  equal([shown.tone, shown.heading, shown.next, shown.modification], ['modify', 'Switch to the easier version',
    'skip-exercise', 'knee-to-chest-towel']);
});

test('carry on is shown as carry on', () => {
  equal(showGuidance({ action: 'continue', message: 'Mild soreness is normal.' }).next, 'continue');
});

test('an action the app does not know is shown as the safest one', () => {
  const shown = showGuidance({ action: 'something-new', message: 'New advice.' });
  equal([shown.tone, shown.next, shown.message], ['stop', 'end', 'New advice.']);
  equal(showGuidance(null).heading, 'Stop now and contact your clinician');
});

test('offline, the answer is to stop the exercise and watch for the red flags', () => {
  const shown = offlineGuidance();
  equal([shown.tone, shown.next, shown.offline], ['stop', 'skip-exercise', true]);
  truthy(shown.message.includes('contact your clinician') && shown.message.includes('leg'), 'red flags named');
});
