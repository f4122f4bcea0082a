// Pieces every page uses: a light-DOM Lit element (one stylesheet for the whole app), the pain slider, and the
// error box that turns an API failure into words.
import { LitElement, html, nothing } from 'lit';

export class Page extends LitElement {
  static properties = { state: { state: true } };

  constructor() {
    super();
    this.state = this.initialState();
  }

  /** What a page shows before it has loaded anything. */
  initialState() { return { loading: true }; }

  createRenderRoot() { return this; }

  /**
   * Runs {@code work}, showing its failure in words instead of raw JSON; returns undefined when it failed. Pages for
   * clinicians and operators ask for the service's own explanation too ({@code detail}), never the JSON.
   */
  async attempt(work, { detail = false } = {}) {
    this.error = null;
    try {
      return await work();
    } catch (failure) {
      const words = failure.message || 'Something went wrong. Please try again.';
      const because = detail && failure.problem && failure.problem.detail ? ` (${failure.problem.detail})` : '';
      this.error = words + because;
      return undefined;
    } finally {
      this.requestUpdate();
    }
  }

  errorBox() {
    return this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing;
  }
}

const PAIN_WORDS = ['No pain', 'Very mild', 'Mild', 'Uncomfortable', 'Moderate', 'Distracting', 'Distressing',
  'Intense', 'Very intense', 'Severe', 'Worst pain imaginable'];

export function painWords(score) { return PAIN_WORDS[score] || ''; }

/** A 0–10 pain slider with words at its ends and for the chosen score. */
export function painSlider(id, label, value, onInput) {
  return html`<div class="slider">
    <label for=${id}>${label}</label>
    <output for=${id} id="${id}-value" aria-live="polite">${value} · ${painWords(value)}</output>
    <input id=${id} type="range" min="0" max="10" step="1" .value=${String(value)}
      aria-valuetext="${value} out of 10, ${painWords(value)}"
      @input=${(e) => onInput(Number(e.target.value))}>
    <div class="ends" aria-hidden="true"><span>0 · No pain</span><span>10 · Worst imaginable</span></div>
  </div>`;
}

export function radios(name, legend, options, value, onChange) {
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="choices">
      ${options.map(([key, words]) => html`<label class="choice">
        <input type="radio" name=${name} value=${key} .checked=${value === key} @change=${() => onChange(key)}>
        ${words}</label>`)}
    </div>
  </fieldset>`;
}

/** A patient id as clinicians see it until the app knows names: its first eight characters. */
export const shortId = (id) => (id ? `${id.slice(0, 8)}…` : '');

export function go(hash) { window.location.hash = hash; }

export const when = (iso) => (iso ? new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) : '');
export const day = (iso) => (iso ? new Date(`${iso}T12:00:00`).toLocaleDateString([], { weekday: 'long', day: 'numeric', month: 'long' }) : '');
export const percent = (share) => (share === null || share === undefined ? '–' : `${Math.round(share * 100)}%`);
