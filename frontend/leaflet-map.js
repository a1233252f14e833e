/*
 * <kharita-leaflet-map>: a thin Leaflet map driven by the server (org.kharita.ui.LeafletMap).
 *
 * The server sends its changes in one batch per round trip: applyChanges([...ops]). Each op is
 * one of
 *   { op: 'options', tileUrl, tileAttribution, dataAttribution }   (re)configure layers
 *   { op: 'data', points: [[id, lat, lon, type, precision, area|null, sources, contested]], clusters: [[lat, lon, count, type, samePlace]] }
 *        what the current view needs: single events (clustered and spread here), or the server's grid clusters
 *   { op: 'view', lat, lon, zoom }                   set the view
 *   { op: 'fitBounds', box: [minLat, minLon, maxLat, maxLon] }
 *   { op: 'popup', id, lat, lon, place, date, type, sentence, source, fused?, actions? }   open an event's popup;
 *        with actions { split, merge } (analysts), each claim has a split button and the popup a merge button
 *   { op: 'area', box|null }                         the drawn filter rectangle
 *   { op: 'candidates', items: [{lat, lon, label, score, chosen}] } a mention's candidate places
 *   { op: 'legend', title, entries: [[type, label]], heat, draw, clear }   legend and control labels
 *   { op: 'overlays', asOf, delete, shapes: [{layer, name, date, geometry}] }  dated polygons (a front line) under the
 *        events; with a delete label, each legend row has a button that fires 'kharita-overlay-delete'
 * The map fires
 *   'kharita-map-moved' { south, west, north, east, zoom, lat, lon }  after every pan or zoom
 *   'kharita-marker-click' { id }                                      an event (point or area) clicked
 *   'kharita-area-drawn' { box: [minLat, minLon, maxLat, maxLon] | null }
 *   'kharita-candidate-click' { index }  /  'kharita-pin-dropped' { lat, lon }
 *   'kharita-overlay-delete' { layer }   an analyst asked to delete an overlay layer
 *   'kharita-fusion-action' { action: 'split' | 'merge', id }   an analyst's split of a report, or merge from this event
 *   'kharita-map-rendered' { points, clusters, t }   the new data is drawn and painted; t is performance.now()
 * and sets the attribute data-rendered, which a pan or zoom removes until the data for the new view is drawn.
 *
 * Hovering or focusing an event announces its id to the linked hover (linking.js); the events that
 * others announce get the class 'kharita-linked' (a marker hidden in a cluster lights its cluster).
 * Every event is reachable by Tab and opened by Enter or Space.
 *
 * Location precision is drawn as it is known: a settlement as a pin, an event known only to its
 * region as the region's extent (dashed rectangle), or, with no extent, as a dashed circle around
 * the given point, never as a pin at the capital.
 */
import { LitElement, html } from 'lit';
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet.heat';
import { announceLink, onLink, isActivation } from './linking.js';
import { OfflineBasemap } from './basemap.js';

const DEFAULTS = {
  /** Clustering needs a known max zoom before any tile layer exists (STACK.md pitfall). */
  maxZoom: 18,
  minZoom: 2,
  center: [48, 40],
  zoom: 4,
  /** Markers closer than this many pixels merge into a cluster. */
  clusterRadius: 40,
  /** Radius in metres of an event known to its region (no extent) or to its country. */
  regionRadius: 40000,
  countryRadius: 150000,
};

export const TYPE_COLOURS = {
  battle: '#c0392b', territory_change: '#8e44ad', shelling: '#d35400', air_strike: '#e67e22',
  drone_strike: '#f39c12', missile_strike: '#a04000', explosion: '#7f8c8d', attack_on_civilians: '#1e8449',
  agreement: '#2471a3', ratification: '#2471a3', troop_deployment: '#b9770e', surrender: '#5d6d7e',
  protest: '#17a589', other: '#34495e', mixed: '#555',
};

class KharitaLeafletMap extends LitElement {
  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this._pending = [];
    this._markers = new Map();
    this._tiles = null;
    this._heatOn = false;
    this._drawing = false;
    this._pinMode = false;
    this._labels = { title: 'Event types', entries: [], heat: 'Heatmap', draw: 'Draw area', clear: 'Clear area' };
  }

  render() {
    return html`<div class="kharita-map-canvas"></div>`;
  }

  firstUpdated() {
    const canvas = this.querySelector('.kharita-map-canvas');
    this._map = L.map(canvas, {
      maxZoom: DEFAULTS.maxZoom,
      minZoom: DEFAULTS.minZoom,
      center: DEFAULTS.center,
      zoom: DEFAULTS.zoom,
      worldCopyJump: true,
      keyboard: true,
    });
    this._map.attributionControl.setPrefix(false);
    this._cluster = L.markerClusterGroup({
      maxClusterRadius: DEFAULTS.clusterRadius,
      showCoverageOnHover: false,
      // Same-place events (a city-level centroid) spread out when their cluster is clicked.
      spiderfyOnMaxZoom: true,
    });
    this._areas = L.layerGroup();
    this._serverClusters = L.layerGroup();
    this._candidates = L.layerGroup();
    // leaflet.heat dims every point by 2^(maxZoom - zoom): with its maxZoom above the view's zoom a heatmap
    // of a country or a region was a faint haze. At the map's min zoom every view draws at full weight.
    this._heat = L.heatLayer([], { radius: 25, blur: 18, maxZoom: DEFAULTS.minZoom, minOpacity: 0.35 });
    [this._areas, this._cluster, this._serverClusters, this._candidates].forEach((l) => this._map.addLayer(l));
    // Overlays lie under every event: above the basemap and tiles (200), below region areas (400) and pins.
    this._map.createPane('kharita-overlay').style.zIndex = 350;
    this._overlay = L.layerGroup().addTo(this._map);
    this._overlayShapes = [];
    this._overlayHidden = new Set();
    this._basemap = new OfflineBasemap(this._map, this);
    this._basemap.load();
    this._addControls();
    this._map.on('moveend', () => this._fireMoved());
    this._listenForLinks(canvas);
    new ResizeObserver(() => this._map.invalidateSize()).observe(this);
    const queued = this._pending;
    this._pending = [];
    queued.forEach((op) => this._apply(op));
    this._fireMoved();
  }

  /** Entry point for the server's batch. */
  applyChanges(ops) {
    if (!this._map) {
      this._pending.push(...ops);
      return;
    }
    ops.forEach((op) => this._apply(op));
  }

  _apply(op) {
    switch (op.op) {
      case 'options': return this._setOptions(op);
      case 'data': return this._setData(op);
      case 'view': return this._setView(op);
      case 'fitBounds': return this._map.fitBounds([[op.box[0], op.box[1]], [op.box[2], op.box[3]]], { maxZoom: 9, padding: [20, 20], animate: false });
      case 'popup': return this._popup(op);
      case 'area': return this._setArea(op.box);
      case 'candidates': return this._setCandidates(op.items);
      case 'legend':
        this._labels = op;
        // The legend comes with every change of UI language, which the page's lang attribute names.
        this._basemap.setLanguage(this.closest('[lang]')?.getAttribute('lang') || 'en');
        return this._renderLegend();
      case 'overlays': return this._setOverlays(op);
      default: console.warn('kharita-leaflet-map: unknown op', op);
    }
  }

  /**
   * The server restates the view with every navigation; the same view again would fire a moveend
   * and ask the server for the same data a second time, doubling the wait after a filter change.
   */
  _setView({ lat, lon, zoom }) {
    const c = this._map.getCenter();
    if (this._map.getZoom() === zoom && Math.abs(c.lat - lat) < 1e-5 && Math.abs(c.lng - lon) < 1e-5) return;
    this._map.setView([lat, lon], zoom, { animate: false });
  }

  _setOptions({ tileUrl, tileAttribution, dataAttribution }) {
    if (this._tiles) {
      this._map.removeLayer(this._tiles);
      this._tiles = null;
    }
    if (tileUrl) {
      this._tiles = L.tileLayer(tileUrl, { maxZoom: DEFAULTS.maxZoom, attribution: escapeHtml(tileAttribution || '') });
      this._tiles.addTo(this._map);
      this._tiles.bringToBack();
    }
    this._basemap.setEnabled(!tileUrl);
    if (this._dataAttribution) this._map.attributionControl.removeAttribution(this._dataAttribution);
    this._dataAttribution = escapeHtml(dataAttribution || '');
    if (this._dataAttribution) this._map.attributionControl.addAttribution(this._dataAttribution);
  }

  _setData({ points, clusters }) {
    this._cluster.clearLayers();
    this._areas.clearLayers();
    this._serverClusters.clearLayers();
    this._markers.clear();
    const heat = [];
    const pins = [];
    for (const [id, lat, lon, type, precision, area, sources = 1, contested = false] of points) {
      const colour = TYPE_COLOURS[type] || TYPE_COLOURS.other;
      heat.push([lat, lon, 1]);
      if (precision >= 3) {
        // Known only to a region or country: its area, not a pin.
        const shape = area
          ? L.rectangle([[area[0], area[1]], [area[2], area[3]]], { color: colour, weight: 1.5, dashArray: '5 4', fillOpacity: 0.08 })
          : L.circle([lat, lon], { radius: precision >= 4 ? DEFAULTS.countryRadius : DEFAULTS.regionRadius, color: colour, weight: 1.5, dashArray: '5 4', fillOpacity: 0.06 });
        shape.on('click', () => this._fire('kharita-marker-click', { id: String(id) }));
        shape.on('add', () => tagEvent(shape.getElement(), id));
        this._areas.addLayer(shape);
        this._markers.set(String(id), shape);
        continue;
      }
      // A fused event reported by several independent sources carries their number; a contested one a ring.
      const badge = sources > 1 ? `<span class="kharita-sources">${Number(sources)}</span>` : '';
      const marker = L.marker([lat, lon], {
        icon: L.divIcon({
          className: `kharita-marker kharita-type-${type} kharita-prec-${precision}${contested ? ' kharita-contested' : ''}`,
          iconSize: [14, 14],
          html: badge,
        }),
        keyboard: true,
      });
      marker.on('click', () => this._fire('kharita-marker-click', { id: String(id) }));
      // Leaflet creates the icon element each time the marker leaves a cluster; tag it then.
      marker.on('add', () => {
        tagEvent(marker.getElement(), id);
        if (marker.getElement()) marker.getElement().setAttribute('data-sources', String(sources));
      });
      this._markers.set(String(id), marker);
      pins.push(marker);
    }
    this._cluster.addLayers(pins);
    const max = clusters.reduce((m, c) => Math.max(m, c[2]), 1);
    for (const [lat, lon, count, type, samePlace] of clusters) {
      heat.push([lat, lon, Math.max(0.15, count / max)]);
      const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      const icon = L.divIcon({
        html: `<div><span>${count}</span></div>`,
        className: `marker-cluster marker-cluster-${size} kharita-server-cluster${samePlace ? ' kharita-same-place' : ''}`,
        iconSize: [40, 40],
      });
      const m = L.marker([lat, lon], { icon, keyboard: true, title: String(count) });
      m.on('click', () => this._map.setView([lat, lon], Math.min(this._map.getZoom() + 2, DEFAULTS.maxZoom)));
      this._serverClusters.addLayer(m);
    }
    this._heat.setLatLngs(heat);
    // The legend lists the types on screen, not the whole taxonomy.
    this._typesShown = new Set([...points.map((p) => p[3]), ...clusters.map((c) => c[3])]);
    this._renderLegend();
    this.setAttribute('data-points', String(points.length));
    this.setAttribute('data-clusters', String(clusters.length));
    this._lit = new Set();
    this._fireRendered(points.length, clusters.length);
  }

  /**
   * After the browser has painted the new layers (the second animation frame) and handed the main
   * thread back (a task after it), the map takes input again: that is when the filter change is
   * over for the person looking at it. The viewer's time-to-interactive benchmark waits for this.
   */
  _fireRendered(points, clusters) {
    const serial = (this._renderSerial = (this._renderSerial || 0) + 1);
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
      if (serial !== this._renderSerial) return;
      this.setAttribute('data-rendered', String(serial));
      this._fire('kharita-map-rendered', { points, clusters, t: performance.now() });
    })));
  }

  _listenForLinks(canvas) {
    const eventOf = (e) => (e.target instanceof Element ? e.target.closest('[data-marker-id]') : null);
    canvas.addEventListener('mouseover', (e) => {
      const el = eventOf(e);
      if (el) announceLink([el.getAttribute('data-marker-id')]);
    });
    canvas.addEventListener('mouseout', (e) => {
      if (eventOf(e) && !(e.relatedTarget instanceof Element && e.relatedTarget.closest('[data-marker-id]'))) announceLink([]);
    });
    canvas.addEventListener('focusin', (e) => {
      const el = eventOf(e);
      if (el) announceLink([el.getAttribute('data-marker-id')]);
    });
    // Leaflet opens a marker on Enter (keypress) only; Space too, and areas (SVG paths) alike.
    canvas.addEventListener('keydown', (e) => {
      const el = eventOf(e);
      if (!el || !isActivation(e)) return;
      e.preventDefault();
      e.stopPropagation();
      this._fire('kharita-marker-click', { id: el.getAttribute('data-marker-id') });
    });
    onLink((rows) => this._light(rows));
  }

  /** Lights the announced events where they are drawn: the pin, its cluster, or its area. */
  _light(rows) {
    for (const el of this._lit || []) el.classList.remove('kharita-linked');
    this._lit = new Set();
    for (const id of rows) {
      const layer = this._markers.get(id);
      // Under the heatmap no marker is drawn to light.
      if (!layer || !this._map || this._heatOn) continue;
      const shown = this._cluster.hasLayer(layer) ? this._cluster.getVisibleParent(layer) : layer;
      const el = shown && shown.getElement && shown.getElement();
      if (el) {
        el.classList.add('kharita-linked');
        this._lit.add(el);
      }
    }
  }

  /**
   * Opened on the map at the event's point, not through markercluster's zoomToShowLayer: the server has
   * already set the view, and its next data replaces every marker, so zoomToShowLayer's pending
   * callback met a marker no longer in the cluster (errors, and for stacked markers a zoom to 18 and
   * no popup). A popup on the map outlives the markers being redrawn.
   */
  _popup(op) {
    const claimClicked = (id) => this._fire('kharita-marker-click', { id: String(id) });
    const fusionAction = (action, id) => this._fire('kharita-fusion-action', { action, id: String(id) });
    // A fused event's claims make a tall popup; taller than the map, its auto-pan pushed the event's own point
    // (and its neighbours) out of view, and the map then drew nothing under it. It scrolls instead.
    const maxHeight = Math.max(120, Math.round(this._map.getSize().y * 0.6));
    L.popup({ maxWidth: 380, maxHeight }).setLatLng([op.lat, op.lon]).setContent(popupContent(op, claimClicked, fusionAction)).openOn(this._map);
    // the browser tests' signal that the popup, claims included, is on screen
    this.setAttribute('data-popup', String(op.id));
    this.setAttribute('data-popup-claims', String(op.fused ? op.fused.claims.length : 0));
  }

  /** One semi-transparent polygon per overlay layer; a layer the analyst has unticked stays hidden. */
  _setOverlays({ asOf, shapes, delete: deleteLabel }) {
    this._overlayAsOf = asOf || 'as of';
    this._overlayDelete = deleteLabel || null;
    this._overlayShapes = shapes || [];
    this._drawOverlays();
    this._renderLegend();
  }

  _drawOverlays() {
    this._overlay.clearLayers();
    for (const s of this._overlayShapes) {
      if (this._overlayHidden.has(s.layer)) continue;
      L.geoJSON(s.geometry, {
        pane: 'kharita-overlay',
        interactive: false,
        style: { color: '#7b241c', weight: 1, fillColor: '#c0392b', fillOpacity: 0.18, className: 'kharita-overlay-shape' },
      }).addTo(this._overlay);
    }
    this.setAttribute('data-overlays', this._overlayShapes.filter((s) => !this._overlayHidden.has(s.layer)).map((s) => s.date).join(' '));
  }

  _setArea(box) {
    if (this._areaLayer) this._map.removeLayer(this._areaLayer);
    this._areaLayer = null;
    if (box) {
      this._areaLayer = L.rectangle([[box[0], box[1]], [box[2], box[3]]],
        { color: '#1f618d', weight: 2, fill: false, interactive: false, className: 'kharita-area' }).addTo(this._map);
    }
    if (this._clearButton) this._clearButton.style.display = box ? '' : 'none';
  }

  _setCandidates(items) {
    this._candidates.clearLayers();
    if (!items || !items.length) return;
    items.forEach((c, index) => {
      const m = L.circleMarker([c.lat, c.lon], {
        radius: 9, color: c.chosen ? '#b7950b' : '#1f618d', weight: 3, fillOpacity: 0.5, className: 'kharita-candidate',
      });
      m.bindTooltip(`${c.label} · ${c.score}`, { permanent: true, direction: 'right', className: 'kharita-candidate-label' });
      m.on('click', () => this._fire('kharita-candidate-click', { index }));
      this._candidates.addLayer(m);
    });
    const b = L.latLngBounds(items.map((c) => [c.lat, c.lon]));
    this._map.fitBounds(b.pad(0.3), { maxZoom: 9 });
  }

  /** The next click on the map drops a pin for the mention being corrected. */
  startPinDrop() {
    this._pinMode = true;
    this._map.getContainer().style.cursor = 'crosshair';
  }

  _addControls() {
    const Buttons = L.Control.extend({
      onAdd: () => {
        const box = L.DomUtil.create('div', 'leaflet-bar kharita-map-buttons');
        this._heatButton = button(box, 'kharita-heat-toggle', () => this._toggleHeat());
        this._drawButton = button(box, 'kharita-draw-area', () => this._toggleDraw());
        this._clearButton = button(box, 'kharita-clear-area', () => this._fire('kharita-area-drawn', { box: null }));
        this._clearButton.style.display = 'none';
        L.DomEvent.disableClickPropagation(box);
        return box;
      },
    });
    new Buttons({ position: 'topleft' }).addTo(this._map);
    const Legend = L.Control.extend({
      onAdd: () => {
        this._legend = L.DomUtil.create('div', 'kharita-legend');
        return this._legend;
      },
    });
    new Legend({ position: 'bottomleft' }).addTo(this._map);
    this._renderLegend();
    this._map.on('click', (e) => {
      if (!this._pinMode) return;
      this._pinMode = false;
      this._map.getContainer().style.cursor = '';
      this._fire('kharita-pin-dropped', { lat: e.latlng.lat, lon: e.latlng.lng });
    });
    this._map.on('mousedown', (e) => this._drawStart(e));
    this._map.on('mousemove', (e) => this._drawMove(e));
    this._map.on('mouseup', (e) => this._drawEnd(e));
  }

  _renderLegend() {
    if (!this._legend) return;
    const l = this._labels;
    this._legend.replaceChildren();
    const title = document.createElement('div');
    title.className = 'kharita-legend-title';
    title.textContent = l.title;
    this._legend.appendChild(title);
    const shown = this._typesShown || new Set();
    for (const [type, label] of (l.entries || []).filter(([t]) => shown.has(t))) {
      const row = document.createElement('div');
      const swatch = document.createElement('span');
      swatch.className = `kharita-legend-swatch kharita-type-${type}`;
      swatch.style.background = TYPE_COLOURS[type] || TYPE_COLOURS.other;
      row.append(swatch, document.createTextNode(label));
      this._legend.appendChild(row);
    }
    const area = document.createElement('div');
    const dashed = document.createElement('span');
    dashed.className = 'kharita-legend-swatch kharita-legend-area';
    area.append(dashed, document.createTextNode(l.areaLabel || 'region-level: its area'));
    this._legend.appendChild(area);
    for (const s of this._overlayShapes || []) this._legend.appendChild(this._overlayLegendRow(s));
    if (this._heatButton) {
      setLabel(this._heatButton, l.heat);
      setLabel(this._drawButton, l.draw);
      setLabel(this._clearButton, l.clear);
    }
  }

  /**
   * A checkbox that hides or shows one overlay layer, labelled with its name and the date of its shape;
   * for analysts, a button beside it that asks the server to delete the layer (the server confirms).
   */
  _overlayLegendRow(s) {
    const label = this._overlayToggle(s);
    if (!this._overlayDelete) return label;
    const row = document.createElement('div');
    row.className = 'kharita-legend-overlay-row';
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'kharita-overlay-delete';
    del.textContent = '✕';
    del.title = `${this._overlayDelete}: ${s.name}`;
    del.setAttribute('aria-label', del.title);
    del.addEventListener('click', () => this._fire('kharita-overlay-delete', { layer: s.layer }));
    L.DomEvent.disableClickPropagation(row);
    row.append(label, del);
    return row;
  }

  _overlayToggle(s) {
    const row = document.createElement('label');
    row.className = 'kharita-legend-overlay';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'kharita-overlay-toggle';
    box.checked = !this._overlayHidden.has(s.layer);
    box.addEventListener('change', () => {
      if (box.checked) this._overlayHidden.delete(s.layer);
      else this._overlayHidden.add(s.layer);
      this._drawOverlays();
    });
    L.DomEvent.disableClickPropagation(row);
    const swatch = document.createElement('span');
    swatch.className = 'kharita-legend-swatch kharita-legend-overlay-swatch';
    row.append(box, swatch, document.createTextNode(`${s.name} (${this._overlayAsOf} ${s.date})`));
    return row;
  }

  /** The heatmap replaces the markers: drawn under pins and cluster discs it could not be seen. */
  _toggleHeat() {
    this._heatOn = !this._heatOn;
    const markers = [this._areas, this._cluster, this._serverClusters];
    if (this._heatOn) {
      markers.forEach((l) => this._map.removeLayer(l));
      this._map.addLayer(this._heat);
    } else {
      this._map.removeLayer(this._heat);
      markers.forEach((l) => this._map.addLayer(l));
    }
    this.setAttribute('data-heat', this._heatOn ? 'on' : 'off');
    this._heatButton.classList.toggle('active', this._heatOn);
    this._heatButton.setAttribute('aria-pressed', String(this._heatOn));
  }

  _toggleDraw() {
    this._drawing = !this._drawing;
    this._drawButton.classList.toggle('active', this._drawing);
    this._drawButton.setAttribute('aria-pressed', String(this._drawing));
    if (this._drawing) this._map.dragging.disable();
    else this._map.dragging.enable();
  }

  _drawStart(e) {
    if (!this._drawing) return;
    this._drawFrom = e.latlng;
    this._drawRect = L.rectangle([e.latlng, e.latlng], { color: '#1f618d', weight: 2, dashArray: '4 3', fill: false }).addTo(this._map);
  }

  _drawMove(e) {
    if (this._drawRect) this._drawRect.setBounds([this._drawFrom, e.latlng]);
  }

  _drawEnd(e) {
    if (!this._drawRect) return;
    const b = L.latLngBounds(this._drawFrom, e.latlng);
    this._map.removeLayer(this._drawRect);
    this._drawRect = null;
    this._toggleDraw();
    if (b.getNorth() - b.getSouth() < 1e-6) return;
    this._fire('kharita-area-drawn', { box: [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()] });
  }

  _fireMoved() {
    // The view moved: what is drawn is for the old one until the server's data for this one is drawn.
    // A pending render of the old data no longer counts, and data-rendered is set again by the next.
    this._renderSerial = (this._renderSerial || 0) + 1;
    this.removeAttribute('data-rendered');
    const b = this._map.getBounds();
    const c = this._map.getCenter();
    this._fire('kharita-map-moved', {
      south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast(),
      zoom: this._map.getZoom(), lat: c.lat, lon: c.lng,
    });
  }

  _fire(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

/** The event's id on its drawn element, and a place in the Tab order (SVG paths have none by default). */
function tagEvent(el, id) {
  if (!el) return;
  el.setAttribute('data-marker-id', id);
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
}

function button(parent, cls, onClick) {
  const a = L.DomUtil.create('a', cls, parent);
  a.href = '#';
  a.setAttribute('role', 'button');
  a.setAttribute('aria-pressed', 'false');
  L.DomEvent.on(a, 'click', (e) => {
    L.DomEvent.preventDefault(e);
    onClick();
  });
  // A link acts on Enter by itself; a button also acts on Space.
  L.DomEvent.on(a, 'keydown', (e) => {
    if (e.key !== ' ') return;
    L.DomEvent.preventDefault(e);
    onClick();
  });
  return a;
}

function setLabel(el, text) {
  el.textContent = text;
  el.title = text;
  el.setAttribute('aria-label', text);
}

/**
 * Built from text nodes only: an article's words never become markup. A fused event lists every claim
 * with its claimant, outlet, date, type and count, each a link to its sentence (onClaim with its row id).
 */
function popupContent(m, onClaim, onAction) {
  const root = document.createElement('div');
  root.className = 'kharita-popup';
  const line = (cls, text) => {
    const el = document.createElement('div');
    el.className = cls;
    el.textContent = text || '';
    root.appendChild(el);
    return el;
  };
  line('kharita-popup-place', m.place);
  line('kharita-popup-meta', [m.date, m.type].filter(Boolean).join(' · '));
  line('kharita-popup-sentence', m.sentence).setAttribute('dir', 'auto');
  if (m.source) line('kharita-popup-source', m.source);
  if (m.fused) {
    line('kharita-popup-fused', m.fused.heading);
    if (m.fused.contested) line('kharita-popup-contested', m.fused.contested);
    const list = document.createElement('ol');
    list.className = 'kharita-claims';
    for (const c of m.fused.claims) {
      const item = document.createElement('li');
      item.className = 'kharita-claim' + (c.selected ? ' kharita-claim-selected' : '');
      item.setAttribute('data-row', c.id);
      const who = document.createElement('div');
      who.className = 'kharita-claim-who';
      who.textContent = [c.claimant, c.outlet].filter(Boolean).join(' · ');
      const what = document.createElement('div');
      what.className = 'kharita-claim-what';
      what.textContent = [c.date, c.type, c.killed != null ? `${m.fused.killedLabel || 'killed'}: ${c.killed}` : null].filter(Boolean).join(' · ');
      const link = document.createElement('a');
      link.href = '#';
      link.className = 'kharita-claim-sentence';
      link.setAttribute('dir', 'auto');
      link.textContent = c.sentence || '';
      link.addEventListener('click', (e) => {
        e.preventDefault();
        onClaim(c.id);
      });
      item.append(who, what, link);
      if (m.actions && m.actions.split) {
        item.appendChild(actionButton('kharita-claim-split', m.actions.split, () => onAction('split', c.id)));
      }
      list.appendChild(item);
    }
    root.appendChild(list);
  }
  if (m.actions && m.actions.merge) {
    root.appendChild(actionButton('kharita-popup-merge', m.actions.merge, () => onAction('merge', m.id)));
  }
  return root;
}

/** An analyst's button in a popup: a request to the server, which checks who may make it. */
function actionButton(cls, text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.textContent = text;
  b.addEventListener('click', (e) => {
    e.preventDefault();
    onClick();
  });
  return b;
}

function escapeHtml(s) {
  const div = document.createElement('div');
  div.textContent = s;
  return div.innerHTML;
}

customElements.define('kharita-leaflet-map', KharitaLeafletMap);
