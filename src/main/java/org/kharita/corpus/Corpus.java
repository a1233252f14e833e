package org.kharita.corpus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the corpus holds, as the viewer reads it. Every event query takes the same {@link EventFilter}. */
@Service
public class Corpus {
    private final CorpusStore store;
    private final EventIndex index;

    Corpus(CorpusStore store, EventIndex index) {
        this.store = store;
        this.index = index;
    }

    public List<ArticleSummary> articles() {
        return store.articles();
    }

    public boolean isEmpty() {
        return store.countArticles() == 0;
    }

    @Transactional(readOnly = true)
    public Optional<StoredArticle> article(long id) {
        return store.summary(id).map(summary -> new StoredArticle(summary, store.body(id), store.sentences(id),
                store.mentions(id), store.events(id)));
    }

    public List<MapPoint> mapPoints() {
        return store.mapPoints();
    }

    public List<TimelineEntry> timeline() {
        return store.timeline();
    }

    /** Events (one per plotted place) matching the filter. */
    public long count(EventFilter filter) {
        return index.count(filter);
    }

    /** The matching events in the viewport: one by one when few, grid clusters for the zoom otherwise. */
    public MapData map(EventFilter filter, Viewport viewport) {
        return index.map(filter, viewport);
    }

    /**
     * The box to show the matching events in. Country-level events (a point in the middle of Russia)
     * would stretch it over a continent, so they count only when nothing more precise matches.
     */
    public Optional<org.kharita.geo.BBox> extent(EventFilter filter) {
        if (filter.precisions().isEmpty()) {
            Optional<org.kharita.geo.BBox> box = index.extent(filter.withPrecisions(java.util.Set.of(1, 2, 3)));
            if (box.isPresent()) return box;
        }
        return index.extent(filter);
    }

    /** Events per start day under the filter. */
    public List<DayCount> histogram(EventFilter filter) {
        return index.histogram(filter);
    }

    /** A page of the matching events, newest first. */
    public List<EventRow> events(EventFilter filter, int offset, int limit) {
        return index.list(filter, offset, limit);
    }

    /** Every matching event, oldest first, streamed. */
    @Transactional(readOnly = true)
    public void forEachEvent(EventFilter filter, Consumer<EventRow> sink) {
        index.forEach(filter, sink);
    }

    public Optional<EventRow> event(long rowId) {
        return index.row(rowId);
    }

    /** The rows (places) of one article event. */
    public List<EventRow> rowsOfEvent(long eventId) {
        return index.rowsOfEvent(eventId);
    }

    /** The fused event a report belongs to, named by its first report's id (the report's own id when alone). */
    public long fusedId(long rowId) {
        return index.fusedId(rowId);
    }

    /** Every report of the fused event this report belongs to, itself included, oldest first. */
    public List<EventRow> fusedReports(long rowId) {
        return index.rows(index.countsFusedEvents() ? index.fusion().reportIds(rowId) : List.of(rowId));
    }

    /**
     * Whether this node counts fused events (one per occurrence, however many report it) or, holding no
     * snapshot of the table, only reports: the viewer then offers no filter on fused events.
     */
    public boolean countsFusedEvents() {
        return index.countsFusedEvents();
    }

    /** Where the reports of this report's fused event disagree, and how many independent sources they are. */
    public org.kharita.fuse.Disagreement disagreement(long rowId) {
        return index.fusion().disagreement(rowId);
    }

    /** An analyst's "this report is not the same occurrence": stored (who, when), kept on re-fusion. */
    public void splitReport(long rowId, String analyst) {
        index.fusion().split(rowId, analyst);
    }

    /** An analyst's "these two are the same occurrence": stored (who, when), kept on re-fusion. */
    public void mergeReports(long rowId, long otherRowId, String analyst) {
        index.fusion().merge(rowId, otherRowId, analyst);
    }

    /** Places and regions whose name starts with the prefix, most events first. */
    public List<EventFilter.PlaceChoice> places(String prefix, int limit) {
        return index.places(prefix == null ? "" : prefix, limit);
    }
}
