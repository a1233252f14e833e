/*
 * <kharita-event-timeline>: the events on a time axis (vis-timeline), driven by the server
 * (org.kharita.ui.EventTimeline) in one batch per round trip: applyChanges([...ops]) with
 *   { op: 'items', items: [{ id, start, end?, label, title }] }   replace all
 *   { op: 'select', id }                                          select and bring into view
 * Fires 'kharita-timeline-click' (detail.id) when an item is clicked.
 *
 * An event known only to the month is drawn as a range over that month, never as a fake day.
 */
import { LitElement, html } from 'lit';
import { Timeline, DataSet } from 'vis-timeline/standalone';

const DEFAULTS = {
  /** Tall enough for a few stacked items; the rest scroll. */
  height: '100%',
  /** Days on either side of the items when fitting, so the first and last are not on the edge. */
  marginDays: 2,
};

class KharitaEventTimeline extends LitElement {
  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this._pending = [];
    this._items = new DataSet();
  }

  render() {
    return html`<div class="kharita-timeline-canvas"></div>`;
  }

  firstUpdated() {
    this._timeline = new Timeline(this.querySelector('.kharita-timeline-canvas'), this._items, {
      height: DEFAULTS.height,
      stack: true,
      selectable: true,
      zoomMin: 1000 * 60 * 60 * 24,
      showCurrentTime: false,
      tooltip: { followMouse: true },
    });
    this._timeline.on('click', (props) => {
      if (props.item != null) this._fire('kharita-timeline-click', { id: String(props.item) });
    });
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
      default: console.warn('kharita-event-timeline: unknown op', op);
    }
  }

  _setItems(items) {
    this._items.clear();
    this._items.add(items.map((i) => ({
      id: i.id,
      start: i.start,
      end: i.end || undefined,
      type: i.end ? 'range' : 'point',
      // vis-timeline treats a string 'content' as HTML; a text node keeps article words inert.
      content: textNode(i.label),
      title: escapeHtml(i.title),
      className: `kharita-type-${i.type}`,
    })));
    if (items.length) {
      const times = items.flatMap((i) => [Date.parse(i.start), Date.parse(i.end || i.start)]);
      const day = 24 * 3600 * 1000;
      this._timeline.setWindow(Math.min(...times) - DEFAULTS.marginDays * day,
        Math.max(...times) + DEFAULTS.marginDays * day, { animation: false });
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
