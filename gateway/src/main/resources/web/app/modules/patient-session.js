// A session as the patient does it: pain before, every set with a rep counter or a hold timer per side, "it hurts"
// at any moment, pain after, a note, finish. Online, each change is sent as it happens (the clinician can follow
// live); offline, the whole session is kept on the device and uploaded once the network is back. Either way every
// change carries its own id, so sending it twice stores it once.
import { html, nothing } from 'lit';
import { api, newKey } from './api.js';
import { context } from './context.js';
import { sessionSteps, nextExerciseStep, clock, localDate } from './dose.js';
import { exercise, exercisesOf, exerciseCard, sideWords } from './exercises.js';
import { showGuidance, offlineGuidance } from './guidance.js';
import { currentProgram } from './patient-today.js';
import { Page, painSlider, radios } from './ui.js';

const QUALITIES = [['ache', 'Dull ache'], ['soreness', 'Muscle soreness'], ['sharp', 'Sharp'], ['stabbing', 'Stabbing'],
  ['radiating', 'Spreading'], ['tingling', 'Tingling'], ['numbness', 'Numbness']];
const LOCATIONS = [['back', 'Lower back'], ['buttock', 'Buttock'], ['leg', 'Leg']];

class SessionPage extends Page {
  initialState() {
    this.timer = null;
    return { step: 'loading', painBefore: 0, painAfter: 0, index: 0, count: 0, hurt: { score: 5 } };
  }

  async connectedCallback() {
    super.connectedCallback();
    const [programId, slot] = this.params || [];
    const loaded = await this.attempt(async () => {
      const program = (await currentProgram()) || null;
      if (!program || program.id !== programId) throw Object.assign(new Error('This program is no longer current. Go back to Today.'), { status: 404 });
      return { program, exercises: await exercisesOf(program.items) };
    });
    if (!loaded) {
      this.state = { ...this.state, step: 'failed' };
      return;
    }
    const steps = sessionSteps(loaded.program.items);
    this.state = { ...this.state, ...loaded, slot: slot === 'any' ? null : slot, steps, step: 'before' };
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stopTimer();
  }

  get current() { return this.state.steps[this.state.index]; }

  // --- recording: live through the outbox, or kept in the local session for one upload

  async save() { await context.sessions.put(this.local); }

  /**
   * When something happened, for the API. A live session's entries are never dated before the start the server
   * recorded, so a phone clock a little behind the server's is not a reason to refuse them.
   */
  now() {
    const now = Date.now();
    const floor = this.local && this.local.serverStartedAt ? Date.parse(this.local.serverStartedAt) + 1 : 0;
    return new Date(Math.max(now, floor)).toISOString();
  }

  async record(kind, entry, label) {
    if (this.local.mode === 'live') {
      await context.outbox.add({ path: `/sessions/${this.local.serverId}/${kind}`, method: 'POST', body: entry,
        idempotencyKey: entry.id, sessionLocalId: this.local.localId, label });
      context.outbox.drain();
    } else {
      this.local[kind === 'sets' ? 'sets' : kind === 'pain' ? 'pains' : 'notes'].push(entry);
    }
    await this.save();
  }

  async begin() {
    const now = new Date().toISOString();
    const { program } = this.state;
    this.local = { localId: newKey(), programId: program.id, plannedDate: localDate(), slot: this.state.slot,
      startedAt: now, mode: 'offline', serverId: null, sets: [], pains: [], notes: [], finished: false };
    try {
      const started = await api('/sessions', { method: 'POST', idempotencyKey: this.local.localId,
        body: { programId: program.id, plannedDate: this.local.plannedDate } });
      this.local.mode = 'live';
      this.local.serverId = started.id;
      this.local.serverStartedAt = started.startedAt;
    } catch (failure) {
      if (failure.status !== 0 && failure.status < 500) {
        this.error = failure.message;
        this.requestUpdate();
        return;
      }
    }
    await this.record('pain', { id: newKey(), score: this.state.painBefore, timing: 'before', occurredAt: this.now() },
      'Pain before the session');
    this.state = { ...this.state, step: 'exercise', index: 0, count: 0 };
  }

  async setDone() {
    const step = this.current;
    const set = { id: newKey(), exercise: step.exercise, setNumber: step.setNumber, side: step.side,
      occurredAt: this.now() };
    if (step.reps) set.reps = Math.max(1, this.state.count || step.reps);
    if (step.holdSeconds) set.holdSeconds = step.holdSeconds;
    this.stopTimer();
    await this.record('sets', set, `Set ${step.setNumber} of ${this.name(step.exercise)}`);
    this.advance(this.state.index + 1);
  }

  advance(index) {
    this.stopTimer();
    const finished = index >= this.state.steps.length;
    this.state = { ...this.state, index, count: 0, remaining: null, step: finished ? 'after' : 'exercise' };
  }

  // --- the hold timer: counts down one hold; with reps, each finished hold counts a rep

  startHold() {
    const seconds = this.current.holdSeconds;
    const endsAt = Date.now() + seconds * 1000;
    this.stopTimer();
    this.state = { ...this.state, remaining: seconds, holding: true };
    this.timer = setInterval(() => {
      const remaining = (endsAt - Date.now()) / 1000;
      if (remaining <= 0) {
        this.stopTimer();
        if (navigator.vibrate) navigator.vibrate(200);
        this.state = { ...this.state, remaining: 0, holding: false, count: this.state.count + 1, announce: 'Hold done' };
      } else {
        this.state = { ...this.state, remaining };
      }
    }, 200);
  }

  stopTimer() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.state.holding) this.state = { ...this.state, holding: false };
  }

  // --- "it hurts"

  hurts() {
    this.stopTimer();
    this.state = { ...this.state, step: 'hurts', returnTo: this.state.step, hurt: { score: 5 } };
  }

  async tellLumbar(event) {
    event.preventDefault();
    const { hurt } = this.state;
    const report = { id: newKey(), score: hurt.score, timing: this.state.returnTo === 'after' ? 'after' : 'during',
      occurredAt: this.now() };
    if (hurt.quality) report.quality = hurt.quality;
    if (hurt.location) report.location = hurt.location;
    if (report.timing === 'during' && this.current) report.exercise = this.current.exercise;
    let shown;
    if (this.local.mode === 'live') {
      try {
        const recorded = await api(`/sessions/${this.local.serverId}/pain`, { method: 'POST', body: report,
          idempotencyKey: report.id });
        shown = showGuidance(recorded.guidance);
      } catch (failure) {
        if (failure.status !== 0 && failure.status < 500 && failure.status !== 401) {
          this.error = failure.message;
          this.requestUpdate();
          return;
        }
        await this.record('pain', report, 'A pain report');
        shown = offlineGuidance();
      }
    } else {
      await this.record('pain', report, 'A pain report');
      shown = offlineGuidance();
    }
    let modification = null;
    if (shown.modification) modification = await exercise(shown.modification).catch(() => null);
    this.state = { ...this.state, step: 'guidance', guidance: shown, modification };
  }

  async afterGuidance(next) {
    if (next === 'end') await this.finish('abandoned');
    else if (next === 'skip-exercise') this.advance(nextExerciseStep(this.state.steps, this.state.index));
    else this.state = { ...this.state, step: this.state.returnTo };
  }

  // --- the end

  async finish(how) {
    const now = this.now();
    if (how === 'completed') {
      await this.record('pain', { id: newKey(), score: this.state.painAfter, timing: 'after', occurredAt: now },
        'Pain after the session');
      const text = (this.state.note || '').trim();
      if (text) await this.record('notes', { id: newKey(), text, occurredAt: now }, 'Your note');
    }
    const verb = how === 'completed' ? 'complete' : 'abandon';
    if (this.local.mode === 'live') {
      await context.outbox.add({ path: `/sessions/${this.local.serverId}/${verb}`, method: 'POST',
        idempotencyKey: `${this.local.localId}-${verb}`, sessionLocalId: this.local.localId, final: true,
        label: 'The end of your session' });
    } else {
      const upload = { id: this.local.localId, programId: this.local.programId, plannedDate: this.local.plannedDate,
        startedAt: this.local.startedAt, sets: this.local.sets, pains: this.local.pains, notes: this.local.notes };
      upload[how === 'completed' ? 'completedAt' : 'abandonedAt'] = now;
      await context.outbox.add({ path: '/sessions/offline', method: 'POST', body: upload,
        sessionLocalId: this.local.localId, final: true, label: 'A session recorded offline' });
    }
    this.local.finished = true;
    this.local.finishedAs = how;
    await this.save();
    const sent = await context.outbox.drain();
    this.state = { ...this.state, step: 'done', synced: sent && sent.waiting === 0, how };
  }

  name(slug) {
    const details = this.state.exercises && this.state.exercises[slug];
    return details ? details.name : slug;
  }

  render() {
    const s = this.state;
    const hurtsButton = html`<button class="hurts big" @click=${this.hurts}>It hurts</button>`;
    switch (s.step) {
      case 'loading': return html`<main class="page"><h1>Session</h1><p>Loading…</p></main>`;
      case 'failed': return html`<main class="page"><h1>Session</h1>${this.errorBox()}<a class="button" href="#/today">Back to Today</a></main>`;
      case 'before': return html`<main class="page">
        <h1>Before you start</h1>
        <div class="card">${painSlider('pain-before', 'How much does your back hurt right now?', s.painBefore,
          (v) => { this.state = { ...this.state, painBefore: v }; })}</div>
        ${this.errorBox()}
        <button class="primary big" @click=${this.begin}>Start session</button>
        <p><a href="#/today">Not now</a></p>
      </main>`;
      case 'exercise': return this.exerciseStep(hurtsButton);
      case 'hurts': return this.hurtsForm();
      case 'guidance': return this.guidanceView();
      case 'after': return html`<main class="page">
        <h1>Well done</h1>
        <div class="card">${painSlider('pain-after', 'How much does your back hurt now?', s.painAfter,
          (v) => { this.state = { ...this.state, painAfter: v }; })}</div>
        <label for="note">A small win today? (optional)</label>
        <textarea id="note" maxlength="2000" placeholder="For example: I could tie my shoes without pain"
          @input=${(e) => { this.state = { ...this.state, note: e.target.value }; }}></textarea>
        ${this.errorBox()}
        <button class="primary big" @click=${() => this.finish('completed')}>Finish session</button>
        ${hurtsButton}
      </main>`;
      case 'done': return html`<main class="page">
        <h1>${s.how === 'completed' ? 'Session saved' : 'Session ended'}</h1>
        ${s.synced ? html`<div class="notice" role="status">Your session has been sent to Lumbar.</div>`
          : html`<div class="sync" role="status">Saved on this device, waiting to sync. It is sent when you are online.</div>`}
        <div class="row"><a class="button primary" href="#/progress">See your progress</a><a class="button" href="#/today">Back to Today</a></div>
      </main>`;
      default: return nothing;
    }
  }

  exerciseStep(hurtsButton) {
    const s = this.state;
    const step = this.current;
    const details = s.exercises[step.exercise];
    const remaining = s.remaining === null || s.remaining === undefined ? step.holdSeconds : s.remaining;
    return html`<main class="page">
      <p class="muted" aria-live="polite">Set ${step.setNumber} of ${step.item.sets}${step.side !== 'both' ? html` · <strong>${sideWords(step.side)}</strong>` : nothing}
        · step ${s.index + 1} of ${s.steps.length}${this.local.mode === 'offline' ? ' · recording on this device' : ''}</p>
      ${exerciseCard(step.item, details, { headingLevel: 2 })}
      <section class="card" aria-label="Counter">
        ${step.holdSeconds ? html`
          <p class="counter" role="timer" aria-label="Hold time left">${clock(remaining)}</p>
          <p class="sr-status" aria-live="assertive">${s.announce || ''}</p>
          <button class="primary big" @click=${this.startHold} ?disabled=${s.holding}>
            ${s.holding ? 'Holding…' : step.reps ? `Start hold (${s.count} of ${step.reps} done)` : 'Start hold'}</button>` : nothing}
        ${step.reps && !step.holdSeconds ? html`
          <p class="counter" aria-live="polite"><span data-reps>${s.count}</span> <span class="muted">of ${step.reps} reps</span></p>
          <div class="row">
            <button aria-label="One rep fewer" @click=${() => { this.state = { ...s, count: Math.max(0, s.count - 1) }; }}>−1</button>
            <button class="primary" style="flex:1" @click=${() => { this.state = { ...s, count: s.count + 1 }; }}>+1 rep</button>
          </div>` : nothing}
      </section>
      <button class="primary big" @click=${this.setDone}>Set done</button>
      ${hurtsButton}
      <p><button @click=${() => this.advance(nextExerciseStep(s.steps, s.index))}>Skip this exercise</button>
        <button @click=${() => this.finish('abandoned')}>End session early</button></p>
    </main>`;
  }

  hurtsForm() {
    const hurt = this.state.hurt;
    const set = (change) => { this.state = { ...this.state, hurt: { ...hurt, ...change } }; };
    return html`<main class="page">
      <h1>It hurts</h1>
      <p>Tell Lumbar about the pain. You get an answer straight away.</p>
      <form @submit=${this.tellLumbar}>
        <div class="card">${painSlider('hurt-score', 'How strong is the pain?', hurt.score, (v) => set({ score: v }))}</div>
        ${radios('quality', 'What does it feel like?', QUALITIES, hurt.quality, (v) => set({ quality: v }))}
        ${radios('location', 'Where does it hurt?', LOCATIONS, hurt.location, (v) => set({ location: v }))}
        ${this.errorBox()}
        <button class="primary big" type="submit">Tell Lumbar</button>
        <button type="button" @click=${() => { this.state = { ...this.state, step: this.state.returnTo }; }}>Back</button>
      </form>
    </main>`;
  }

  guidanceView() {
    const { guidance, modification } = this.state;
    return html`<main class="page">
      <section class="guidance ${guidance.tone}" role="alert" aria-labelledby="guidance-heading">
        <h2 id="guidance-heading">${guidance.heading}</h2>
        <p class="reason">${guidance.message}</p>
        ${guidance.clinicianAlerted ? html`<p><strong>Your clinician has been told.</strong></p>` : nothing}
      </section>
      ${modification ? html`<h2>The easier version: ${modification.name}</h2>
        ${exerciseCard({ exercise: modification.slug, sets: this.current ? this.current.item.sets : 1,
          reps: this.current ? this.current.item.reps : null, holdSeconds: this.current ? this.current.item.holdSeconds : null,
          perSide: this.current ? this.current.item.perSide : false }, modification, { open: true })}` : nothing}
      ${guidance.next === 'end' ? html`<button class="primary big" @click=${() => this.afterGuidance('end')}>End the session</button>` : nothing}
      ${guidance.next === 'skip-exercise' ? html`<button class="primary big" @click=${() => this.afterGuidance('skip-exercise')}>Go to the next exercise</button>
        <button class="big" @click=${() => this.afterGuidance('end')}>End the session</button>` : nothing}
      ${guidance.next === 'continue' ? html`<button class="primary big" @click=${() => this.afterGuidance('continue')}>Carry on</button>` : nothing}
    </main>`;
  }
}
customElements.define('lumbar-session', SessionPage);
