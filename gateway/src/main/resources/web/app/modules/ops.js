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
  static properties = { state: { state: true } };
  constructor() { super(); this.state = { loading: true }; }

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

class CatalogAdmin extends Page {
  static properties = { state: { state: true } };
  constructor() { super(); this.state = { loading: true, items: [], q: '' }; }

  async connectedCallback() {
    super.connectedCallback();
    await this.search();
  }

  async search(event) {
    if (event) event.preventDefault();
    const query = this.state.q ? `&q=${encodeURIComponent(this.state.q)}` : '';
    const page = await this.attempt(() => api(`/exercises?includeRetired=true&size=100&sort=name${query}`));
    this.state = { ...this.state, loading: false, items: page ? page.items : [] };
  }

  async retire(exercise) {
    if (!window.confirm(`Retire ${exercise.name}? Programs keep it, but it can no longer be prescribed.`)) return;
    const done = await this.attempt(() => api(`/exercises/${exercise.slug}/retire?version=${exercise.version}`, { method: 'POST' }));
    if (done) await this.search();
  }

  render() {
    const s = this.state;
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
          <td>${e.retired ? nothing : html`<button @click=${() => this.retire(e)} aria-label="Retire ${e.name}">Retire</button>`}</td></tr>`)}</tbody></table></div>
    </main>`;
  }
}
customElements.define('lumbar-catalog-admin', CatalogAdmin);
