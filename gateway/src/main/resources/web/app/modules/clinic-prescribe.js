// Prescribing: the clinician picks exercises from the catalog (filters and search), sets each dose and the
// schedule, and creates the program for a patient of their clinic, or changes an existing program's exercises
// and schedule. The program service checks the rules (a strength program rests between days, and so on) and says
// why when a choice breaks one.
import { html, nothing } from 'lit';
import { api, newKey } from './api.js';
import { localDate } from './dose.js';
import { Page, go, shortId } from './ui.js';

const CATEGORIES = ['mobility', 'core-stability', 'functional-strength', 'stretch', 'breathing', 'self-massage'];
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** A catalog exercise as a program item, at the low end of its default dose. */
export function itemFrom(exercise) {
  const dose = exercise.defaultDose || {};
  const item = { exercise: exercise.slug, name: exercise.name, sets: dose.sets ? dose.sets.min : 1, perSide: Boolean(dose.perSide) };
  if (dose.reps) item.reps = dose.reps.min;
  if (dose.holdSeconds) item.holdSeconds = dose.holdSeconds.min;
  if (!item.reps && !item.holdSeconds) item.reps = 10;
  return item;
}

/** The schedule as the API takes it, from the form's fields. */
export function scheduleFrom(form) {
  if (form.kind === 'WEEKLY') {
    return { kind: 'WEEKLY', minPerWeek: form.minPerWeek, maxPerWeek: form.maxPerWeek, nonConsecutive: form.nonConsecutive };
  }
  if (form.kind === 'WEEKDAYS') return { kind: 'WEEKDAYS', weekdays: form.weekdays };
  return { kind: 'DAILY', timesPerDay: form.timesPerDay };
}

class Prescribe extends Page {
  initialState() {
    return { loading: true, q: '', category: '', flareUpSafe: false, found: [], items: [], reason: '',
      schedule: { kind: 'DAILY', timesPerDay: 1, minPerWeek: 3, maxPerWeek: 3, nonConsecutive: true, weekdays: ['MONDAY', 'WEDNESDAY', 'FRIDAY'] } };
  }

  async connectedCallback() {
    super.connectedCallback();
    const [patientId, programId] = this.params;
    let program = null;
    if (programId) program = await this.attempt(() => api(`/programs/${encodeURIComponent(programId)}`), { detail: true });
    const items = program ? program.items.map((i) => ({ ...i })) : [];
    const schedule = program ? { ...this.state.schedule, ...program.schedule,
      weekdays: program.schedule.weekdays && program.schedule.weekdays.length ? program.schedule.weekdays : this.state.schedule.weekdays } : this.state.schedule;
    this.state = { ...this.state, loading: false, patientId, program, items, schedule };
    await this.search();
  }

  async search(event) {
    if (event) event.preventDefault();
    const { q, category, flareUpSafe } = this.state;
    const query = new URLSearchParams({ size: '30', sort: 'level' });
    if (q.trim()) query.set('q', q.trim());
    if (category) query.set('category', category);
    if (flareUpSafe) query.set('flareUpSafe', 'true');
    const page = await this.attempt(() => api(`/exercises?${query}`), { detail: true });
    this.state = { ...this.state, found: page ? page.items : [] };
  }

  setItem(index, change) {
    this.state = { ...this.state, items: this.state.items.map((item, i) => (i === index ? { ...item, ...change } : item)) };
  }

  setSchedule(change) { this.state = { ...this.state, schedule: { ...this.state.schedule, ...change } }; }

  itemsForApi() {
    return this.state.items.map((item) => {
      const out = { exercise: item.exercise, sets: item.sets, perSide: item.perSide };
      if (item.reps) out.reps = item.reps;
      if (item.holdSeconds) out.holdSeconds = item.holdSeconds;
      if (item.notes) out.notes = item.notes;
      if (item.phase) out.phase = item.phase;
      return out;
    });
  }

  async save(event) {
    event.preventDefault();
    const { program, patientId, reason } = this.state;
    const schedule = scheduleFrom(this.state.schedule);
    const items = this.itemsForApi();
    const saved = await this.attempt(async () => {
      if (!program) {
        return api('/programs', { method: 'POST', idempotencyKey: newKey(), body: { patientId, items, schedule,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, startDate: localDate() } });
      }
      const body = reason.trim() ? { reason: reason.trim() } : {};
      await api(`/programs/${program.id}/items`, { method: 'PUT', body: { items, ...body } });
      return api(`/programs/${program.id}/schedule`, { method: 'PUT', body: { schedule, ...body } });
    }, { detail: true });
    if (saved) go(`#/patient/${patientId}`);
  }

  number(value, change, label, min, max) {
    return html`<label class="inline">${label}
      <input type="number" inputmode="numeric" min=${min} max=${max} .value=${value === undefined || value === null ? '' : String(value)}
        @input=${(e) => change(e.target.value === '' ? null : Number(e.target.value))}></label>`;
  }

  render() {
    const s = this.state;
    if (s.loading) return html`<main class="page"><h1>Prescribe</h1><p>Loading…</p></main>`;
    const sc = s.schedule;
    return html`<main class="page">
      <h1>${s.program ? 'Change the program' : 'Prescribe a program'} for patient ${shortId(s.patientId)}</h1>
      <section class="card" aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">The catalog</h2>
        <form class="row" role="search" @submit=${(e) => this.search(e)}>
          <label for="rx-q" class="inline">Search <input id="rx-q" .value=${s.q} @input=${(e) => { this.state = { ...s, q: e.target.value }; }}></label>
          <label for="rx-category" class="inline">Category
            <select id="rx-category" @change=${(e) => { this.state = { ...this.state, category: e.target.value }; this.search(); }}>
              <option value="">Any</option>${CATEGORIES.map((c) => html`<option value=${c} ?selected=${s.category === c}>${c}</option>`)}
            </select></label>
          <label class="choice"><input type="checkbox" .checked=${s.flareUpSafe}
            @change=${(e) => { this.state = { ...this.state, flareUpSafe: e.target.checked }; this.search(); }}> Safe on flare-up days</label>
          <button type="submit">Search</button>
        </form>
        <ul class="found">${s.found.map((e) => html`<li class="row spread"><span><strong>${e.name}</strong>
          <span class="muted">· ${e.category} · level ${e.level}</span></span>
          <button @click=${() => { this.state = { ...this.state, items: [...this.state.items, itemFrom(e)] }; }}
            aria-label="Add ${e.name}">Add</button></li>`)}</ul>
      </section>
      <form @submit=${(e) => this.save(e)}>
        <section class="card" aria-labelledby="items-heading">
          <h2 id="items-heading">Exercises and doses</h2>
          ${s.items.length ? nothing : html`<p class="muted">Add exercises from the catalog.</p>`}
          ${s.items.map((item, i) => html`<fieldset><legend>${item.name || item.exercise}</legend>
            <div class="row">
              ${this.number(item.sets, (v) => this.setItem(i, { sets: v }), 'Sets', 1, 10)}
              ${this.number(item.reps, (v) => this.setItem(i, { reps: v }), 'Reps', 1, 200)}
              ${this.number(item.holdSeconds, (v) => this.setItem(i, { holdSeconds: v }), 'Hold (s)', 1, 600)}
              <label class="choice"><input type="checkbox" .checked=${item.perSide} @change=${(e) => this.setItem(i, { perSide: e.target.checked })}> Each side</label>
              <button type="button" @click=${() => { this.state = { ...this.state, items: this.state.items.filter((_, j) => j !== i) }; }}
                aria-label="Remove ${item.name || item.exercise}">Remove</button>
            </div></fieldset>`)}
        </section>
        <section class="card" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">Schedule</h2>
          <label for="rx-kind">How often</label>
          <select id="rx-kind" @change=${(e) => this.setSchedule({ kind: e.target.value })}>
            <option value="DAILY" ?selected=${sc.kind === 'DAILY'}>Every day</option>
            <option value="WEEKLY" ?selected=${sc.kind === 'WEEKLY'}>A number of days a week</option>
            <option value="WEEKDAYS" ?selected=${sc.kind === 'WEEKDAYS'}>On chosen weekdays</option>
          </select>
          ${sc.kind === 'DAILY' ? html`<div class="row">${this.number(sc.timesPerDay, (v) => this.setSchedule({ timesPerDay: v }), 'Sessions a day', 1, 4)}</div>` : nothing}
          ${sc.kind === 'WEEKLY' ? html`<div class="row">
            ${this.number(sc.minPerWeek, (v) => this.setSchedule({ minPerWeek: v }), 'At least, per week', 1, 7)}
            ${this.number(sc.maxPerWeek, (v) => this.setSchedule({ maxPerWeek: v }), 'At most, per week', 1, 7)}
            <label class="choice"><input type="checkbox" .checked=${sc.nonConsecutive} @change=${(e) => this.setSchedule({ nonConsecutive: e.target.checked })}> A rest day between sessions</label>
          </div>` : nothing}
          ${sc.kind === 'WEEKDAYS' ? html`<fieldset><legend>Weekdays</legend><div class="choices">${WEEKDAYS.map((d) => html`<label class="choice">
            <input type="checkbox" .checked=${sc.weekdays.includes(d)} @change=${(e) => this.setSchedule({ weekdays: e.target.checked
              ? [...sc.weekdays, d] : sc.weekdays.filter((x) => x !== d) })}> ${d.charAt(0) + d.slice(1).toLowerCase()}</label>`)}</div></fieldset>` : nothing}
          ${s.program ? html`<label for="rx-reason">Why the change (kept with the program's versions)</label>
            <input id="rx-reason" maxlength="500" .value=${s.reason} @input=${(e) => { this.state = { ...this.state, reason: e.target.value }; }}>` : nothing}
        </section>
        ${this.errorBox()}
        <button class="primary big" type="submit" ?disabled=${!s.items.length}>${s.program ? 'Save the changes' : 'Prescribe this program'}</button>
      </form>
    </main>`;
  }
}
customElements.define('lumbar-prescribe', Prescribe);
