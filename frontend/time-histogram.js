/*
 * <kharita-time-histogram>: events per day (or per month over long spans) as bars, with a brush.
 * Driven by org.kharita.ui.TimeHistogram through applyChanges([...ops]):
 *   { op: 'bins', unit: 'day'|'month', bins: [[isoStart, isoEnd, count]], from, to, lang, labels: {play, stop, clear} }
 * Fires 'kharita-brush' { from, to, playing } (ISO days; both empty when the brush is cleared).
 * Dragging across the bars selects a range; so does the keyboard (see _key): the bars are one focusable
 * slider whose value reads as the two dates. The play button steps a window of the brushed width
 * (a twelfth of the span when nothing is brushed) through time, and the map follows the filter.
 * Dates read in the UI language (dates.js); the bars run left to right in both languages, like the
 * timeline under them, while the buttons follow the page's direction.
 */
import { LitElement, html, svg } from 'lit';
import { dateFormat, isoDay } from './dates.js';

const DEFAULTS = {
  height: 70,
  /** Milliseconds a play step stays on screen once the map has drawn it. */
  playStepMs: 1500,
};

class KharitaTimeHistogram extends LitElement {
  static properties = {
    _bins: { state: true }, _from: { state: true }, _to: { state: true }, _drag: { state: true }, _draft: { state: true },
    _lang: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this._bins = [];
    this._from = '';
    this._to = '';
    this._labels = { play: 'Play', stop: 'Stop', clear: 'All dates', range: 'Date range', rangeKeys: '' };
    this._drag = null;
    /** The range being set from the keyboard, as bar indices {lo, hi}, until Enter applies or Escape drops it. */
    this._draft = null;
    this._timer = null;
    this._lang = 'en';
    this._unit = 'day';
  }

  applyChanges(ops) {
    for (const op of ops) {
      if (op.op === 'bins') {
        this._bins = op.bins;
        this._from = op.from || '';
        this._to = op.to || '';
        this._labels = op.labels || this._labels;
        this._lang = op.lang || 'en';
        this._unit = op.unit || 'day';
        // New bars mean other indices: a half-set keyboard range would now point elsewhere.
        this._draft = null;
      }
    }
  }

  render() {
    const n = this._bins.length;
    const max = niceCeiling(this._bins.reduce((m, b) => Math.max(m, b[2]), 1));
    const w = 1000;
    const h = DEFAULTS.height;
    const bw = n ? w / n : w;
    const inRange = (b) => (!this._from || b[1] >= this._from) && (!this._to || b[0] <= this._to);
    const fmt = dateFormat(this._lang);
    const name = (iso) => (this._unit === 'month' ? fmt.month(isoDay(iso)) : fmt.day(isoDay(iso)));
    const bars = this._bins.map((b, i) => svg`<rect class="bar ${inRange(b) ? 'in' : 'out'}" x=${i * bw} width=${Math.max(bw - 0.5, 0.5)}
        y=${h - (b[2] / max) * (h - 4)} height=${(b[2] / max) * (h - 4)} data-start=${b[0]} data-count=${b[2]}><title>${name(b[0])}: ${b[2]}</title></rect>`);
    // Gridlines at the axis ticks; the bars' scale tops at a round count so the ticks read as round numbers.
    const grid = [0, 0.5, 1].map((f) => svg`<line class="grid" x1="0" x2=${w} y1=${h - f * (h - 4)} y2=${h - f * (h - 4)} vector-effect="non-scaling-stroke"></line>`);
    const sel = this._drag || (this._draft && { a: this._draft.lo, b: this._draft.hi });
    const drag = sel ? svg`<rect class="brush ${this._draft ? 'draft' : ''}" x=${Math.min(sel.a, sel.b) * bw} width=${(Math.abs(sel.b - sel.a) + 1) * bw} y="0" height=${h}></rect>` : '';
    const first = n ? name(this._bins[0][0]) : '';
    const last = n ? name(this._bins[n - 1][0]) : '';
    const [lo, hi] = this._draft ? [this._draft.lo, this._draft.hi] : this._applied();
    const valueText = n ? `${name(this._bins[lo][0])} – ${name(this._bins[hi][1])}` : '';
    return html`
      <div class="kharita-histogram-bar">
        <button class="kharita-play" type="button" @click=${() => this._togglePlay()}>${this._timer ? this._labels.stop : this._labels.play}</button>
        <button class="kharita-all-dates" type="button" ?disabled=${!this._from && !this._to} @click=${() => this._brush('', '')}>${this._labels.clear}</button>
        <span class="kharita-histogram-span">${first} – ${last}</span>
        ${this._draft ? html`<span class="kharita-histogram-draft">${valueText} ⏎</span>` : ''}
        <span class="kharita-histogram-keys" id="kharita-histogram-keys" hidden>${this._labels.rangeKeys}</span>
      </div>
      <div class="kharita-histogram-plot">
      <div class="kharita-histogram-yaxis" aria-hidden="true">${[max, max / 2, 0].map((v, k) => html`<span style="top:${(k / 2) * 100}%">${v.toLocaleString(this._lang === 'ar' ? 'ar-u-nu-latn' : 'en')}</span>`)}</div>
      <svg class="kharita-histogram-svg" viewBox="0 0 ${w} ${h}" preserveAspectRatio="none"
           tabindex=${n ? '0' : '-1'} role="slider" aria-orientation="horizontal" aria-label=${this._labels.range}
           aria-describedby="kharita-histogram-keys" aria-valuemin="0" aria-valuemax=${Math.max(0, n - 1)} aria-valuenow=${hi}
           aria-valuetext=${valueText} @keydown=${(e) => this._key(e)}
           @mousedown=${(e) => this._down(e)} @mousemove=${(e) => this._move(e)} @mouseup=${(e) => this._up(e)}
           @mouseleave=${() => { this._drag = null; }}>${grid}${bars}${drag}</svg>
      </div>
      <div class="kharita-histogram-axis">${this._ticks(fmt).map(([i, label]) => html`<span style="left:${(i / n) * 100}%">${label}</span>`)}</div>`;
  }

  /** After each render: what is drawn, for tests and benchmarks to wait on. */
  updated() {
    this.setAttribute('data-bins', String(this._bins.length));
    this.setAttribute('data-axis-max', String(niceCeiling(this._bins.reduce((m, b) => Math.max(m, b[2]), 1))));
  }

  /** Labels under the bars: years (month bars) or months (day bars), thinned to about eight. */
  _ticks(fmt) {
    const starts = [];
    this._bins.forEach((b, i) => {
      const d = isoDay(b[0]);
      if (this._unit === 'month' ? d.getUTCMonth() === 0 : d.getUTCDate() === 1) starts.push(i);
    });
    if (starts.length < 2 && this._bins.length) starts.unshift(0);
    const every = Math.max(1, Math.ceil(starts.length / 8));
    return starts.filter((_, k) => k % every === 0).map((i) => {
      const d = isoDay(this._bins[i][0]);
      return [i, this._unit === 'month' ? fmt.year(d) : fmt.month(d)];
    });
  }

  _index(e) {
    const svgEl = this.querySelector('svg');
    const r = svgEl.getBoundingClientRect();
    // The bars run left to right in both languages: time is not mirrored in RTL.
    const x = (e.clientX - r.left) / r.width;
    return Math.max(0, Math.min(this._bins.length - 1, Math.floor(x * this._bins.length)));
  }

  /** The applied range as bar indices: every bar that overlaps it, all of them when no dates are set. */
  _applied() {
    const n = this._bins.length;
    const lo = this._from ? this._bins.findIndex((b) => b[1] >= this._from) : 0;
    const hi = this._to ? this._bins.findLastIndex((b) => b[0] <= this._to) : n - 1;
    return lo < 0 || hi < 0 || hi < lo ? [0, n - 1] : [lo, hi];
  }

  /**
   * The keyboard brush. An arrow moves the edge on its side outwards (Right: the end later, Left:
   * the start earlier); with Shift it moves the other edge back towards it (Shift+Right: the start
   * later, Shift+Left: the end earlier), so every edge goes both ways and the range never inverts.
   * Home and End take the start or the end to the first or last bar. Enter applies, Escape drops
   * the draft. The bars run left to right in Arabic too (time is not mirrored), so the arrows act
   * as they look in both directions of the page.
   */
  _key(e) {
    const n = this._bins.length;
    if (!n) return;
    if (e.key === 'Enter') {
      if (!this._draft) return;
      e.preventDefault();
      const { lo, hi } = this._draft;
      this._draft = null;
      this._stop();
      this._brush(this._bins[lo][0], this._bins[hi][1]);
      return;
    }
    if (e.key === 'Escape') {
      if (this._draft) e.preventDefault();
      this._draft = null;
      return;
    }
    let [lo, hi] = this._draft ? [this._draft.lo, this._draft.hi] : this._applied();
    switch (e.key) {
      case 'ArrowRight': if (e.shiftKey) lo = Math.min(hi, lo + 1); else hi = Math.min(n - 1, hi + 1); break;
      case 'ArrowLeft': if (e.shiftKey) hi = Math.max(lo, hi - 1); else lo = Math.max(0, lo - 1); break;
      case 'Home': lo = 0; break;
      case 'End': hi = n - 1; break;
      default: return;
    }
    e.preventDefault();
    this._draft = { lo, hi };
  }

  _down(e) {
    if (!this._bins.length) return;
    const i = this._index(e);
    this._drag = { a: i, b: i };
  }

  _move(e) {
    if (this._drag) this._drag = { a: this._drag.a, b: this._index(e) };
  }

  _up() {
    if (!this._drag) return;
    const lo = Math.min(this._drag.a, this._drag.b);
    const hi = Math.max(this._drag.a, this._drag.b);
    this._drag = null;
    this._stop();
    this._brush(this._bins[lo][0], this._bins[hi][1]);
  }

  _brush(from, to, playing = false) {
    this._from = from;
    this._to = to;
    this.dispatchEvent(new CustomEvent('kharita-brush', { detail: { from, to, playing }, bubbles: true, composed: true }));
  }

  _togglePlay() {
    if (this._timer) return this._stop();
    const n = this._bins.length;
    if (!n) return;
    let lo = this._bins.findIndex((b) => this._from && b[1] >= this._from);
    let hi = this._to ? this._bins.findLastIndex((b) => b[0] <= this._to) : -1;
    let width = lo >= 0 && hi >= lo ? hi - lo + 1 : Math.max(1, Math.round(n / 12));
    if (width >= n) width = Math.max(1, Math.round(n / 12));
    let start = 0;
    const step = () => {
      if (start >= n) return this._stop();
      const end = Math.min(n - 1, start + width - 1);
      this._brush(this._bins[start][0], this._bins[end][1], true);
      start += width;
    };
    // Each step waits for the map to have drawn the one before ('kharita-map-rendered'), then the step
    // time: a fixed interval outran the map on a loaded machine and skipped steps.
    const play = { next: null };
    play.onRendered = () => {
      if (this._timer !== play || play.next) return;
      play.next = setTimeout(() => {
        play.next = null;
        step();
      }, DEFAULTS.playStepMs);
    };
    document.addEventListener('kharita-map-rendered', play.onRendered);
    this._timer = play;
    step();
    this.requestUpdate();
  }

  _stop() {
    const play = this._timer;
    if (play) {
      clearTimeout(play.next);
      document.removeEventListener('kharita-map-rendered', play.onRendered);
    }
    this._timer = null;
    this.requestUpdate();
  }
}

/** The smallest of 1, 2, 5, 10, 20, 50, ... not below n: an axis top that halves to a round number too. */
export function niceCeiling(n) {
  if (n <= 2) return 2;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

customElements.define('kharita-time-histogram', KharitaTimeHistogram);
