package org.kharita.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.kharita.corpus.DayCount;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline as a histogram of events per day under the other filters, with the date range as a
 * brush over it. Spans longer than {@link #MAX_DAY_BINS} days are binned by month so a view never
 * sends more than a few hundred bars.
 */
@Tag("kharita-time-histogram")
@JsModule("./time-histogram.js")
public class TimeHistogram extends Component implements HasSize {
    static final int MAX_DAY_BINS = 400;

    /** One bar: its first and last day and how many events start in it. */
    public record Bin(LocalDate start, LocalDate end, long count) {
    }

    private final ClientBatch batch = new ClientBatch(this, this::fullState);
    private Map<String, Object> state = new LinkedHashMap<>(Map.of("op", "bins", "bins", List.of()));
    private List<Bin> bins = List.of();

    /** @param lang the UI language: the span and the axis are labelled in it (Arabic month names in "ar") */
    public void setData(List<DayCount> days, LocalDate from, LocalDate to, String lang, Map<String, String> labels) {
        bins = bin(days);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("op", "bins");
        o.put("unit", bins.size() == days.size() ? "day" : "month");
        o.put("bins", bins.stream().map(b -> new Object[]{b.start().toString(), b.end().toString(), b.count()}).toList());
        o.put("from", from == null ? "" : from.toString());
        o.put("to", to == null ? "" : to.toString());
        o.put("labels", labels);
        o.put("lang", lang);
        state = o;
        batch.add(o);
    }

    public List<Bin> getBins() {
        return bins;
    }

    /** Day bars from the first to the last day (empty days included), or month bars over long spans. */
    static List<Bin> bin(List<DayCount> days) {
        if (days.isEmpty()) return List.of();
        LocalDate first = days.get(0).day();
        LocalDate last = days.get(days.size() - 1).day();
        List<Bin> out = new ArrayList<>();
        if (ChronoUnit.DAYS.between(first, last) < MAX_DAY_BINS) {
            Map<LocalDate, Long> byDay = new LinkedHashMap<>();
            for (DayCount d : days) byDay.put(d.day(), d.count());
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) out.add(new Bin(d, d, byDay.getOrDefault(d, 0L)));
            return out;
        }
        Map<YearMonth, Long> byMonth = new LinkedHashMap<>();
        for (DayCount d : days) byMonth.merge(YearMonth.from(d.day()), d.count(), Long::sum);
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            out.add(new Bin(m.atDay(1), m.atEndOfMonth(), byMonth.getOrDefault(m, 0L)));
        }
        return out;
    }

    public Registration addBrushListener(ComponentEventListener<BrushEvent> listener) {
        return addListener(BrushEvent.class, listener);
    }

    private List<Map<String, Object>> fullState() {
        return new ArrayList<>(List.of(state));
    }

    /** A range was brushed (or cleared: both null); {@code playing} while the play control steps. */
    @DomEvent("kharita-brush")
    public static class BrushEvent extends ComponentEvent<TimeHistogram> {
        private final LocalDate from;
        private final LocalDate to;
        private final boolean playing;

        public BrushEvent(TimeHistogram source, boolean fromClient, @EventData("event.detail.from") String from,
                          @EventData("event.detail.to") String to, @EventData("event.detail.playing") boolean playing) {
            super(source, fromClient);
            this.from = day(from);
            this.to = day(to);
            this.playing = playing;
        }

        private static LocalDate day(String s) {
            try {
                return s == null || s.isBlank() ? null : LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        public boolean isPlaying() {
            return playing;
        }
    }
}
