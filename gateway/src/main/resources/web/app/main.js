// The Lumbar web app: one page per hash route, chosen by who is signed in.
import './style.css';
import { html, nothing } from 'lit';
import { events } from './modules/api.js';
import { context } from './modules/context.js';
import { Page } from './modules/ui.js';
import './modules/patient-start.js';
import './modules/patient-today.js';
import './modules/patient-session.js';
import './modules/patient-progress.js';
import './modules/clinic.js';
import './modules/clinic-prescribe.js';
import './modules/clinic-webhooks.js';
import './modules/ops.js';

const PAGES = {
  patient: { home: 'today', nav: [['today', 'Today'], ['progress', 'Progress']],
    pages: { today: 'lumbar-today', session: 'lumbar-session', progress: 'lumbar-progress', start: 'lumbar-start' } },
  clinician: { home: 'patients', nav: [['patients', 'Patients'], ['alerts', 'Alerts'], ['webhooks', 'Webhooks']],
    pages: { patients: 'lumbar-clinic-patients', patient: 'lumbar-clinic-patient', alerts: 'lumbar-alerts',
      live: 'lumbar-live-session', prescribe: 'lumbar-prescribe', webhooks: 'lumbar-webhooks' } },
  admin: { home: 'ops', nav: [['ops', 'Operations'], ['catalog', 'Catalog']],
    pages: { ops: 'lumbar-ops', catalog: 'lumbar-catalog-admin' } },
};

function route() {
  const [page, ...params] = window.location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { page: page || '', params };
}

class LumbarApp extends Page {
  createRenderRoot() {
    this.replaceChildren(); // the page's "loading" placeholder, shown until the app runs
    return this;
  }

  initialState() {
    return { loading: true, route: route(), waiting: 0, refused: 0, signedOut: false };
  }

  async connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', async () => {
      this.state = { ...this.state, route: route() };
      window.scrollTo(0, 0);
      await this.updateComplete;
      // keyboard and screen reader users start on the new page, not on the link they followed
      const page = this.querySelector('#main');
      if (page) page.focus({ preventScroll: true });
    });
    events.addEventListener('signed-out', () => { this.state = { ...this.state, signedOut: true }; });
    if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
    await context.start();
    context.outbox.addEventListener('changed', () => this.countWaiting());
    try {
      await context.whoAmI();
      this.error = null;
    } catch (failure) {
      this.error = failure.message;
    }
    this.state = { ...this.state, loading: false };
    this.countWaiting();
    if (context.me) context.outbox.drain();
  }

  async countWaiting() {
    const [waiting, refused] = await Promise.all([context.outbox.pending(), context.outbox.refused()]);
    this.state = { ...this.state, waiting: waiting.length, refused: refused.length };
  }

  role() {
    return ['clinician', 'admin', 'patient'].find((r) => context.has(r));
  }

  render() {
    if (this.state.loading) return html`<main class="page boot"><h1>Lumbar</h1><p>Loading…</p></main>`;
    if (!context.me) return this.welcome();
    const role = PAGES[this.role()];
    if (!role) return this.welcome('Your account has no Lumbar role. Ask your clinic to give you access.');
    const { page, params } = this.state.route;
    const tag = role.pages[page] || role.pages[role.home];
    const current = role.pages[page] ? page : role.home;
    return html`
      <a class="skip" href="#main" @click=${(e) => { e.preventDefault(); this.querySelector('main')?.focus(); }}>Skip to content</a>
      <header class="bar">
        <a class="brand" href="#/">Lumbar</a>
        <nav aria-label="Main">
          ${role.nav.map(([key, words]) => html`<a href="#/${key}" aria-current=${current === key ? 'page' : 'false'}>${words}</a>`)}
        </nav>
        <div class="who"><span>${context.me.givenName || context.me.username}</span>
          <a href="/logout" @click=${this.signOut}>Sign out</a></div>
      </header>
      ${this.syncBanner()}
      ${this.state.signedOut ? html`<div class="notice" role="alert">You have been signed out. Everything you recorded is
        kept on this device. <a href="/login">Sign in again</a> to send it.</div>` : nothing}
      ${this.pageElement(tag, params)}`;
  }

  pageElement(tag, params) {
    const element = document.createElement(tag);
    element.params = params;
    element.id = 'main';
    element.tabIndex = -1;
    if (this.shown && this.shown.tagName === element.tagName && this.shown.params.join('/') === params.join('/')) {
      return this.shown;
    }
    this.shown = element;
    return element;
  }

  syncBanner() {
    const { waiting, refused } = this.state;
    return html`
      ${waiting ? html`<div class="sync" role="status" data-sync>${waiting} ${waiting === 1 ? 'change is' : 'changes are'} waiting to sync.
        They are kept on this device and sent when the network is back.</div>` : nothing}
      ${refused ? html`<div class="sync refused" role="status">${refused} recorded ${refused === 1 ? 'change was' : 'changes were'}
        not accepted. Open Today to see why.</div>` : nothing}`;
  }

  async signOut(event) {
    if (this.state.waiting && !window.confirm(`${this.state.waiting} changes have not been sent yet. They stay on this
      device and are sent after you sign in again. Sign out?`)) {
      event.preventDefault();
      return;
    }
    if ('caches' in window) await caches.delete('lumbar-reads-v1');
  }

  welcome(problem) {
    return html`<main class="page" id="main">
      <h1>Lumbar</h1>
      <p class="dose">Your low back exercise program, at home.</p>
      <div class="card">
        <p>Do your exercises with clear steps, a timer and a counter. Tell Lumbar when something hurts and it tells you
          plainly what to do: carry on, switch to an easier version, or stop and contact your clinician.</p>
        <p>It works without a network too: sessions are kept on your device and sent later.</p>
        ${problem || this.error ? html`<div class="error" role="alert">${problem || this.error}</div>` : nothing}
        <a class="button primary big" href="/login">Sign in</a>
      </div>
      <p class="muted">Lumbar gives exercise guidance. It does not replace your clinician. If you have numbness,
        weakness, loss of bladder or bowel control, or a fever with back pain, contact a clinician now.</p>
    </main>`;
  }
}
customElements.define('lumbar-app', LumbarApp);
