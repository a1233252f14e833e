/*
 * <kharita-event-timeline>: the events on a time axis (vis-timeline), driven by the server
 * (org.kharita.ui.EventTimeline) in one batch per round trip: applyChanges([...ops]) with
 *   { op: 'items', items: [{ id, start, end?, label, title }] }   replace all
 *   { op: 'select', id }                                          select and bring into view
 *   { op: 'language', lang }                                      axis labels in this language
 * Fires 'kharita-timeline-click' (detail.id) when an item is clicked, or Enter/Space pressed on it.
 *
 * An event known only to the month is drawn as a range over that month, never as a fake day.
 * Items take part in the linked hover (linking.js) through their rows, and are in the Tab order.
 * In Arabic the axis reads Arabic month and day names; time still runs left to right, under the
 * map and the histogram, which do not mirror either.
 */
import { LitElement, html } from 'lit';
import { Timeline, DataSet } from 'vis-timeline/standalone';
import { announceLink, onLink, isActivation } from './linking.js';
import { dateFormat } from './dates.js';

const DEFAULTS = {
  /** The strip's height is the page's (CSS); a stack taller than it scrolls. */
  height: '100%',
  /** Days on either side of the items when fitting, so the first and last are not on the edge. */
  marginDays: 2,
  /** ...and at least this share of the span, so the edge items show whole at any span. */
  marginShare: 0.03,
};

class KharitaEventTimeline extends LitElement {
  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this._pending = [];
    this._items = new DataSet();
    this._rows = new Map();
    this._labelsById = new Map();
  }

  render() {
    return html`<div class="kharita-timeline-canvas"></div>`;
  }

  firstUpdated() {
    this._timeline = new Timeline(this.querySelector('.kharita-timeline-canvas'), this._items, {
      height: DEFAULTS.height,
      verticalScroll: true,
      // Dots side by side, not stacked: a month of daily events seen over two years is a dense band in
      // the strip, not a column of dots taller than it (of which only the first showed).
      stack: false,
      margin: { item: { horizontal: 2, vertical: 2 }, axis: 4 },
      selectable: true,
      zoomMin: 1000 * 60 * 60 * 24,
      showCurrentTime: false,
      tooltip: { followMouse: true },
    });
    this._timeline.on('click', (props) => {
      if (props.item != null) this._fire('kharita-timeline-click', { id: String(props.item) });
    });
    // vis-timeline draws items afresh on every redraw: give each its tab stop after each one.
    this._timeline.on('changed', () => {
      this._tagItems();
      // Done drawing: tests and benchmarks wait on this, never on a sleep.
      this.setAttribute('data-items', String(this._items.length));
      this.setAttribute('data-drawn', String((this._drawn = (this._drawn || 0) + 1)));
    });
    this._listenForLinks();
    new ResizeObserver(() => this._timeline.redraw()).observe(this);
    const queued = this._pending;
    this._pending = [];
    queued.forEach((op) => this._apply(op));
  }

  applyChanges(ops) {
    if (!this._timeline) {
      this._pending.push(...ops);
      return;
    }
    ops.forEach((op) => this._apply(op));
  }

  _apply(op) {
    switch (op.op) {
      case 'items': return this._setItems(op.items);
      case 'select': return this._select(op.id);
      case 'language': return this._setLanguage(op.lang);
      default: console.warn('kharita-event-timeline: unknown op', op);
    }
  }

  _setLanguage(lang) {
    this._lang = lang;
    const label = dateFormat(lang);
    this._timeline.setOptions({
      format: {
        minorLabels: (date, scale) => label.minor(new Date(date.valueOf()), scale),
        majorLabels: (date, scale) => label.major(new Date(date.valueOf()), scale),
      },
    });
  }

  _tagItems() {
    for (const el of this.querySelectorAll('.vis-item:not(.vis-dot)')) {
      if (el.hasAttribute('tabindex')) continue;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      // A dot has no words of its own: its label is its name for a screen reader.
      const label = this._labelsById.get(this._itemOf(el));
      if (label) el.setAttribute('aria-label', label);
    }
  }

  /** The item id an element of the timeline belongs to (vis-timeline keeps it only in our class). */
  _itemOf(target) {
    const el = target instanceof Element ? target.closest('.vis-item') : null;
    const cls = el && [...el.classList].find((c) => c.startsWith('kharita-item-'));
    return cls ? cls.substring('kharita-item-'.length) : null;
  }

  _listenForLinks() {
    const rowsOf = (id) => (this._rows.get(id) || []).map(String);
    this.addEventListener('mouseover', (e) => announceLink(rowsOf(this._itemOf(e.target))));
    this.addEventListener('mouseleave', () => announceLink([]));
    this.addEventListener('focusin', (e) => announceLink(rowsOf(this._itemOf(e.target))));
    this.addEventListener('keydown', (e) => {
      const id = this._itemOf(e.target);
      if (id == null || !isActivation(e)) return;
      e.preventDefault();
      this._fire('kharita-timeline-click', { id });
    });
    onLink((rows) => {
      for (const el of this.querySelectorAll('.vis-item.kharita-linked')) el.classList.remove('kharita-linked');
      if (!rows.size) return;
      for (const [id, itemRows] of this._rows) {
        if (!itemRows.some((r) => rows.has(String(r)))) continue;
        // A point item is drawn twice (its box and its dot): light both.
        for (const el of this.querySelectorAll(`.vis-item.kharita-item-${CSS.escape(id)}`)) el.classList.add('kharita-linked');
      }
    });
  }

  _setItems(items) {
    this._rows = new Map(items.map((i) => [String(i.id), i.rows || [i.id]]));
    this._labelsById = new Map(items.map((i) => [String(i.id), i.label]));
    this._items.clear();
    this._items.add(items.map((i) => {
      const item = {
        id: i.id,
        start: i.start,
        type: i.end ? 'range' : 'point',
        // A day's event is a dot coloured by its type, its words in the tooltip: boxes of text each a
        // week wide stacked a month of daily events above the strip's edge, and only the first row showed.
        // vis-timeline treats a string 'content' as HTML; a text node keeps article words inert.
        content: i.end ? textNode(i.label) : textNode(''),
        title: escapeHtml(i.title ? `${i.label} — ${i.title}` : i.label),
        className: `kharita-type-${i.type} kharita-item-${i.id}`,
      };
      // No 'end' key at all for a point: Timeline.focus reads item.end.valueOf() whenever the key exists.
      if (i.end) item.end = i.end;
      return item;
    }));
    if (items.length) {
      const times = items.flatMap((i) => [Date.parse(i.start), Date.parse(i.end || i.start)]);
      const day = 24 * 3600 * 1000;
      const lo = Math.min(...times);
      const hi = Math.max(...times);
      // Over years two days are two pixels, and the first and last dots were cut in half by the edges.
      const margin = Math.max(DEFAULTS.marginDays * day, (hi - lo) * DEFAULTS.marginShare);
      this._timeline.setWindow(lo - margin, hi + margin, { animation: false });
    }
  }

  _select(id) {
    if (this._items.get(id) == null) return;
    this._timeline.setSelection([id]);
    this._timeline.focus(id, { animation: false, zoom: false });
  }

  _fire(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

function textNode(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

function escapeHtml(s) {
  const div = document.createElement('div');
  div.textContent = s || '';
  return div.innerHTML;
}

customElements.define('kharita-event-timeline', KharitaEventTimeline);
