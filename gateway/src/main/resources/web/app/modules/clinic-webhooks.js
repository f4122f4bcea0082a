// The clinic's webhook subscriptions: where its patients' progress events go, what each delivery did, and a way
// to switch a subscription back on after repeated failures.
import { html, nothing } from 'lit';
import { api } from './api.js';
import { context } from './context.js';
import { Page, when } from './ui.js';

const EVENT_TYPES = [['lumbar.progress.weekly.v1', 'Weekly progress'], ['lumbar.progress.alert-raised.v1', 'Alert raised'],
  ['lumbar.progress.alert-cleared.v1', 'Alert cleared']];

class Webhooks extends Page {
  initialState() {
    return { loading: true, hooks: [], deliveries: {}, form: { url: '', secret: '', description: '', eventTypes: EVENT_TYPES.map(([t]) => t) } };
  }

  get base() { return `/clinics/${encodeURIComponent(context.me.clinicId)}/webhooks`; }

  async connectedCallback() {
    super.connectedCallback();
    await this.load();
  }

  async load() {
    const hooks = await this.attempt(() => api(this.base), { detail: true });
    this.state = { ...this.state, loading: false, hooks: hooks || [] };
  }

  async create(event) {
    event.preventDefault();
    const { form } = this.state;
    const body = { url: form.url.trim(), secret: form.secret, eventTypes: form.eventTypes };
    if (form.description.trim()) body.description = form.description.trim();
    const created = await this.attempt(() => api(this.base, { method: 'POST', body }), { detail: true });
    if (created) {
      this.state = { ...this.state, form: { ...form, url: '', secret: '', description: '' } };
      await this.load();
    }
  }

  async act(hook, verb) {
    if (verb === 'delete' && !window.confirm(`Stop sending events to ${hook.url}? Its delivery log is deleted too.`)) return;
    const done = await this.attempt(() => (verb === 'delete' ? api(`${this.base}/${hook.id}`, { method: 'DELETE' })
      : api(`${this.base}/${hook.id}/enable`, { method: 'POST' })), { detail: true });
    if (done !== undefined) await this.load();
  }

  async showDeliveries(hook) {
    const page = await this.attempt(() => api(`${this.base}/${hook.id}/deliveries?size=20`), { detail: true });
    if (page) this.state = { ...this.state, deliveries: { ...this.state.deliveries, [hook.id]: page.items } };
  }

  setForm(change) { this.state = { ...this.state, form: { ...this.state.form, ...change } }; }

  render() {
    const s = this.state;
    return html`<main class="page">
      <h1>Webhooks of ${context.me.clinicId || 'your clinic'}</h1>
      <p>Your clinic's systems can receive your patients' weekly progress and alerts as CloudEvents, signed as Standard Webhooks sign them.</p>
      ${this.errorBox()}
      ${s.loading ? html`<p>Loading…</p>` : nothing}
      ${s.hooks.map((h) => html`<section class="card" aria-label="Webhook ${h.url}">
        <div class="row spread"><h2>${h.description || h.url}</h2>
          <span class="tag ${h.enabled ? 'ok' : 'stop'}">${h.enabled ? 'sending' : 'switched off'}</span></div>
        <p><code>${h.url}</code> · ${h.eventTypes.length} event types · created ${when(h.createdAt)}</p>
        ${h.disabledReason ? html`<p class="error">${h.disabledReason}</p>` : nothing}
        <div class="row">
          ${h.enabled ? nothing : html`<button class="primary" @click=${() => this.act(h, 'enable')}>Switch on again</button>`}
          <button @click=${() => this.showDeliveries(h)}>Recent deliveries</button>
          <button @click=${() => this.act(h, 'delete')}>Delete</button>
        </div>
        ${s.deliveries[h.id] ? html`<div class="table-wrap" tabindex="0" role="region" aria-label="Deliveries"><table>
          <thead><tr><th scope="col">Event</th><th scope="col">State</th><th scope="col">Attempts</th><th scope="col">Last answer</th></tr></thead>
          <tbody>${s.deliveries[h.id].map((d) => html`<tr><td>${d.eventType}<div class="muted">${when(d.occurredAt)}</div></td>
            <td>${d.status}</td><td>${d.attempts}</td><td>${d.lastStatus ?? ''} ${d.lastError || ''}</td></tr>`)}</tbody></table></div>` : nothing}
      </section>`)}
      <form class="card" @submit=${(e) => this.create(e)} aria-labelledby="new-hook">
        <h2 id="new-hook">A new subscription</h2>
        <label for="hook-url">Address (https)</label>
        <input id="hook-url" type="url" required maxlength="2000" .value=${s.form.url} @input=${(e) => this.setForm({ url: e.target.value })}>
        <label for="hook-secret">Signing secret (16 characters or more; shown only now)</label>
        <input id="hook-secret" type="password" required minlength="16" maxlength="200" autocomplete="new-password"
          .value=${s.form.secret} @input=${(e) => this.setForm({ secret: e.target.value })}>
        <label for="hook-description">Description (optional)</label>
        <input id="hook-description" maxlength="200" .value=${s.form.description} @input=${(e) => this.setForm({ description: e.target.value })}>
        <fieldset><legend>Events</legend><div class="choices">${EVENT_TYPES.map(([type, words]) => html`<label class="choice">
          <input type="checkbox" .checked=${s.form.eventTypes.includes(type)} @change=${(e) => this.setForm({ eventTypes: e.target.checked
            ? [...s.form.eventTypes, type] : s.form.eventTypes.filter((t) => t !== type) })}> ${words}</label>`)}</div></fieldset>
        <button class="primary" type="submit">Subscribe</button>
      </form>
    </main>`;
  }
}
customElements.define('lumbar-webhooks', Webhooks);
