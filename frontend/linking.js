/*
 * The linked hover: pointing at (or focusing) a place mention, an event sentence, a map marker or a
 * timeline item lights the same event in the other three. Every one of them carries the ids of the
 * event rows it shows (the map marker's id, a timeline item's rows, a span's data-rows), so this
 * runs in the browser alone: no server round trip per mouse move.
 *
 *   announceLink(rows)   the rows now pointed at ([] when the pointer leaves)
 *   onLink(fn)           fn(Set of row ids as strings) on every change
 */
const LINK_EVENT = 'kharita-link';

let current = '';

export function announceLink(rows) {
  const key = rows.join(' ');
  // mouseover fires for every child crossed; announce only real changes.
  if (key === current) return;
  current = key;
  document.dispatchEvent(new CustomEvent(LINK_EVENT, { detail: { rows: rows.map(String) } }));
}

export function onLink(fn) {
  document.addEventListener(LINK_EVENT, (e) => fn(new Set(e.detail.rows)));
}

/** The row ids in a space-separated data-rows attribute. */
export function rowsOf(el) {
  const v = el && el.getAttribute('data-rows');
  return v ? v.trim().split(/\s+/) : [];
}

/** Enter or Space on a focused element that is not a native button acts as a click. */
export function isActivation(e) {
  return e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar';
}
