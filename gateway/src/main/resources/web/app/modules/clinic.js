// The clinician's pages: the clinic's patients at a glance, one patient's charts, programs and sessions, the alert
// list, and a live session as it happens.
import { html, nothing } from 'lit';
import { api } from './api.js';
import { context } from './context.js';
import { localDate, addDays, doseText } from './dose.js';
import { drawAdherence, drawPain, chartBox, painLegend, adherenceWords, painWords } from './patient-progress.js';
import { Page, percent, when, day, shortId } from './ui.js';

const SEVERITY_TAG = { critical: 'stop', high: 'warn', low: '' };

class ClinicPatients extends Page {
  async connectedCallback() {
    super.connectedCallback();
    const page = await this.attempt(() => api(`/clinics/${encodeURIComponent(context.me.clinicId)}/patients?size=100`));
    this.state = { loading: false, patients: page ? page.items : [] };
  }

  render() {
    const s = this.state;
    return html`<main class="page">
      <h1>Patients of ${context.me.clinicId || 'your clinic'}</h1>
      ${this.errorBox()}
      ${s.loading ? html`<p>Loading…</p>` : html`<div class="table-wrap" tabindex="0" role="region" aria-label="The clinic’s patients"><table>
        <caption class="muted">The last 28 days, patients needing attention first</caption>
        <thead><tr><th scope="col">Patient</th><th scope="col">Sessions done</th><th scope="col">Pain change</th>
          <th scope="col">Open alerts</th><th scope="col">Last session</th></tr></thead>
        <tbody>${s.patients.map((p) => html`<tr>
          <th scope="row"><a href="#/patient/${p.patientId}">${shortId(p.patientId)}</a></th>
          <td>${p.completed28Days} of ${p.scheduled28Days} (${percent(p.adherence)})${p.lowAdherence ? html` <span class="tag warn">low</span>` : nothing}</td>
          <td>${p.painChange === null || p.painChange === undefined ? '–' : p.painChange > 0 ? `+${p.painChange}` : p.painChange}
            ${p.meaningfulImprovement ? html`<span class="tag ok">meaningful</span>` : nothing}</td>
          <td>${p.openAlerts ? html`<span class="tag ${SEVERITY_TAG[p.highestOpenSeverity] || ''}">${p.openAlerts} ${p.highestOpenSeverity || ''}</span>` : '0'}</td>
          <td>${p.lastSessionOn ? day(p.lastSessionOn) : '–'}</td></tr>`)}</tbody></table></div>
        ${s.patients.length ? nothing : html`<p class="muted">No patient of your clinic has a program yet.</p>`}`}
    </main>`;
  }
}
customElements.define('lumbar-clinic-patients', ClinicPatients);

class ClinicPatient extends Page {
  async connectedCallback() {
    super.connectedCallback();
    const [patientId] = this.params;
    const today = localDate();
    const from = addDays(today, -77);
    const loaded = await this.attempt(async () => {
      const id = encodeURIComponent(patientId);
      const [summary, adherence, pain, programs, sessions] = await Promise.all([
        api(`/patients/${id}/summary`),
        api(`/patients/${id}/adherence?from=${from}&to=${today}`),
        api(`/patients/${id}/pain-trend?from=${from}&to=${today}`),
        api(`/programs?patientId=${id}`).then((p) => p.items),
        api(`/sessions?patientId=${id}&from=${addDays(today, -30)}&to=${addDays(today, 1)}`).then((p) => p.items),
      ]);
      const proposals = Object.fromEntries(await Promise.all(programs.filter((p) => p.status !== 'ENDED')
        .map(async (p) => [p.id, await api(`/programs/${p.id}/proposals`).catch(() => [])])));
      return { patientId, summary, adherence, pain, programs, sessions, proposals };
    });
    this.state = { loading: false, ...(loaded || {}) };
    await this.updateComplete;
    if (loaded) {
      drawAdherence(this.querySelector('#adherence-chart'), loaded.adherence);
      drawPain(this.querySelector('#pain-chart'), loaded.pain);
    }
  }

  async decide(proposal, verb) {
    const decided = await this.attempt(() => api(`/programs/${proposal.programId}/proposals/${proposal.id}/${verb}`,
      { method: 'POST' }), { detail: true });
    if (decided) {
      const list = (this.state.proposals[proposal.programId] || []).map((x) => (x.id === decided.id ? decided : x));
      this.state = { ...this.state, proposals: { ...this.state.proposals, [proposal.programId]: list } };
    }
  }

  async act(program, verb) {
    const reason = this.querySelector(`#reason-${program.id}`).value.trim();
    const changed = await this.attempt(() => api(`/programs/${program.id}/${verb}`, { method: 'POST', body: { reason } }),
      { detail: true });
    if (changed) this.state = { ...this.state, programs: this.state.programs.map((p) => (p.id === changed.id ? changed : p)) };
  }

  render() {
    const s = this.state;
    if (s.loading) return html`<main class="page"><h1>Patient</h1><p>Loading…</p></main>`;
    return html`<main class="page">
      <h1>Patient ${shortId(s.patientId)}</h1>
      ${this.errorBox()}
      ${s.summary ? html`<p>${s.summary.openAlerts} open alerts · last session ${s.summary.lastSessionOn ? day(s.summary.lastSessionOn) : 'none yet'}
        · <a href="#/alerts">alerts</a></p>` : nothing}
      <div class="cards">
        <section class="card"><h2>Sessions done each week</h2>${chartBox('adherence-chart', adherenceWords(s.adherence))}</section>
        <section class="card"><h2>Pain over time</h2>${painLegend()}
          ${chartBox('pain-chart', painWords(s.pain))}</section>
      </div>
      <h2>Sessions</h2>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Sessions"><table><thead><tr><th scope="col">Started</th><th scope="col">State</th><th scope="col">Sets</th><th scope="col">Pain before → after</th><th scope="col"></th></tr></thead>
        <tbody>${(s.sessions || []).slice().reverse().map((x) => html`<tr><td>${when(x.startedAt)}</td><td>${x.state.toLowerCase().replace('_', ' ')}</td>
          <td>${x.setsCompleted} of ${x.setsPrescribed}</td><td>${x.painBefore ?? '–'} → ${x.painAfter ?? '–'}</td>
          <td>${x.state === 'IN_PROGRESS' ? html`<a class="button" href="#/live/${x.id}">Follow live</a>` : nothing}</td></tr>`)}</tbody></table></div>
      <div class="row spread"><h2>Programs</h2>
        <a class="button primary" href="#/prescribe/${s.patientId}">Prescribe a program</a></div>
      ${(s.programs || []).map((p) => html`<section class="card" aria-label="Program ${p.templateId || ''}">
        <div class="row spread"><h3>${p.templateId || 'Custom program'}</h3><span class="tag ${p.status === 'ACTIVE' ? 'ok' : p.status === 'ENDED' ? '' : 'stop'}">${p.status.toLowerCase().replace('_', ' ')}</span></div>
        ${p.holdReason ? html`<p>${p.holdReason}</p>` : nothing}
        <ul>${p.items.map((i) => html`<li>${i.exercise}: ${doseText(i)}</li>`)}</ul>
        ${(s.proposals[p.id] || []).filter((x) => x.status === 'PENDING').map((x) => html`<div class="notice">
          <p><strong>Suggested:</strong> ${x.reason}</p>
          <div class="row"><button class="primary" @click=${() => this.decide(x, 'accept')}>Accept</button>
            <button @click=${() => this.decide(x, 'decline')}>Decline</button></div></div>`)}
        ${p.status !== 'ENDED' ? html`<p><a class="button" href="#/prescribe/${s.patientId}/${p.id}">Change exercises or schedule</a></p>` : nothing}
        ${p.status === 'PAUSED' || p.status === 'NEEDS_REVIEW' ? html`<label for="reason-${p.id}">Your reason (the patient's record keeps it)</label>
          <input id="reason-${p.id}" maxlength="500" placeholder="Reviewed with the patient">
          <button class="primary" @click=${() => this.act(p, p.status === 'PAUSED' ? 'resume' : 'clear-review')}>
            ${p.status === 'PAUSED' ? 'Resume the program' : 'Clear the review'}</button>` : nothing}
      </section>`)}
    </main>`;
  }
}
customElements.define('lumbar-clinic-patient', ClinicPatient);

class Alerts extends Page {
  initialState() { return { loading: true, alerts: [] }; }

  async connectedCallback() {
    super.connectedCallback();
    const page = await this.attempt(() => api('/alerts?status=unresolved&size=100'));
    this.state = { loading: false, alerts: page ? page.items : [] };
  }

  async acknowledge(alert) {
    const done = await this.attempt(() => api(`/alerts/${alert.id}/acknowledge`, { method: 'POST' }));
    if (done) this.state = { ...this.state, alerts: this.state.alerts.map((a) => (a.id === done.id ? done : a)) };
  }

  render() {
    const s = this.state;
    return html`<main class="page">
      <h1>Alerts</h1>
      ${this.errorBox()}
      ${s.loading ? html`<p>Loading…</p>` : nothing}
      ${!s.loading && !s.alerts.length ? html`<p class="muted">No open alerts.</p>` : nothing}
      ${s.alerts.map((a) => html`<section class="card" aria-label="Alert ${a.rule} for patient ${shortId(a.patientId)}" data-alert=${a.id}>
        <div class="row spread"><h2>${a.reason}</h2><span class="tag ${SEVERITY_TAG[a.severity] || ''}">${a.severity}</span></div>
        <p>Patient <a href="#/patient/${a.patientId}">${shortId(a.patientId)}</a> · raised ${when(a.raisedAt)}
          ${a.painScore !== undefined && a.painScore !== null ? html` · pain ${a.painScore}/10` : nothing} · rule <code>${a.ruleId}</code></p>
        <div class="row">
          ${a.status === 'open' ? html`<button class="primary" @click=${() => this.acknowledge(a)}>Acknowledge</button>`
            : html`<span class="tag">Acknowledged ${when(a.acknowledgedAt)}</span>`}
          ${a.sessionId ? html`<a class="button" href="#/live/${a.sessionId}">Open the session</a>` : nothing}
        </div>
      </section>`)}
    </main>`;
  }
}
customElements.define('lumbar-alerts', Alerts);

const KIND_WORDS = { snapshot: 'Following', started: 'Started', set: 'Set done', pain: 'Pain reported', note: 'Note',
  completed: 'Completed', abandoned: 'Ended early' };

class LiveSession extends Page {
  initialState() { return { events: [], session: null, connected: false }; }

  connectedCallback() {
    super.connectedCallback();
    const [sessionId] = this.params;
    this.source = new EventSource(`/api/sessions/${encodeURIComponent(sessionId)}/stream`);
    this.source.onopen = () => { this.state = { ...this.state, connected: true }; };
    this.source.onerror = () => { this.state = { ...this.state, connected: false }; };
    this.source.onmessage = (message) => {
      const change = JSON.parse(message.data);
      const session = change.kind === 'snapshot' || change.kind === 'completed' || change.kind === 'abandoned'
        ? { ...(this.state.session || {}), ...change.data } : this.state.session;
      // the first frame is the session so far: its sets and pain reports are listed as if they had just come
      const earlier = change.kind === 'snapshot' ? [
        ...(change.data.sets || []).map((set) => ({ kind: 'set', data: set, at: set.occurredAt })),
        ...(change.data.pains || []).map((pain) => ({ kind: 'pain', data: pain, at: pain.occurredAt })),
      ].sort((a, b) => (a.at < b.at ? 1 : -1)) : [];
      this.state = { ...this.state, session, events: [{ ...change, at: new Date().toISOString() }, ...earlier, ...this.state.events] };
    };
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this.source) this.source.close();
  }

  describe(change) {
    const d = change.data || {};
    switch (change.kind) {
      case 'set': return `${d.exercise}, set ${d.setNumber}${d.side && d.side !== 'both' ? ` (${d.side})` : ''}${d.reps ? `: ${d.reps} reps` : ''}${d.holdSeconds ? `, ${d.holdSeconds} s hold` : ''}`;
      case 'pain': return `${d.score}/10 ${d.timing}${d.quality ? `, ${d.quality}` : ''}${d.location ? `, ${d.location}` : ''}${d.guidance ? ` → ${d.guidance.action}` : ''}`;
      case 'note': return d.text;
      default: return d.state ? d.state.toLowerCase().replace('_', ' ') : '';
    }
  }

  render() {
    const s = this.state;
    const session = s.session;
    return html`<main class="page">
      <h1>Live session</h1>
      <p role="status">${s.connected ? 'Connected: changes appear as they happen.' : 'Connecting…'}</p>
      ${session ? html`<section class="card"><div class="row spread"><h2>Patient ${shortId(session.patientId)}</h2>
        <span class="tag" data-state>${(session.state || '').toLowerCase().replace('_', ' ')}</span></div>
        <p>Started ${when(session.startedAt)} · pain before ${session.painBefore ?? '–'}</p></section>` : nothing}
      <ol aria-live="polite" aria-label="Session events">${s.events.map((e) => html`<li data-kind=${e.kind}>
        <strong>${KIND_WORDS[e.kind] || e.kind}</strong> ${this.describe(e)}</li>`)}</ol>
    </main>`;
  }
}
customElements.define('lumbar-live-session', LiveSession);
