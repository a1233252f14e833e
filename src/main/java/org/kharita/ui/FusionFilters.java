package org.kharita.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import org.kharita.corpus.Corpus;
import org.kharita.corpus.EventFilter;
import org.kharita.corpus.EventRow;
import org.kharita.extract.EventType;
import org.kharita.fuse.Disagreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The viewer's side of fusion: the filters "reported by at least N independent sources" and
 * "contested", the switch from fused events to every report, and the claims a fused event's popup lists.
 */
final class FusionFilters {
    final ComboBox<Integer> sources = new ComboBox<>();
    final Checkbox contested = new Checkbox();
    final Checkbox reports = new Checkbox();
    /** This node counts reports only (it holds no snapshot, so no fusion): the fused-event filters are not offered. */
    private boolean reportsOnly;

    FusionFilters() {
        sources.setItems(1, 2, 3, 4, 5);
        sources.addClassName("kharita-min-sources");
        sources.setWidth("7em");
        sources.getElement().setAttribute("theme", "small");
        contested.addClassName("kharita-contested");
        reports.addClassName("kharita-count-reports");
    }

    List<Component> fields() {
        return List.of(sources, contested, reports);
    }

    void onChange(Consumer<Boolean> fromClient) {
        sources.addValueChangeListener(e -> fromClient.accept(e.isFromClient()));
        contested.addValueChangeListener(e -> fromClient.accept(e.isFromClient()));
        reports.addValueChangeListener(e -> fromClient.accept(e.isFromClient()));
    }

    EventFilter applyTo(EventFilter f) {
        Integer n = sources.getValue();
        return f.withFusion(n == null ? 0 : n, contested.getValue()).withReports(reports.getValue());
    }

    void show(EventFilter f) {
        sources.setValue(f.minSources() > 1 ? f.minSources() : null);
        contested.setValue(f.contested());
        reports.setValue(reportsOnly || f.reports());
    }

    /** On a node that cannot fuse: every count is of reports, said by a ticked box the user cannot untick. */
    void reportsOnly() {
        reportsOnly = true;
        sources.setVisible(false);
        contested.setVisible(false);
        reports.setValue(true);
        reports.setEnabled(false);
    }

    void applyLanguage(Texts texts) {
        sources.setLabel(texts.get("minSources"));
        contested.setLabel(texts.get("contested"));
        reports.setLabel(texts.get("countReports"));
    }

    /**
     * The claims of a report's fused event, for its popup: empty when it was reported once. Every claim
     * keeps who made it and where it was read; where they disagree the popup says what is disputed.
     */
    static Optional<Map<String, Object>> claims(Corpus corpus, EventRow selected, Texts texts) {
        List<EventRow> reports = corpus.fusedReports(selected.id());
        if (reports.size() < 2) return Optional.empty();
        Disagreement d = corpus.disagreement(selected.id());
        List<Map<String, Object>> claims = new ArrayList<>();
        for (EventRow r : reports) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", String.valueOf(r.id()));
            c.put("claimant", r.claimedBy() != null ? Labels.actor(r.claimedBy(), texts) : r.datasetId() != null ? r.source() : texts.get("noClaimant"));
            c.put("outlet", r.datasetId() != null ? r.externalId() : r.source());
            c.put("date", Labels.date(r.dateStart(), r.datePrecision(), texts));
            c.put("type", texts.type(EventType.fromCode(r.type())));
            c.put("killed", r.fatalities());
            c.put("sentence", r.text());
            c.put("selected", r.id() == selected.id());
            claims.add(c);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("heading", String.format(texts.get("fusedHeading"), reports.size(), d.sources()));
        out.put("contested", d.contested() ? texts.get("contestedLabel") + ": " + disputed(d, texts) : null);
        out.put("claims", claims);
        out.put("killedLabel", texts.get("killedLabel"));
        return Optional.of(out);
    }

    /** What the reports disagree on, with the types in the UI's words: "type: territory change / battle; killed 12–40". */
    static String disputed(Disagreement d, Texts texts) {
        List<String> parts = new ArrayList<>();
        if (d.types().size() > 1) {
            parts.add(texts.format("disputed.type", String.join(" / ", d.types().stream().map(t -> texts.type(EventType.fromCode(t))).toList())));
        }
        if (d.minKilled() != null && !d.minKilled().equals(d.maxKilled())) {
            parts.add(texts.format("disputed.killed", d.minKilled() + "–" + d.maxKilled()));
        }
        if (d.datesDisagree()) parts.add(texts.get("disputed.dates"));
        return String.join("; ", parts);
    }
}
