// Runs the app's own logic in the browser (AppLogicIT serves the app's modules under /app/ and this folder under
// /tests/) and leaves the outcome in window.results for the JUnit side to report test by test.
import { tests } from './harness.js';
import './words.test.js';
import './dose.test.js';
import './guidance.test.js';
import './chart-data.test.js';
import './outbox.test.js';

const results = [];
for (const [name, test] of tests) {
  try {
    await test();
    results.push({ name, ok: true });
  } catch (failure) {
    results.push({ name, ok: false, error: String(failure && failure.stack || failure) });
  }
}
window.results = results;
