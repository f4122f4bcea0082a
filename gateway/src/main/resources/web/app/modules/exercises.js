// The catalog's exercises as the app shows them, fetched once per page load (the service worker keeps them too).
import { html, nothing } from 'lit';
import { api } from './api.js';
import { doseText } from './dose.js';

const known = new Map();

export function exercise(slug) {
  if (!known.has(slug)) {
    known.set(slug, api(`/exercises/${encodeURIComponent(slug)}`).catch((failure) => {
      known.delete(slug);
      throw failure;
    }));
  }
  return known.get(slug);
}

export async function exercisesOf(items) {
  const entries = await Promise.all(items.map((item) => exercise(item.exercise).then((e) => [item.exercise, e])));
  return Object.fromEntries(entries);
}

const SIDE_WORDS = { left: 'left side', right: 'right side', both: 'both sides' };
export const sideWords = (side) => SIDE_WORDS[side] || side;

/** An exercise card: purpose, dose and side, then steps, form cues and common mistakes. */
export function exerciseCard(item, details, { open = false, headingLevel = 3 } = {}) {
  const name = details ? details.name : item.exercise;
  const heading = headingLevel === 2 ? html`<h2>${name}</h2>` : html`<h3>${name}</h3>`;
  return html`<article class="card exercise" aria-label=${name}>
    <div class="row spread">${heading}${item.phase === 'warm-up' ? html`<span class="tag">Warm-up</span>` : nothing}</div>
    ${details ? html`<p>${details.purpose}</p>` : nothing}
    <p class="dose">${doseText(item)}</p>
    ${item.notes ? html`<p class="muted">${item.notes}</p>` : nothing}
    ${details ? html`<details ?open=${open}>
      <summary>How to do it</summary>
      ${details.setup ? html`<p>${details.setup}</p>` : nothing}
      <ol class="steps">${details.steps.map((step) => html`<li>${step}</li>`)}</ol>
      ${details.breathingCue ? html`<p><strong>Breathing:</strong> ${details.breathingCue}</p>` : nothing}
      ${details.formCues && details.formCues.length ? html`<h4>Form cues</h4>
        <ul class="cues">${details.formCues.map((cue) => html`<li>${cue}</li>`)}</ul>` : nothing}
      ${details.commonMistakes && details.commonMistakes.length ? html`<h4>Common mistakes</h4>
        <ul class="cues">${details.commonMistakes.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
      ${details.stopSigns && details.stopSigns.length ? html`<h4>Stop if</h4>
        <ul class="cues">${details.stopSigns.map((m) => html`<li>${m}</li>`)}</ul>` : nothing}
    </details>` : nothing}
  </article>`;
}
