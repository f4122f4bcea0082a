// Progress: weekly adherence, pain over time with the level a meaningful improvement must reach, hold times and
// reps per exercise, the weekly movement goal, the journal of notes, and proposals to accept or decline.
import { html, nothing } from 'lit';
import { api } from './api.js';
import { adherenceSeries, painSeries, exerciseSeries, COLOURS, GOAL_COLOUR, IMPROVEMENT_COLOUR } from './chart-data.js';
import { localDate, addDays } from './dose.js';
import { exercisesOf } from './exercises.js';
import { currentProgram } from './patient-today.js';
import { Page, percent, when } from './ui.js';

const WEEKS = 12;

/** Draws a chart with the charts bundle, loaded the first time a page needs it. */
export async function drawChart(element, option) {
  const { draw } = await import('/static/bundle/charts.js');
  return draw(element, { color: COLOURS, ...option });
}

/** A chart's box; what it shows is said in words for screen readers (the chart itself is a picture). */
export function chartBox(id, words) {
  return html`<div id=${id} class="chart" role="img" aria-label=${words}></div>`;
}

/**
 * A chart's legend: [words, colour] entries, the colour a series' index in COLOURS or, for a dashed reference line,
 * the line's own colour.
 */
export function legend(entries) {
  return html`<ul class="legend" aria-hidden="true">${entries.map(([words, colour]) => html`<li>${typeof colour === 'number'
    ? html`<span class="swatch" style="background:${COLOURS[colour % COLOURS.length]}"></span>`
    : html`<span class="swatch dashed" style="border-color:${colour}"></span>`}${words}</li>`)}</ul>`;
}

export const painLegend = () => legend([['Before a session', 0], ['After a session', 1],
  ['meaningful improvement', IMPROVEMENT_COLOUR]]);

export function adherenceWords(series) {
  const data = adherenceSeries(series);
  const last = data.values.filter((v) => v !== null).pop();
  return `Sessions done each week, in percent of those planned, for the last ${data.labels.length} weeks.`
    + (last === undefined ? ' No planned sessions yet.' : ` The latest week with a plan: ${last}%.`);
}

export function painWords(trend) {
  const data = painSeries(trend);
  const last = data.before.filter((v) => v !== null).pop();
  return `Weekly mean pain from 0 to 10 before and after sessions.${last === undefined ? ' No scores yet.' : ` Latest before a session: ${last}.`}`
    + (data.meaningfulLevel === null ? '' : ` A meaningful improvement is a weekly mean of ${data.meaningfulLevel} or less.`);
}

function exerciseWords(name, trend) {
  const data = exerciseSeries(trend);
  const hold = data.hold.some((v) => v !== null);
  const best = (hold ? data.hold : data.reps).filter((v) => v !== null).pop();
  return `${name}: best ${hold ? 'hold time in seconds' : 'reps'} each week.${best === undefined ? ' Nothing recorded yet.' : ` Latest: ${best}.`}`;
}

/** A dashed level across the chart (the goal, the meaningful improvement): a flat series, named in the HTML legend. */
function level(name, labels, value, colour) {
  return { name, type: 'line', data: labels.map(() => value), symbol: 'none', silent: true,
    lineStyle: { type: 'dashed', color: colour, width: 2 }, itemStyle: { color: colour } };
}

export async function drawAdherence(element, series) {
  const data = adherenceSeries(series);
  drawChart(element, {
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ name: 'Sessions done', type: 'bar', data: data.values },
      level('Goal', data.labels, 70, GOAL_COLOUR)],
  });
}

export async function drawPain(element, trend) {
  const data = painSeries(trend);
  drawChart(element, {
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', min: 0, max: 10 },
    series: [
      { name: 'Before', type: 'line', data: data.before, connectNulls: true, symbolSize: 8 },
      { name: 'After', type: 'line', data: data.after, connectNulls: true, symbolSize: 8 },
      ...(data.meaningfulLevel === null ? [] : [level('Meaningful improvement', data.labels, data.meaningfulLevel, IMPROVEMENT_COLOUR)]),
    ],
  });
}

async function drawExercise(element, trend, name) {
  const data = exerciseSeries(trend);
  const hold = data.hold.some((v) => v !== null);
  drawChart(element, {
    xAxis: { type: 'category', data: data.labels },
    yAxis: { type: 'value', min: 0, name: hold ? 'seconds' : 'reps' },
    series: [{ name: hold ? 'Best hold (s)' : 'Best reps', type: 'line', data: hold ? data.hold : data.reps, connectNulls: true, symbolSize: 8 }],
  });
}

class ProgressPage extends Page {
  async connectedCallback() {
    super.connectedCallback();
    const today = localDate();
    const from = addDays(today, -7 * (WEEKS - 1));
    const loaded = await this.attempt(async () => {
      const program = await currentProgram();
      const [adherence, pain, week, proposals, sessions] = await Promise.all([
        api(`/patients/me/adherence?from=${from}&to=${today}`),
        api(`/patients/me/pain-trend?from=${from}&to=${today}`),
        api('/patients/me/adherence'),
        program ? api(`/programs/${program.id}/proposals`) : [],
        api(`/sessions?from=${addDays(today, -30)}&to=${today}`).then((page) => page.items),
      ]);
      const exercises = program ? await exercisesOf(program.items) : {};
      const trends = program ? await Promise.all(program.items.map((item) => api(
        `/patients/me/exercises/${encodeURIComponent(item.exercise)}/trend?from=${from}&to=${today}`).catch(() => null))) : [];
      const recent = sessions.slice(-10).reverse();
      const journal = (await Promise.all(recent.map((s) => api(`/sessions/${s.id}`).catch(() => null))))
        .filter(Boolean).flatMap((s) => (s.notes || []).map((n) => ({ ...n, plannedDate: s.plannedDate })));
      return { program, adherence, pain, week, proposals, exercises, trends, journal };
    });
    this.state = { loading: false, ...(loaded || {}) };
    await this.updateComplete;
    if (loaded) this.drawCharts();
  }

  drawCharts() {
    const s = this.state;
    drawAdherence(this.querySelector('#adherence-chart'), s.adherence);
    drawPain(this.querySelector('#pain-chart'), s.pain);
    (s.program ? s.program.items : []).forEach((item, i) => {
      const element = this.querySelector(`#exercise-chart-${i}`);
      if (element && s.trends[i]) drawExercise(element, s.trends[i], this.name(item.exercise));
    });
  }

  name(slug) { return this.state.exercises && this.state.exercises[slug] ? this.state.exercises[slug].name : slug; }

  async decide(proposal, verb) {
    const decided = await this.attempt(() => api(`/programs/${proposal.programId}/proposals/${proposal.id}/${verb}`, { method: 'POST' }));
    if (decided) {
      this.state = { ...this.state, proposals: this.state.proposals.map((p) => (p.id === decided.id ? decided : p)) };
    }
  }

  render() {
    const s = this.state;
    if (s.loading) return html`<main class="page"><h1>Progress</h1><p>Loading…</p></main>`;
    const week = s.week;
    const pain = s.pain && s.pain.headline ? s.pain[s.pain.headline] : null;
    const pending = (s.proposals || []).filter((p) => p.status === 'PENDING');
    return html`<main class="page">
      <h1>Your progress</h1>
      ${this.errorBox()}
      ${week ? html`<section class="card" aria-labelledby="this-week">
        <h2 id="this-week">This week</h2>
        <div class="row spread">
          <div><div class="stat" data-week-completed>${week.completed} of ${week.scheduledSoFar ?? week.scheduled}</div><div class="muted">planned sessions done so far</div></div>
          <div><div class="stat">${week.movement.aerobicMinutes} / ${week.movement.aerobicGoalMinutes} min</div><div class="muted">walking and other movement</div></div>
          <div><div class="stat">${week.movement.strengthSessions} / ${week.movement.strengthGoalSessions}</div><div class="muted">strength sessions</div></div>
        </div>
        ${week.movement.met ? html`<p class="tag ok">Weekly movement goal met</p>` : nothing}
      </section>` : nothing}
      ${pending.length ? html`<section class="card" aria-labelledby="proposals"><h2 id="proposals">Suggested changes</h2>
        ${pending.map((p) => html`<div class="card"><p><strong>${this.name(p.exercise)}</strong>: ${p.reason}</p>
          <div class="row"><button class="primary" @click=${() => this.decide(p, 'accept')}>Accept</button>
          <button @click=${() => this.decide(p, 'decline')}>Not now</button></div></div>`)}
      </section>` : nothing}
      <section class="card" aria-labelledby="adherence-heading">
        <h2 id="adherence-heading">Sessions done each week</h2>
        <p class="muted">Over the last ${WEEKS} weeks: ${percent(s.adherence && s.adherence.totals.adherence)} of planned sessions.</p>
        ${legend([['goal: 70% of planned sessions', GOAL_COLOUR]])}
        ${chartBox('adherence-chart', adherenceWords(s.adherence))}
      </section>
      <section class="card" aria-labelledby="pain-heading">
        <h2 id="pain-heading">Pain over time</h2>
        ${pain && pain.baseline !== null && pain.baseline !== undefined ? html`<p>Started at ${pain.baseline}, now ${pain.latest}.
          ${pain.meaningfulImprovement ? html`<span class="tag ok">A meaningful improvement</span>`
            : pain.meaningfulLevel !== null && pain.meaningfulLevel !== undefined ? html`The dashed line at ${pain.meaningfulLevel} is a meaningful improvement.` : nothing}</p>`
          : html`<p class="muted">Pain scores appear here after your first sessions.</p>`}
        ${painLegend()}
        ${chartBox('pain-chart', painWords(s.pain))}
      </section>
      ${s.program ? html`<h2>Each exercise</h2><div class="cards">
        ${s.program.items.map((item, i) => html`<section class="card" aria-label=${this.name(item.exercise)}>
          <h3>${this.name(item.exercise)}</h3>
          ${chartBox(`exercise-chart-${i}`, exerciseWords(this.name(item.exercise), s.trends[i]))}</section>`)}
      </div>` : nothing}
      <section class="card" aria-labelledby="journal"><h2 id="journal">Your journal</h2>
        ${s.journal && s.journal.length ? html`<ul>${s.journal.map((n) => html`<li><span class="muted">${when(n.occurredAt)}</span><br>${n.text}</li>`)}</ul>`
          : html`<p class="muted">Notes you add after a session appear here.</p>`}
      </section>
    </main>`;
  }
}
customElements.define('lumbar-progress', ProgressPage);
