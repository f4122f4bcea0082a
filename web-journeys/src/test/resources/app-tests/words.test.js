import { test, equal, truthy } from './harness.js';
import { inWords, fieldName } from '/app/words.js';

test('a refused field is named in words, never as JSON', () => {
  const words = inWords(400, { status: 400, detail: 'sets[0].reps: must be at most 200',
    errors: [{ field: 'sets[0].reps', message: 'must be at most 200' }] });
  equal(words, 'Please check the number of repetitions and try again.');
  truthy(!words.includes('{') && !words.includes('sets[0]'), 'no raw field path');
});

test('several fields are named once each', () => {
  equal(inWords(400, { errors: [{ field: 'score' }, { field: 'quality' }, { field: 'score' }] }),
    'Please check the pain score and what the pain feels like and try again.');
});

test('an unknown field still gets a plain sentence', () => {
  equal(inWords(400, { errors: [{ field: 'zz' }] }), 'Something you entered could not be used. Please check it and try again.');
  equal(fieldName('zz'), null);
});

test('a 422 with a prose reason keeps it; one that reads like code does not', () => {
  equal(inWords(422, { detail: 'The program is paused until your clinician resumes it' }),
    'This cannot be done right now: The program is paused until your clinician resumes it');
  equal(inWords(422, { detail: 'schedule.strength-rest-day: WEEKLY{min=3}' }), 'This cannot be done right now: please ask your clinic.');
});

test('no network, sign-out, conflicts and outages are said plainly', () => {
  truthy(inWords(0).includes('offline'), 'offline');
  truthy(inWords(401).includes('Sign in again') && inWords(401).includes('nothing you recorded is lost'), 'signed out');
  truthy(inWords(409).includes('Reload'), 'conflict');
  truthy(inWords(503).includes('kept on this device'), 'outage');
  truthy(inWords(500).includes('Please try again'), 'server error');
});
