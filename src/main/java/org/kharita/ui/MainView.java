package org.kharita.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.kharita.corpus.ArticleSummary;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.IngestResult;
import org.kharita.corpus.IngestService;
import org.kharita.corpus.MapPoint;
import org.kharita.corpus.StoredArticle;
import org.kharita.corpus.TimelineEntry;
import org.kharita.extract.BadInputException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The viewer: map, timeline and article text, linked both ways. A marker or a timeline item
 * highlights its sentence; a place name in the text brings its marker up with its popup.
 * The view only wires components to the corpus; what each shows is decided in the components.
 */
@Route("")
@PageTitle("Kharita")
@CssImport("./styles/kharita.css")
public class MainView extends VerticalLayout implements BeforeEnterObserver {
    static final String ARTICLE_PARAM = "article";

    private final Corpus corpus;
    private final IngestService ingestService;
    final LeafletMap map = new LeafletMap();
    final EventTimeline timeline = new EventTimeline();
    final ArticleTextPanel text = new ArticleTextPanel();
    final ComboBox<ArticleSummary> articles = new ComboBox<>();
    final Button add = new Button("Add article", VaadinIcon.PLUS.create());
    private Map<String, MapPoint> points = Map.of();
    private Map<Long, TimelineEntry> events = Map.of();

    public MainView(Corpus corpus, IngestService ingestService, MapSettings settings) {
        this.corpus = corpus;
        this.ingestService = ingestService;
        addClassName("kharita-main");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        map.addClassName("kharita-map");
        map.setSizeFull();
        map.setLayers(settings.tileUrl(), settings.tileAttribution(), MapSettings.DATA_ATTRIBUTION);
        timeline.addClassName("kharita-timeline");
        timeline.setWidthFull();
        text.addClassName("kharita-text");

        articles.setPlaceholder("Article");
        articles.setItemLabelGenerator(a -> a.title() + (a.publishedAt() == null ? "" : " · " + a.publishedAt()));
        articles.setWidth("32em");
        articles.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) showArticle(e.getValue().id(), TextLayout.NONE);
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> openIngestDialog());

        H1 title = new H1("Kharita");
        title.addClassName("kharita-title");
        HorizontalLayout header = new HorizontalLayout(title, articles, add);
        header.addClassName("kharita-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();

        VerticalLayout left = new VerticalLayout(map, timeline);
        left.setPadding(false);
        left.setSpacing(false);
        left.setSizeFull();
        left.setFlexGrow(1, map);
        SplitLayout split = new SplitLayout(left, text);
        split.setSplitterPosition(60);
        split.setSizeFull();
        split.addClassName("kharita-split");

        Div footer = new Div(new Span(settings.attributionLine()));
        footer.addClassName("kharita-attribution");

        add(header, split, footer);
        setFlexGrow(1, split);

        map.addMarkerClickListener(e -> selectPoint(e.getMarkerId()));
        timeline.addItemClickListener(e -> selectEvent(Long.parseLong(e.getItemId()), true));
        text.addTextClickListener(e -> {
            if (e.getMention() >= 0) selectMention(e.getMention());
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
        Optional<Long> wanted = event.getLocation().getQueryParameters().getSingleParameter(ARTICLE_PARAM)
                .flatMap(MainView::parseId);
        List<ArticleSummary> all = articles.getListDataView().getItems().toList();
        Optional<Long> first = all.stream().findFirst().map(ArticleSummary::id);
        wanted.filter(id -> all.stream().anyMatch(a -> a.id() == id)).or(() -> first)
                .ifPresent(id -> showArticle(id, TextLayout.NONE));
        map.fitMarkers();
    }

    /** Reloads everything the corpus holds into the selector, the map and the timeline. */
    void refresh() {
        articles.setItems(corpus.articles());
        List<MapPoint> all = corpus.mapPoints();
        points = all.stream().collect(Collectors.toMap(MapPoint::key, p -> p, (a, b) -> a, LinkedHashMap::new));
        map.setMarkers(all.stream().map(MainView::marker).toList());

        Map<Long, List<String>> placesOf = new LinkedHashMap<>();
        for (MapPoint p : all) placesOf.computeIfAbsent(p.eventId(), k -> new ArrayList<>()).add(p.placeName());
        List<TimelineEntry> entries = corpus.timeline();
        events = entries.stream().collect(Collectors.toMap(TimelineEntry::eventId, e -> e, (a, b) -> a, LinkedHashMap::new));
        timeline.setItems(entries.stream().map(e -> item(e, placesOf.getOrDefault(e.eventId(), List.of()))).toList());
    }

    static MapMarker marker(MapPoint p) {
        return new MapMarker(p.key(), p.lat(), p.lon(), p.placeName(), Labels.date(p.date(), p.datePrecision()),
                p.type().code(), p.sentenceText());
    }

    static TimelineItem item(TimelineEntry e, List<String> places) {
        String label = Labels.type(e.type()) + (places.isEmpty() ? "" : " · " + String.join(", ", new java.util.LinkedHashSet<>(places)));
        return new TimelineItem(String.valueOf(e.eventId()), Labels.start(e.date(), e.datePrecision()),
                Labels.end(e.date(), e.datePrecision()), label, e.sentenceText(), e.type().code());
    }

    void showArticle(long id, int sentence) {
        StoredArticle current = text.getArticle();
        if (current == null || current.summary().id() != id) {
            Optional<StoredArticle> found = corpus.article(id);
            if (found.isEmpty()) return;
            StoredArticle a = found.get();
            Set<Integer> plotted = new HashSet<>();
            for (MapPoint p : points.values()) if (p.articleId() == id) plotted.add(p.mentionIndex());
            text.show(a, plotted);
            articles.setValue(a.summary());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    "?" + QueryParameters.of(ARTICLE_PARAM, String.valueOf(id)).getQueryString()));
        }
        text.highlightSentence(sentence);
    }

    /** A marker: its article's text, its sentence lit, its event selected on the timeline. */
    void selectPoint(String key) {
        MapPoint p = points.get(key);
        if (p == null) return;
        showArticle(p.articleId(), p.sentenceIndex());
        timeline.select(String.valueOf(p.eventId()));
    }

    /** A timeline item: the sentence, and the event's first place on the map with its popup. */
    void selectEvent(long eventId, boolean focusMap) {
        TimelineEntry e = events.get(eventId);
        if (e == null) return;
        showArticle(e.articleId(), e.sentenceIndex());
        if (focusMap) {
            points.values().stream().filter(p -> p.eventId() == eventId).findFirst()
                    .ifPresent(p -> map.focusMarker(p.key()));
        }
    }

    /** A place name in the text: its marker with the popup, or at least the place if no event was plotted there. */
    void selectMention(int mentionIndex) {
        StoredArticle a = text.getArticle();
        if (a == null || mentionIndex >= a.mentions().size()) return;
        long articleId = a.summary().id();
        Optional<MapPoint> point = points.values().stream()
                .filter(p -> p.articleId() == articleId && p.mentionIndex() == mentionIndex).findFirst();
        if (point.isPresent()) {
            map.focusMarker(point.get().key());
            text.highlightSentence(point.get().sentenceIndex());
            timeline.select(String.valueOf(point.get().eventId()));
            return;
        }
        var m = a.mentions().get(mentionIndex);
        if (m.resolved()) map.flyTo(m.resolution().place().lat(), m.resolution().place().lon(), 9);
    }

    private void openIngestDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Add an article");
        dialog.setWidth("48em");
        IngestForm form = new IngestForm();
        form.addRejectedListener(e -> error(e.message()));
        form.addIngestListener(e -> {
            Optional<IngestResult> r = ingest(e);
            r.ifPresent(result -> {
                dialog.close();
                form.clear();
            });
        });
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        dialog.open();
    }

    /** Stores the article, reports the outcome in a notification, and shows it. */
    Optional<IngestResult> ingest(IngestForm.IngestRequested e) {
        IngestResult r;
        try {
            r = e.file() != null ? ingestService.ingest(e.file(), e.fileName(), e.request())
                    : ingestService.ingest(e.request());
        } catch (BadInputException bad) {
            error(capitalise(bad.getMessage()) + ". Nothing was stored.");
            return Optional.empty();
        }
        refresh();
        showArticle(r.articleId(), TextLayout.NONE);
        map.fitMarkers();
        Notification n = Notification.show(r.duplicate() ? "This article is already in the corpus; showing it."
                : "Article stored.", 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return Optional.of(r);
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
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
