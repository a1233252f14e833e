package org.kharita.ui;

import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kharita.corpus.ArticleSummary;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.Overlays;
import org.kharita.corpus.EventFilter.PlaceChoice;
import org.kharita.corpus.EventRow;
import org.kharita.corpus.IngestResult;
import org.kharita.corpus.IngestService;
import org.kharita.corpus.MapData;
import org.kharita.corpus.StoredArticle;
import org.kharita.corpus.Viewport;
import org.kharita.extract.BadInputException;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The viewer: filters, map, timeline, event list and article text, all reading one {@link ViewState}
 * that lives in the URL. A filter change navigates (a history entry, so back and forward work);
 * beforeEnter applies whatever the URL says, so a reload or a shared link reproduces the view.
 * Map moves and selections replace the URL in place. The view wires components to the corpus;
 * what each shows is decided in the components.
 */
@Route("")
@PageTitle("Kharita")
@AnonymousAllowed
@CssImport("./styles/kharita.css")
@JsModule("./viewer.js")
public class MainView extends VerticalLayout implements BeforeEnterObserver {
    static final String ARTICLE_PARAM = "article";
    /** Above this many matching events the vis-timeline of single items gives way to the histogram alone. */
    static final int TIMELINE_ITEMS = 300;
    static final int SUGGESTIONS = 15;

    private final Corpus corpus;
    private final IngestService ingestService;
    private final ViewerActions actions;
    private final Overlays overlays;
    private final FusionActions fusionActions;
    final LeafletMap map = new LeafletMap();
    final TimeHistogram histogram = new TimeHistogram();
    final EventTimeline timeline = new EventTimeline();
    final ArticleTextPanel text = new ArticleTextPanel();
    final Grid<EventRow> list = new Grid<>();
    final ComboBox<ArticleSummary> articles = new ComboBox<>();
    final Button add = new Button(VaadinIcon.PLUS.create());
    final Button language = new Button();
    final Span count = new Span();
    final Div exports = new Div();
    /** The first Tab stop: straight to the map, past the header and the filters. */
    final Anchor skip = new Anchor("#kharita-map", "");

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();
    final TextField actor = new TextField();
    final TextField source = new TextField();
    final MultiSelectComboBox<Integer> precisions = new MultiSelectComboBox<>();
    final TextField sentence = new TextField();
    final ComboBox<PlaceChoice> place = new ComboBox<>();
    final Button clear = new Button(VaadinIcon.CLOSE_SMALL.create());
    final FusionFilters fusion = new FusionFilters();

    private ViewState state = ViewState.DEFAULT;
    private Viewport viewport;
    /** What the map's overlay shows now: the language and each shape's layer and date. */
    private List<Object> overlaysShown;
    private Texts texts = Texts.of("en");
    /** While the URL's state is written into the fields, their change events are not the user's. */
    private boolean applying;

    public MainView(Corpus corpus, IngestService ingestService, MapSettings settings, ViewerActions actions, Overlays overlays) {
        this.corpus = corpus;
        this.overlays = overlays;
        this.ingestService = ingestService;
        this.actions = actions;
        this.fusionActions = new FusionActions(corpus, actions);
        addClassName("kharita-main");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        skip.addClassName("kharita-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        map.setId("kharita-map");
        map.addClassName("kharita-map");
        map.setSizeFull();
        map.setLayers(settings.tileUrl(), settings.tileAttribution(), MapSettings.DATA_ATTRIBUTION);
        histogram.addClassName("kharita-histogram");
        histogram.setWidthFull();
        timeline.addClassName("kharita-timeline");
        timeline.setWidthFull();
        text.addClassName("kharita-text");

        articles.setItemLabelGenerator(MainView::articleLabel);
        articles.setWidth("24em");
        articles.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showArticle(e.getValue().id(), TextLayout.NONE);
                replaceUrl(state.withSelection(e.getValue().id(), null));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> openIngestDialog());
        add.setVisible(actions.mayEdit());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClassName("kharita-language");
        language.addClickListener(e -> navigate(state.withLang("ar".equals(state.lang()) ? "en" : "ar")));
        count.addClassName("kharita-count");
        exports.addClassName("kharita-exports");

        H1 title = new H1("Kharita");
        title.addClassName("kharita-title");
        HorizontalLayout header = new HorizontalLayout(title, articles, add);
        header.add(actions.headerButtons(this));
        header.add(exports, language);
        header.addClassName("kharita-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();

        HorizontalLayout filters = filterBar();

        list.addClassName("kharita-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.setSelectionMode(Grid.SelectionMode.SINGLE);
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                fusionActions.picked(this, e.getValue().id());
                selectRow(e.getValue().id(), true);
            }
        });

        VerticalLayout left = new VerticalLayout(map, histogram, timeline);
        left.setPadding(false);
        left.setSpacing(false);
        left.setSizeFull();
        left.setFlexGrow(1, map);
        SplitLayout right = new SplitLayout(list, text, SplitLayout.Orientation.VERTICAL);
        right.setSplitterPosition(40);
        right.setSizeFull();
        SplitLayout split = new SplitLayout(left, right);
        split.setSplitterPosition(58);
        split.setSizeFull();
        split.addClassName("kharita-split");

        add(skip, header, filters, split);
        setFlexGrow(1, split);

        map.addMarkerClickListener(e -> parseId(e.getMarkerId()).ifPresent(id -> {
            fusionActions.picked(this, id);
            selectRow(id, false);
        }));
        map.addFusionActionListener(e -> fusionActions.requested(this, e));
        map.addMoveListener(e -> {
            viewport = e.getViewport();
            refreshMap();
            replaceUrl(state.withMap(new ViewState.MapView(e.getLat(), e.getLon(), e.getViewport().zoom())));
        });
        map.addOverlayDeleteListener(e -> actions.confirmOverlayDelete(this, e.getLayer()));
        map.addAreaDrawnListener(e -> navigate(state.withFilter(state.filter().withArea(e.getBox()))));
        histogram.addBrushListener(e -> {
            ViewState next = state.withFilter(state.filter().withDates(e.getFrom(), e.getTo()));
            // Play steps through time without filling the history with every frame.
            if (e.isPlaying()) {
                applyState(next, false);
                replaceUrl(next);
            } else navigate(next);
        });
        timeline.addItemClickListener(e -> parseId(e.getItemId()).ifPresent(id -> selectRow(id, true)));
        text.addTextClickListener(e -> {
            if (e.getMention() >= 0) selectMention(e.getMention());
            else if (e.getRows().length > 0) selectRow(e.getRows()[0], true);
        });
        applyLanguage();
    }

    private HorizontalLayout filterBar() {
        types.setItems(Arrays.stream(EventType.values()).map(EventType::code).toList());
        
        precisions.setItems(1, 2, 3, 4);
        for (var field : List.of(from, to)) field.getElement().setAttribute("theme", "small");
        for (var field : List.of(actor, source, sentence)) field.getElement().setAttribute("theme", "small");
        for (var field : List.of(types, precisions)) field.getElement().setAttribute("theme", "small");
        place.getElement().setAttribute("theme", "small");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        for (TextField f : List.of(actor, source, sentence)) {
            f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            f.setClearButtonVisible(true);
            f.setMaxLength(200);
        }
        place.setItemLabelGenerator(this::placeLabel);
        place.setItems(query -> corpus.places(query.getFilter().orElse(""), SUGGESTIONS).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        place.setClearButtonVisible(true);
        place.setWidth("13em");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> navigate(state.withFilter(EventFilter.NONE)));

        from.addValueChangeListener(e -> dateChanged(e.isFromClient()));
        to.addValueChangeListener(e -> dateChanged(e.isFromClient()));
        types.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        fusion.onChange(this::filterChanged);
        precisions.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        actor.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        source.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        sentence.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        place.addValueChangeListener(e -> {
            if (!e.isFromClient() || applying) return;
            // A new place: show all of it, not the old view.
            navigate(new ViewState(fieldsFilter(), null, state.article(), null, state.lang()));
        });

        HorizontalLayout bar = new HorizontalLayout(from, to, place, types, actor, source, precisions, sentence);
        bar.add(fusion.fields());
        if (!corpus.countsFusedEvents()) fusion.reportsOnly();
        bar.add(clear, count);
        bar.addClassName("kharita-filters");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void dateChanged(boolean fromClient) {
        if (!fromClient || applying) return;
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (f != null && t != null && f.isAfter(t)) {
            error(texts.format("rangeBackwards", f, t));
            return;
        }
        filterChanged(true);
    }

    private void filterChanged(boolean fromClient) {
        if (!fromClient || applying) return;
        navigate(state.withFilter(fieldsFilter()));
    }

    /** The filter as the fields show it; the drawn area comes from the map, kept from the state. */
    EventFilter fieldsFilter() {
        return fusion.applyTo(new EventFilter(from.getValue(), to.getValue(), types.getValue(), actor.getValue(),
                source.getValue(), precisions.getValue(), sentence.getValue(), place.getValue(), state.filter().area()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ViewState.Parsed parsed = ViewState.parse(event.getLocation().getQueryParameters().getParameters());
        if (!parsed.problems().isEmpty()) error(String.join(" ", parsed.problems()));
        applyState(parsed.state(), true);
    }

    /** Writes a state into every component; with {@code full}, also the selection, language and map view. */
    void applyState(ViewState next, boolean full) {
        boolean langChanged = !next.lang().equals(state.lang());
        state = next;
        if (langChanged) applyLanguage();
        applying = true;
        try {
            EventFilter f = next.filter();
            from.setValue(f.from());
            to.setValue(f.to());
            types.setValue(f.types());
            precisions.setValue(f.precisions());
            actor.setValue(f.actor() == null ? "" : f.actor());
            source.setValue(f.source() == null ? "" : f.source());
            sentence.setValue(f.text() == null ? "" : f.text());
            place.setValue(f.place());
            fusion.show(f);
        } finally {
            applying = false;
        }
        map.setArea(next.filter().area());
        refresh();
        if (!full) return;
        if (next.map() != null) {
            map.setView(next.map().lat(), next.map().lon(), next.map().zoom());
        } else {
            corpus.extent(next.filter()).ifPresent(map::fitBounds);
        }
        if (next.event() != null && corpus.event(next.event()).isPresent()) {
            selectRow(next.event(), false);
        } else if (next.article() != null && corpus.article(next.article()).isPresent()) {
            showArticle(next.article(), TextLayout.NONE);
        } else if (text.getArticle() == null) {
            articles.getListDataView().getItems().findFirst().ifPresent(a -> showArticle(a.id(), TextLayout.NONE));
        }
    }

    /** Re-reads everything the filter selects: counts, list, histogram, timeline, map. */
    void refresh() {
        EventFilter f = state.filter();
        articles.setItems(corpus.articles());
        long n = corpus.count(f);
        boolean reports = f.reports() || !corpus.countsFusedEvents();
        count.setText(String.format("%,d %s", n, texts.get(reports ? "reports" : "events")));
        list.setItems(q -> corpus.events(f, q.getOffset(), q.getLimit()).stream(), q -> (int) Math.min(Integer.MAX_VALUE, corpus.count(f)));
        histogram.setData(corpus.histogram(f.withoutDates()), f.from(), f.to(), state.lang(), Map.of("play", texts.get("play"),
                "stop", texts.get("stop"), "clear", texts.get("allDates"), "range", texts.get("range"),
                "rangeKeys", texts.get("rangeKeys")));
        List<EventRow> few = n <= TIMELINE_ITEMS ? corpus.events(f, 0, TIMELINE_ITEMS) : List.of();
        timeline.setVisible(n <= TIMELINE_ITEMS);
        timeline.setItems(timelineItems(few, texts));
        refreshMap();
        refreshOverlays();
        updateExports();
    }

    /** The overlay shapes valid at the end of the dates; sent only when they (or the language) change, not on a pan. */
    void refreshOverlays() {
        List<Overlays.Shape> shapes = overlays.at(state.filter().to());
        List<Object> key = List.of(state.lang(), actions.mayEdit(), shapes.stream().map(s -> s.layerId() + "@" + s.validFrom()).toList());
        if (key.equals(overlaysShown)) return;
        overlaysShown = key;
        map.setOverlays(shapes, texts.get("overlayAsOf"), actions.mayEdit() ? texts.get("overlayDelete") : null);
    }

    void refreshMap() {
        map.setData(viewport == null ? corpus.map(state.filter(), Viewport.WORLD) : corpus.map(state.filter(), viewport));
    }

    /** One timeline item per event (an event at six villages is one item), dated as precisely as known. */
    static List<TimelineItem> timelineItems(List<EventRow> rows, Texts texts) {
        Map<String, List<EventRow>> byEvent = rows.stream().filter(r -> r.dateStart() != null)
                .collect(Collectors.groupingBy(r -> r.eventId() != null ? "e" + r.eventId() : "r" + r.id(),
                        java.util.LinkedHashMap::new, Collectors.toList()));
        List<TimelineItem> items = new ArrayList<>();
        for (List<EventRow> group : byEvent.values()) {
            EventRow r = group.get(0);
            Set<String> places = group.stream().filter(p -> p.placeName() != null).map(p -> Labels.placeName(p, texts))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            String label = texts.type(EventType.fromCode(r.type())) + (places.isEmpty() ? "" : " · " + String.join(texts.get("listSep"), places));
            boolean interval = r.datePrecision() != DatePrecision.DAY || !r.dateEnd().equals(r.dateStart());
            items.add(new TimelineItem(String.valueOf(r.id()), r.dateStart(), interval ? r.dateEnd() : null, label,
                    r.text(), r.type(), group.stream().map(EventRow::id).toList()));
        }
        return items;
    }

    void applyLanguage() {
        Texts before = texts;
        texts = Texts.of(state.lang());
        text.setTexts(texts);
        // The article's tooltips are in the old language: drawn again by whoever shows it next.
        if (before != texts) text.clear();
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setDirection(texts.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
            ui.getElement().setAttribute("lang", state.lang());
        }
        getElement().setAttribute("dir", texts.rightToLeft() ? "rtl" : "ltr");
        from.setLabel(texts.get("from"));
        to.setLabel(texts.get("to"));
        types.setLabel(texts.get("types"));
        actor.setLabel(texts.get("actor"));
        source.setLabel(texts.get("source"));
        precisions.setLabel(texts.get("precision"));
        precisions.setItemLabelGenerator(p -> texts.get("prec." + p));
        types.setItemLabelGenerator(code -> texts.type(EventType.fromCode(code)));
        sentence.setLabel(texts.get("text"));
        place.setLabel(texts.get("place"));
        clear.setText(texts.get("clear"));
        fusion.applyLanguage(texts);
        articles.setPlaceholder(texts.get("article"));
        add.setText(texts.get("add"));
        language.setText(texts.get("lang"));
        skip.setText(texts.get("skip"));
        timeline.setLanguage(state.lang());
        list.removeAllColumns();
        list.addColumn(r -> Labels.date(r.dateStart(), r.datePrecision(), texts)).setHeader(texts.get("col.date")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(r -> texts.type(EventType.fromCode(r.type()))).setHeader(texts.get("col.type")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(r -> Labels.place(r, texts)).setHeader(texts.get("col.place")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(r -> Labels.country(r.country(), state.lang())).setHeader(texts.get("col.country")).setAutoWidth(true).setFlexGrow(0);
        list.addColumn(r -> join(Labels.actor(r.actor1(), texts), Labels.actor(r.actor2(), texts))).setHeader(texts.get("col.actors")).setFlexGrow(1);
        list.addColumn(EventRow::text).setHeader(texts.get("col.text")).setFlexGrow(3);
        map.setLegend(texts.get("legend"), Arrays.stream(EventType.values())
                        .map(t -> new String[]{t.code(), texts.type(t)}).toList(),
                texts.get("area"), texts.get("heat"), texts.get("draw"), texts.get("clearArea"));
        actions.applyLanguage(texts);
    }

    private void updateExports() {
        exports.removeAll();
        String query = state.toQuery().getQueryString();
        for (String format : List.of("csv", "geojson", "kml")) {
            Anchor a = new Anchor("export/events." + format + (query.isEmpty() ? "" : "?" + query), format.toUpperCase());
            a.getElement().setAttribute("download", true);
            a.addClassName("kharita-export-" + format);
            exports.add(a);
        }
        Anchor reports = new Anchor("export/reports.csv" + (query.isEmpty() ? "" : "?" + query), texts.get("reportsCsv"));
        reports.getElement().setAttribute("download", true);
        reports.addClassName("kharita-export-reports");
        exports.add(reports);
    }

    /** An event row: its popup on the map, its article's text with the sentence lit, its timeline item. */
    void selectRow(long rowId, boolean focusMap) {
        Optional<EventRow> found = corpus.event(rowId);
        if (found.isEmpty()) return;
        EventRow r = found.get();
        if (focusMap) map.setView(r.lat(), r.lon(), Math.max(viewport == null ? 8 : viewport.zoom(), 8));
        map.showPopup(String.valueOf(r.id()), r.lat(), r.lon(), Labels.place(r, texts), Labels.date(r.dateStart(), r.datePrecision(), texts),
                texts.type(EventType.fromCode(r.type())), r.text(), sourceLine(r, texts));
        FusionFilters.claims(corpus, r, texts).ifPresent(map::setPopupClaims);
        fusionActions.offer(map, texts);
        if (r.fromArticle()) showArticle(r.articleId(), r.sentenceIndex());
        timeline.select(String.valueOf(r.id()));
        replaceUrl(state.withSelection(r.articleId(), r.id()));
    }

    static String sourceLine(EventRow r, Texts texts) {
        List<String> parts = new ArrayList<>();
        if (r.claimedBy() != null) parts.add(texts.format("claimedBy", Labels.actor(r.claimedBy(), texts)));
        if (r.reportedVia() != null) parts.add(texts.format("via", Labels.actor(r.reportedVia(), texts)));
        if (r.source() != null) parts.add(r.source());
        if (r.fatalities() != null) parts.add(texts.format("killed", r.fatalities()));
        return String.join(" · ", parts);
    }

    void showArticle(long id, int sentenceIndex) {
        StoredArticle current = text.getArticle();
        if (current == null || current.summary().id() != id) {
            Optional<StoredArticle> found = corpus.article(id);
            if (found.isEmpty()) return;
            StoredArticle a = found.get();
            Map<Integer, List<Long>> byMention = new HashMap<>();
            Map<Integer, List<Long>> bySentence = new HashMap<>();
            for (var e : a.events()) {
                for (EventRow r : corpus.rowsOfEvent(e.id())) {
                    if (r.mentionIndex() != null) byMention.computeIfAbsent(r.mentionIndex(), k -> new ArrayList<>()).add(r.id());
                    if (r.sentenceIndex() != null) bySentence.computeIfAbsent(r.sentenceIndex(), k -> new ArrayList<>()).add(r.id());
                }
            }
            text.show(a, new ArticleTextPanel.Links(byMention, bySentence));
            articles.setValue(a.summary());
        }
        text.highlightSentence(sentenceIndex);
    }

    /** After a correction: the article's text and everything plotted from it, read again. */
    void reloadArticle(long id) {
        text.clear();
        refresh();
        showArticle(id, TextLayout.NONE);
    }

    /** A place name in the text: its event's popup, or the place itself (and, for analysts, its candidates). */
    void selectMention(int mentionIndex) {
        selectMention(mentionIndex, true);
    }

    void selectMention(int mentionIndex, boolean offerCorrection) {
        StoredArticle a = text.getArticle();
        if (a == null || mentionIndex >= a.mentions().size()) return;
        for (var e : a.events()) {
            for (EventRow r : corpus.rowsOfEvent(e.id())) {
                if (r.mentionIndex() != null && r.mentionIndex() == mentionIndex) {
                    selectRow(r.id(), true);
                    if (offerCorrection) actions.mentionClicked(this, a, mentionIndex);
                    return;
                }
            }
        }
        var m = a.mentions().get(mentionIndex);
        if (m.resolved()) map.setView(m.resolution().place().lat(), m.resolution().place().lon(), 9);
        if (offerCorrection) actions.mentionClicked(this, a, mentionIndex);
    }

    private void openIngestDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("add"));
        dialog.setWidth("48em");
        IngestForm form = new IngestForm(texts);
        ProgressBar bar = new ProgressBar();
        bar.addClassName("kharita-ingest-progress");
        bar.setVisible(false);
        Span status = new Span();
        status.addClassName("kharita-ingest-status");
        form.addRejectedListener(e -> error(e.message()));
        form.addIngestListener(e -> {
            if (e.files().size() > 1) {
                ingestBatch(e, bar, status, () -> {
                    dialog.close();
                    form.clear();
                });
                return;
            }
            ingest(e).ifPresent(result -> {
                dialog.close();
                form.clear();
            });
        });
        dialog.add(form, bar, status);
        dialog.getFooter().add(new Button(texts.get("cancel"), e -> dialog.close()));
        dialog.open();
    }

    /**
     * Several uploaded files: each is its own article, stored whole or not at all, in the background
     * with a progress bar; the outcome names what was stored, recognised again, or refused and why.
     */
    void ingestBatch(IngestForm.IngestRequested e, ProgressBar bar, Span status, Runnable done) {
        if (!actions.mayEdit()) {
            error(texts.get("ingest.needsLogin"));
            return;
        }
        UI ui = UI.getCurrent();
        Texts words = texts;
        List<java.util.Map.Entry<String, byte[]>> files = e.files();
        bar.setVisible(true);
        bar.setValue(0);
        ui.setPollInterval(300);
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            int stored = 0, again = 0;
            List<String> refused = new java.util.ArrayList<>();
            for (int k = 0; k < files.size(); k++) {
                var f = files.get(k);
                try {
                    IngestResult r = ingestService.ingest(f.getValue(), f.getKey(), e.request());
                    if (r.duplicate()) again++;
                    else stored++;
                } catch (BadInputException bad) {
                    refused.add(bad.getMessage());
                }
                double fraction = (k + 1) / (double) files.size();
                String line = words.format("ingest.progress", k + 1, files.size());
                ui.access(() -> {
                    bar.setValue(fraction);
                    status.setText(line);
                });
            }
            return new BatchOutcome(stored, again, refused);
        }).whenComplete((outcome, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            bar.setVisible(false);
            if (failure != null) {
                org.slf4j.LoggerFactory.getLogger(MainView.class).warn("batch ingest stopped", failure);
                // Kept on the page, not only in a passing notification: the count alone would read as "still running".
                status.setText(words.format("ingest.stopped", failure.getMessage()));
                error(words.format("ingest.stopped", failure.getMessage()));
                return;
            }
            refresh();
            String msg = outcome.refused().isEmpty() ? words.format("ingest.batch", outcome.stored(), outcome.again())
                    : words.format("ingest.batchRefused", outcome.stored(), outcome.again(), outcome.refused().size(),
                    String.join("; ", outcome.refused()));
            status.setText(msg);
            Notification n = Notification.show(msg, 8000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(outcome.refused().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
            if (outcome.refused().isEmpty()) done.run();
        }));
    }

    private record BatchOutcome(int stored, int again, List<String> refused) {
    }

    /** Stores the article, reports the outcome in a notification, and shows it. */
    Optional<IngestResult> ingest(IngestForm.IngestRequested e) {
        if (!actions.mayEdit()) {
            error(texts.get("ingest.needsLogin"));
            return Optional.empty();
        }
        IngestResult r;
        try {
            r = e.file() != null ? ingestService.ingest(e.file(), e.fileName(), e.request())
                    : ingestService.ingest(e.request());
        } catch (BadInputException bad) {
            error(texts.format("ingest.refused", capitalise(bad.getMessage())));
            return Optional.empty();
        }
        refresh();
        showArticle(r.articleId(), TextLayout.NONE);
        Notification n = Notification.show(texts.get(r.duplicate() ? "ingest.again" : "ingest.stored"), 4000,
                Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return Optional.of(r);
    }

    ViewState state() {
        return state;
    }

    Texts texts() {
        return texts;
    }

    void navigate(ViewState next) {
        getUI().ifPresent(ui -> ui.navigate(MainView.class, next.toQuery()));
    }

    private void replaceUrl(ViewState next) {
        state = next;
        updateExports();
        String q = next.toQuery().getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, q.isEmpty() ? "." : "?" + q));
    }

    static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** A place choice with its country by name in the UI language (choices carry ISO codes). */
    private String placeLabel(PlaceChoice p) {
        String country = Labels.country(p.country(), state.lang());
        return Labels.placeName(p.name(), p.country(), texts) + (country.isBlank() ? "" : " (" + country + ")") + (p.region() ? " — " + texts.get("region") : "");
    }

    private static String articleLabel(ArticleSummary a) {
        return a.title() + " · " + (a.outlet() == null ? "" : a.outlet() + " · ")
                + (a.publishedAt() == null ? "" : a.publishedAt() + " · ") + a.language().code();
    }

    private static String join(String a, String b) {
        return a == null ? (b == null ? "" : b) : b == null ? a : a + " — " + b;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Optional<Long> parseId(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
