/*
 * <kharita-leaflet-map>: a thin Leaflet map driven by the server (org.kharita.ui.LeafletMap).
 *
 * The server sends its changes in one batch per round trip: applyChanges([...ops]). Each op is
 * one of
 *   { op: 'options', tileUrl, tileAttribution, dataAttribution }   (re)configure layers
 *   { op: 'markers', markers: [{ id, lat, lon, place, date, type, sentence }] }   replace all
 *   { op: 'fit' }                                    zoom to show every marker
 *   { op: 'focus', id }                              show a marker (uncluster it) and open its popup
 *   { op: 'flyTo', lat, lon, zoom }                  move the view
 * The map fires 'kharita-marker-click' (detail.id) when a marker is clicked.
 *
 * Renders into light DOM so Leaflet's global CSS applies (STACK.md). No tiles at all is a normal
 * state (no internet here, empty tile URL in tests): the country outlines from world-atlas are
 * always drawn underneath, so the map stays readable.
 */
import { LitElement, html } from 'lit';
import L from 'leaflet';
import 'leaflet.markercluster';
import { feature, mesh } from 'topojson-client';

const DEFAULTS = {
  /** Clustering needs a known max zoom before any tile layer exists (STACK.md pitfall). */
  maxZoom: 18,
  minZoom: 2,
  /** Whole-world start, replaced by 'fit' once markers arrive. */
  center: [48, 40],
  zoom: 4,
  /** Markers closer than this many pixels merge into a cluster. */
  clusterRadius: 40,
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
    });
    this._map.attributionControl.setPrefix(false);
    this._cluster = L.markerClusterGroup({ maxClusterRadius: DEFAULTS.clusterRadius, showCoverageOnHover: false });
    this._map.addLayer(this._cluster);
    this._loadBasemap();
    new ResizeObserver(() => this._map.invalidateSize()).observe(this);
    const queued = this._pending;
    this._pending = [];
    queued.forEach((op) => this._apply(op));
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
      case 'markers': return this._setMarkers(op.markers);
      case 'fit': return this._fit();
      case 'focus': return this._focus(op.id);
      case 'flyTo': return this._map.flyTo([op.lat, op.lon], op.zoom || 11);
      default: console.warn('kharita-leaflet-map: unknown op', op);
    }
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
    if (this._dataAttribution) this._map.attributionControl.removeAttribution(this._dataAttribution);
    this._dataAttribution = escapeHtml(dataAttribution || '');
    if (this._dataAttribution) this._map.attributionControl.addAttribution(this._dataAttribution);
  }

  _setMarkers(markers) {
    this._cluster.clearLayers();
    this._markers.clear();
    const layers = markers.map((m) => {
      const marker = L.marker([m.lat, m.lon], {
        icon: L.divIcon({ className: `kharita-marker kharita-type-${m.type}`, iconSize: [14, 14] }),
        title: m.place,
      });
      marker.bindPopup(() => popupContent(m), { maxWidth: 320 });
      marker.on('click', () => this._fire('kharita-marker-click', { id: m.id }));
      // Leaflet creates the icon element each time the marker leaves a cluster; tag it then.
      marker.on('add', () => marker.getElement().setAttribute('data-marker-id', m.id));
      this._markers.set(m.id, marker);
      return marker;
    });
    this._cluster.addLayers(layers);
  }

  _fit() {
    const bounds = this._cluster.getBounds();
    if (bounds.isValid()) this._map.fitBounds(bounds.pad(0.2), { maxZoom: 9 });
  }

  _focus(id) {
    const marker = this._markers.get(id);
    if (!marker) return;
    // zoomToShowLayer opens the cluster holding the marker (zooming or spiderfying) first.
    this._cluster.zoomToShowLayer(marker, () => marker.openPopup());
  }

  async _loadBasemap() {
    // A separate chunk: the outlines are the biggest asset and the map works before they arrive.
    const topo = (await import('world-atlas/countries-50m.json')).default;
    const land = feature(topo, topo.objects.countries);
    const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
    const pane = this._map.createPane('kharita-basemap');
    pane.style.zIndex = 150;
    L.geoJSON(land, { pane, interactive: false, style: { stroke: false, fillColor: '#f3efe6', fillOpacity: 1 } })
      .addTo(this._map);
    L.geoJSON(borders, { pane, interactive: false, style: { color: '#8a8377', weight: 1, fill: false } })
      .addTo(this._map);
    this._fire('kharita-basemap-ready', {});
  }

  _fire(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

/** Built from text nodes only: an article's words never become markup. */
function popupContent(m) {
  const root = document.createElement('div');
  root.className = 'kharita-popup';
  const line = (cls, text) => {
    const el = document.createElement('div');
    el.className = cls;
    el.textContent = text;
    root.appendChild(el);
    return el;
  };
  line('kharita-popup-place', m.place);
  line('kharita-popup-meta', [m.date || 'date unknown', m.type].join(' · '));
  line('kharita-popup-sentence', m.sentence).setAttribute('dir', 'auto');
  return root;
}

function escapeHtml(s) {
  const div = document.createElement('div');
  div.textContent = s;
  return div.innerHTML;
}

customElements.define('kharita-leaflet-map', KharitaLeafletMap);
