// A patient's first visit: the screening questions, then a program from a template (or the one a clinician
// prescribed, which Today shows without this page). The questions follow the seed articles
// (seeds/002_84a113f690ec992a.txt lines 37-42, seeds/004_5d53c57711750722.txt line 78); the rule book decides.
import { html, nothing } from 'lit';
import { api, newKey } from './api.js';
import { Page, go } from './ui.js';

export const RED_FLAGS = [
  ['numbness-tingling', 'Tingling or numbness in your back'],
  ['after-fall', 'Back pain that started after a single event, such as a fall'],
  ['severe-not-improving', 'Severe pain that is not getting better'],
  ['bladder-bowel', 'Trouble urinating or controlling your bowels, or numbness in your legs'],
  ['fever', 'A fever along with your back pain'],
];

class StartPage extends Page {
  initialState() {
    return { step: 'loading', redFlags: [], chronicOrSevere: null, recentFallOrSurgery: null, templates: [] };
  }

  async connectedCallback() {
    super.connectedCallback();
    const screening = await this.attempt(() => api('/screenings/me').catch((e) => (e.status === 404 ? null : Promise.reject(e))));
    if (screening === undefined) return;
    if (!screening) {
      this.state = { ...this.state, step: 'screening' };
      return;
    }
    await this.chooseProgram(screening);
  }

  async chooseProgram(screening) {
    const templates = await this.attempt(() => api('/templates'));
    this.state = { ...this.state, step: 'program', screening, templates: templates || [] };
  }

  async answer(event) {
    event.preventDefault();
    const { redFlags, chronicOrSevere, recentFallOrSurgery } = this.state;
    if (chronicOrSevere === null || recentFallOrSurgery === null) {
      this.error = 'Please answer both questions about your pain.';
      this.requestUpdate();
      return;
    }
    const screening = await this.attempt(() => api('/screenings', { method: 'POST',
      body: { redFlags, chronicOrSevere, recentFallOrSurgery } }));
    if (screening) await this.chooseProgram(screening);
  }

  async start(templateId) {
    const program = await this.attempt(() => api('/programs', { method: 'POST', idempotencyKey: newKey(),
      body: { templateId, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } }));
    if (program) go('#/today');
  }

  yesNo(name, question, value) {
    return html`<fieldset>
      <legend>${question}</legend>
      <div class="choices">
        <label class="choice"><input type="radio" name=${name} .checked=${value === true}
          @change=${() => { this.state = { ...this.state, [name]: true }; }}> Yes</label>
        <label class="choice"><input type="radio" name=${name} .checked=${value === false}
          @change=${() => { this.state = { ...this.state, [name]: false }; }}> No</label>
      </div></fieldset>`;
  }

  toggleFlag(flag, on) {
    const redFlags = on ? [...this.state.redFlags, flag] : this.state.redFlags.filter((f) => f !== flag);
    this.state = { ...this.state, redFlags };
  }

  render() {
    const s = this.state;
    if (s.step === 'loading') return html`<main class="page"><h1>Getting started</h1>${this.errorBox()}<p>Loading…</p></main>`;
    if (s.step === 'screening') {
      return html`<main class="page">
        <h1>Before you start</h1>
        <p>A few questions keep your exercises safe. If any answer is yes, your clinician looks at your program
          before you begin.</p>
        <form @submit=${this.answer}>
          <fieldset>
            <legend>Do you have any of these now? Tick all that apply.</legend>
            ${RED_FLAGS.map(([flag, words]) => html`<label class="choice">
              <input type="checkbox" .checked=${s.redFlags.includes(flag)} @change=${(e) => this.toggleFlag(flag, e.target.checked)}>
              ${words}</label>`)}
          </fieldset>
          ${this.yesNo('chronicOrSevere', 'Have you had back pain for more than three months, or is your pain severe?', s.chronicOrSevere)}
          ${this.yesNo('recentFallOrSurgery', 'Did your pain begin with a fall or another single event, or have you had back surgery recently?', s.recentFallOrSurgery)}
          ${this.errorBox()}
          <button class="primary big" type="submit">Continue</button>
        </form>
      </main>`;
    }
    return html`<main class="page">
      <h1>Choose your program</h1>
      ${s.screening && s.screening.needsReview ? html`<div class="notice" role="status">Because of your answers, your
        clinician will review your program before you start. You can choose one now; Today shows when it is ready.</div>` : nothing}
      ${this.errorBox()}
      <div class="cards">
        ${s.templates.map((t) => html`<section class="card" aria-labelledby="t-${t.id}">
          <h2 id="t-${t.id}">${t.name}</h2>
          <p>${t.goal}</p>
          <p class="muted">${t.frequency}, ${t.minutesMin}–${t.minutesMax} minutes</p>
          <button class="primary" @click=${() => this.start(t.id)} aria-label="Start ${t.name}">Start this program</button>
        </section>`)}
      </div>
    </main>`;
  }
}
customElements.define('lumbar-start', StartPage);
