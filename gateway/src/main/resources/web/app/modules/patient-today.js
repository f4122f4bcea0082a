// Today: the program's planned sessions for today (morning and evening where it has two), its exercises, and what
// this device still has to send.
import { html, nothing } from 'lit';
import { api } from './api.js';
import { context } from './context.js';
import { localDate } from './dose.js';
import { exercisesOf, exerciseCard } from './exercises.js';
import { Page, go, day } from './ui.js';

const SLOT_WORDS = { morning: 'Morning', evening: 'Evening' };

export async function currentProgram() {
  const programs = (await api('/programs')).items.filter((p) => p.status !== 'ENDED');
  return programs.find((p) => p.status === 'ACTIVE') || programs[0] || null;
}

class TodayPage extends Page {
  async connectedCallback() {
    super.connectedCallback();
    const today = localDate();
    const loaded = await this.attempt(async () => {
      const program = await currentProgram();
      if (!program) return { program: null };
      const [plan, exercises, sessions, local, refused] = await Promise.all([
        api(`/programs/${program.id}/plan?from=${today}&to=${today}`),
        exercisesOf(program.items),
        api(`/sessions?from=${today}&to=${today}`).then((page) => page.items).catch(() => []),
        context.sessions.all(),
        context.outbox.refused(),
      ]);
      return { program, plan, exercises, sessions, local, refused };
    });
    if (loaded && !loaded.program) {
      go('#/start');
      return;
    }
    this.state = { loading: false, today, ...(loaded || {}) };
    await this.updateComplete;
    // when Today became usable, in ms since the navigation started (the browser journeys print it)
    document.body.dataset.todayUsableAt = String(Math.round(performance.now()));
  }

  startSession(slot) {
    go(`#/session/${this.state.program.id}/${slot || 'any'}`);
  }

  render() {
    const s = this.state;
    if (s.loading) return html`<main class="page"><h1>Today</h1><p>Loading your plan…</p></main>`;
    if (!s.program) return html`<main class="page"><h1>Today</h1>${this.errorBox()}</main>`;
    const held = s.program.status !== 'ACTIVE';
    const planned = s.plan && s.plan.days.find((d) => d.date === s.today);
    const done = (s.sessions || []).filter((x) => x.state === 'COMPLETED' && x.programId === s.program.id
        && x.plannedDate === s.today).length
      + (s.local || []).filter((x) => x.finishedAs === 'completed' && x.programId === s.program.id && x.plannedDate === s.today).length;
    const slots = planned ? planned.slots || Array.from({ length: planned.sessions }, () => null) : [];
    const next = slots[Math.min(done, slots.length - 1)];
    const complete = slots.length > 0 && done >= slots.length;
    return html`<main class="page" data-ready="today">
      <h1>Today</h1>
      <p class="muted">${day(s.today)}</p>
      ${this.errorBox()}
      ${held ? html`<div class="guidance stop" role="alert">
          <h2>Your program is on hold</h2>
          <p class="reason">${s.program.holdReason || 'Your clinician needs to look at your program before you go on.'}</p>
          <p>Contact your clinician. They can let your program go on when it is safe.</p>
        </div>` : nothing}
      ${!held && !planned ? html`<div class="notice">Today is a rest day in your program. Gentle walking is still good for your back.</div>` : nothing}
      ${!held && planned ? html`<section class="card" aria-labelledby="sessions-today">
          <h2 id="sessions-today">${slots.length > 1 ? 'Two sessions today' : 'One session today'}</h2>
          <ul class="slots">${slots.map((slot, i) => html`<li class=${i < done ? 'done' : ''}>
            ${i < done ? '✓ ' : ''}${slot ? `${SLOT_WORDS[slot]} session` : 'Today’s session'}${i < done ? ': done' : ''}</li>`)}</ul>
          ${complete ? html`<p>Well done: today’s plan is complete.</p>
              <button data-start @click=${() => this.startSession(null)}>Do an extra session</button>`
            : html`<button class="primary big" data-start @click=${() => this.startSession(next)}>
              Start ${next ? `the ${next} session` : 'today’s session'}</button>`}
        </section>` : nothing}
      ${this.refusedList()}
      <h2>Your exercises</h2>
      ${s.program.items.map((item) => exerciseCard(item, s.exercises && s.exercises[item.exercise]))}
    </main>`;
  }

  refusedList() {
    const refused = this.state.refused || [];
    if (!refused.length) return nothing;
    return html`<section class="card" aria-labelledby="refused"><h2 id="refused">Not accepted</h2>
      <ul>${refused.map((r) => html`<li>${r.label || 'A recorded change'}: ${r.words}
        <button @click=${async () => { await context.outbox.dismiss(r.seq); this.state = { ...this.state,
          refused: await context.outbox.refused() }; }}>Dismiss</button></li>`)}</ul></section>`;
  }
}
customElements.define('lumbar-today', TodayPage);
