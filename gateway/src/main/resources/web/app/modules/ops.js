// The operator's pages: the platform's health and, over the last minutes, request rate, p99 latency, outbox backlog
// and oldest unsent age, consumer lag and dead letters (from the services' metrics, sampled by the gateway); and the
// catalog's admin writes.
import { html, nothing } from 'lit';
import { api } from './api.js';
import { samplesOf } from './chart-data.js';
import { Page } from './ui.js';
import { chartBox, legend, drawChart } from './patient-progress.js';

const CHARTS = [
  ['requestsPerSecond', 'Requests per second', ''],
  ['p99Ms', 'p99 latency', 'ms'],
  ['outboxBacklog', 'Outbox backlog', 'rows'],
  ['oldestUnsentSeconds', 'Oldest unsent event', 's'],
  ['consumerLag', 'Consumer lag', 'records'],
  ['deadLetters', 'Dead letters (total)', 'records'],
];

/** The parts an operator watches, from the services' readiness checks. */
export function platformParts(overview) {
  const parts = overview.services.map((s) => ({ name: s.name, status: s.health.status, reason: s.health.reason }));
  const checks = overview.services.flatMap((s) => s.health.checks || []);
  const of = (pattern) => checks.filter((c) => pattern.test(c.name));
  const state = (found) => (!found.length ? 'UNKNOWN' : found.every((c) => c.status === 'UP') ? 'UP' : 'DOWN');
  parts.push({ name: 'Kafka broker', status: state(of(/kafka|messaging/i)) });
  parts.push({ name: 'PostgreSQL', status: state(of(/database|datasource/i)) });
  parts.push({ name: 'Keycloak', status: overview.keycloak.status });
  return parts;
}

function latestWords(overview, key, title, unit) {
  const latest = overview.services.map((s) => {
    const value = s.samples.length ? s.samples[s.samples.length - 1][key] : null;
    return value === null || value === undefined ? null : `${s.name} ${value}${unit ? ` ${unit}` : ''}`;
  }).filter(Boolean);
  return `${title} per part over the last minutes. Latest: ${latest.length ? latest.join(', ') : 'no figures yet'}.`;
}

class OpsPage extends Page {
  connectedCallback() {
    super.connectedCallback();
    this.refresh();
    this.timer = setInterval(() => this.refresh(), 5000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  async refresh() {
    const overview = await this.attempt(() => api('/operations'));
    if (!overview) return;
    this.state = { loading: false, overview };
    await this.updateComplete;
    CHARTS.forEach(([key, title, unit]) => {
      const element = this.querySelector(`#ops-${key}`);
      if (!element) return;
      drawChart(element, {
        grid: { left: 52, right: 16, top: 24, bottom: 28 },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', min: 0, name: unit },
        series: overview.services.map((s) => ({ name: s.name, type: 'line', showSymbol: false,
          data: samplesOf(s.samples, (x) => x[key]) })),
      });
    });
  }

  render() {
    const s = this.state;
    if (s.loading) return html`<main class="page"><h1>Operations</h1>${this.errorBox()}<p>Loading…</p></main>`;
    const parts = platformParts(s.overview);
    const down = parts.filter((p) => p.status !== 'UP');
    return html`<main class="page">
      <h1>Operations</h1>
      ${this.errorBox()}
      <p role="status" class=${down.length ? 'health-down' : 'health-ok'} data-health=${down.length ? 'down' : 'ok'}>
        ${down.length ? `Needs attention: ${down.map((p) => p.name).join(', ')}` : 'Everything is healthy'}</p>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Parts of the platform"><table><thead><tr><th scope="col">Part</th><th scope="col">State</th></tr></thead>
        <tbody>${parts.map((p) => html`<tr><th scope="row">${p.name}</th>
          <td class=${p.status === 'UP' ? 'health-ok' : 'health-down'}>${p.status === 'UP' ? 'Up' : p.status === 'UNKNOWN' ? 'Not known yet' : 'Down'}${p.reason ? ` (${p.reason})` : ''}</td></tr>`)}</tbody></table></div>
      <p class="muted">Sampled every ${s.overview.intervalSeconds} s by the gateway from each service's metrics.</p>
      ${legend(s.overview.services.map((service, i) => [service.name, i]))}
      <div class="cards">${CHARTS.map(([key, title, unit]) => html`<section class="card"><h2>${title}</h2>
        ${chartBox(`ops-${key}`, latestWords(s.overview, key, title, unit))}</section>`)}</div>
    </main>`;
  }
}
customElements.define('lumbar-ops', OpsPage);

const LINES = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The catalog's write form: an exercise's content, as the catalog takes it on create and on update. */
export function exerciseInput(exercise, form) {
  const input = { ...exercise, name: form.name.trim(), purpose: form.purpose.trim(), setup: form.setup.trim(),
    steps: LINES(form.steps), formCues: LINES(form.formCues), commonMistakes: LINES(form.commonMistakes),
    stopSigns: LINES(form.stopSigns), level: Number(form.level), flareUpSafe: form.flareUpSafe };
  delete input.retired;
  if (form.slug !== undefined) {
    input.slug = form.slug.trim();
    delete input.version;
  }
  return input;
}

const formOf = (e, copy) => ({ name: copy ? `${e.name} (copy)` : e.name, purpose: e.purpose, setup: e.setup,
  steps: e.steps.join('\n'), formCues: (e.formCues || []).join('\n'), commonMistakes: (e.commonMistakes || []).join('\n'),
  stopSigns: (e.stopSigns || []).join('\n'), level: e.level, flareUpSafe: e.flareUpSafe, ...(copy ? { slug: `${e.slug}-copy` } : {}) });

class CatalogAdmin extends Page {
  initialState() { return { loading: true, items: [], q: '', editing: null }; }

  async connectedCallback() {
    super.connectedCallback();
    await this.search();
  }

  async search(event) {
    if (event) event.preventDefault();
    const query = this.state.q ? `&q=${encodeURIComponent(this.state.q)}` : '';
    const page = await this.attempt(() => api(`/exercises?includeRetired=true&size=100&sort=name${query}`), { detail: true });
    this.state = { ...this.state, loading: false, items: page ? page.items : [] };
  }

  async retire(exercise) {
    if (!window.confirm(`Retire ${exercise.name}? Programs keep it, but it can no longer be prescribed.`)) return;
    const done = await this.attempt(() => api(`/exercises/${exercise.slug}/retire?version=${exercise.version}`, { method: 'POST' }), { detail: true });
    if (done) await this.search();
  }

  edit(exercise, copy) {
    this.state = { ...this.state, editing: { exercise, copy, form: formOf(exercise, copy) } };
  }

  async save(event) {
    event.preventDefault();
    const { exercise, copy, form } = this.state.editing;
    const body = exerciseInput(exercise, form);
    const saved = await this.attempt(() => (copy ? api('/exercises', { method: 'POST', body })
      : api(`/exercises/${exercise.slug}`, { method: 'PUT', body, headers: { 'If-Match': `"${exercise.slug}-${exercise.version}"` } })),
    { detail: true });
    if (saved) {
      this.state = { ...this.state, editing: null };
      await this.search();
    }
  }

  field(key, label, multiline) {
    const { form } = this.state.editing;
    const set = (e) => { this.state = { ...this.state, editing: { ...this.state.editing, form: { ...form, [key]: e.target.value } } }; };
    return html`<label for="ex-${key}">${label}</label>${multiline
      ? html`<textarea id="ex-${key}" .value=${form[key]} @input=${set}></textarea>`
      : html`<input id="ex-${key}" .value=${String(form[key])} @input=${set}>`}`;
  }

  editor() {
    const { exercise, copy, form } = this.state.editing;
    return html`<form class="card" @submit=${(e) => this.save(e)} aria-labelledby="editing">
      <h2 id="editing">${copy ? `A new exercise from ${exercise.name}` : `Edit ${exercise.name}`}</h2>
      ${copy ? this.field('slug', 'Slug (lower case, words joined by -)') : nothing}
      ${this.field('name', 'Name')}
      ${this.field('purpose', 'Purpose', true)}
      ${this.field('setup', 'Setup', true)}
      ${this.field('steps', 'Steps, one per line', true)}
      ${this.field('formCues', 'Form cues, one per line', true)}
      ${this.field('commonMistakes', 'Common mistakes, one per line', true)}
      ${this.field('stopSigns', 'Stop if, one per line', true)}
      <label for="ex-level">Level</label>
      <select id="ex-level" @change=${(e) => { this.state = { ...this.state, editing: { ...this.state.editing, form: { ...form, level: e.target.value } } }; }}>
        ${[1, 2, 3].map((l) => html`<option value=${l} ?selected=${Number(form.level) === l}>${l}</option>`)}</select>
      <label class="choice"><input type="checkbox" .checked=${form.flareUpSafe}
        @change=${(e) => { this.state = { ...this.state, editing: { ...this.state.editing, form: { ...form, flareUpSafe: e.target.checked } } }; }}>
        Safe on flare-up days</label>
      ${this.errorBox()}
      <div class="row"><button class="primary" type="submit">${copy ? 'Add to the catalog' : 'Save'}</button>
        <button type="button" @click=${() => { this.state = { ...this.state, editing: null }; }}>Cancel</button></div>
    </form>`;
  }

  render() {
    const s = this.state;
    if (s.editing) return html`<main class="page"><h1>Exercise catalog</h1>${this.editor()}</main>`;
    return html`<main class="page">
      <h1>Exercise catalog</h1>
      <form class="row" role="search" @submit=${(e) => this.search(e)}>
        <label for="catalog-q" style="margin:0">Search</label>
        <input id="catalog-q" style="flex:1" .value=${s.q} @input=${(e) => { this.state = { ...this.state, q: e.target.value }; }}>
        <button class="primary" type="submit">Search</button>
      </form>
      ${this.errorBox()}
      <div class="table-wrap" tabindex="0" role="region" aria-label="Exercises"><table><thead><tr><th scope="col">Exercise</th><th scope="col">Category</th><th scope="col">Level</th><th scope="col">State</th><th scope="col"></th></tr></thead>
        <tbody>${s.items.map((e) => html`<tr><th scope="row">${e.name}<div class="muted">${e.slug} · version ${e.version}</div></th>
          <td>${e.category}</td><td>${e.level}</td><td>${e.retired ? 'retired' : 'in use'}</td>
          <td><div class="row"><button @click=${() => this.edit(e, false)} aria-label="Edit ${e.name}">Edit</button>
            <button @click=${() => this.edit(e, true)} aria-label="Copy ${e.name} as a new exercise">Copy</button>
            ${e.retired ? nothing : html`<button @click=${() => this.retire(e)} aria-label="Retire ${e.name}">Retire</button>`}</div></td></tr>`)}</tbody></table></div>
    </main>`;
  }
}
customElements.define('lumbar-catalog-admin', CatalogAdmin);
