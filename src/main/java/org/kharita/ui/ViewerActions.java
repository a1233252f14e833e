package org.kharita.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import org.kharita.corpus.Corrections;
import org.kharita.corpus.DatasetImporter;
import org.kharita.corpus.Overlays;
import org.kharita.extract.Mention;
import org.kharita.geo.Place;
import org.kharita.geo.Resolution;
import org.kharita.corpus.StoredArticle;
import org.kharita.extract.BadInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What an analyst can do beyond browsing: import a coded dataset (upload, or the dataset files found in
 * {@code kharita.import.dir}), with a progress bar while it streams in. One per view.
 */
@org.springframework.stereotype.Component
@Scope("prototype")
public class ViewerActions {
    static final long MAX_UPLOAD = 100L * 1024 * 1024;

    private final DatasetImporter importer;
    private final Corrections corrections;
    private final Overlays overlays;
    private final Analyst analyst;
    final Button login = new Button(VaadinIcon.USER.create());
    private Dialog correction;
    /** The map listeners of the correction open now; replaced when another mention is clicked. */
    private final List<Registration> listeners = new ArrayList<>();
    private final Path importDir;
    final Button importButton = new Button(VaadinIcon.UPLOAD.create());

    ViewerActions(DatasetImporter importer, Corrections corrections, Overlays overlays, Analyst analyst,
                  @Value("${kharita.import.dir:../shared/events-real}") String importDir) {
        this.importer = importer;
        this.corrections = corrections;
        this.overlays = overlays;
        this.analyst = analyst;
        this.importDir = Path.of(importDir);
        importButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importButton.addClassName("kharita-import");
    }

    /** Who is logged in, if anyone; Spring Security's in the app, a fixed one in view tests. */
    public interface Analyst {
        java.util.Optional<String> name();

        void logout();
    }

    List<Component> headerButtons(MainView view) {
        importButton.addClickListener(e -> openImportDialog(view));
        importButton.setVisible(mayEdit());
        login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        login.addClassName("kharita-login");
        login.addClickListener(e -> {
            if (mayEdit()) analyst.logout();
            else UI.getCurrent().getPage().setLocation("login");
        });
        return List.of(importButton, login);
    }

    boolean mayEdit() {
        return analyst.name().isPresent();
    }

    void applyLanguage(Texts texts) {
        importButton.setText(texts.get("import"));
        login.setText(analyst.name().map(n -> texts.get("logout") + " (" + n + ")").orElse(texts.get("login")));
    }

    /**
     * A mention was clicked: for an analyst, its candidates on the map with their scores and the
     * resolver's explanation, to pick another or drop a pin.
     */
    void mentionClicked(MainView view, StoredArticle article, int mentionIndex) {
        if (!mayEdit()) return;
        Mention m = article.mentions().get(mentionIndex);
        Resolution r = m.resolution();
        List<Place> places = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        if (r != null && r.place() != null) {
            places.add(r.place());
            scores.add(r.confidence());
        }
        if (r != null && r.alternatives() != null) {
            for (Resolution.Alternative a : r.alternatives()) {
                places.add(a.place());
                scores.add(a.score());
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            items.add(Map.of("lat", p.lat(), "lon", p.lon(), "label", describe(p),
                    "score", String.format(Locale.ROOT, "%.2f", scores.get(i)), "chosen", i == 0 && r.place() != null));
        }
        view.map.showCandidates(items);

        if (correction != null) correction.close();
        correction = new Dialog();
        correction.addClassName("kharita-correction");
        correction.setModal(false);
        correction.setDraggable(true);
        // Beside the map, over the list and text, so the candidates on the map stay visible.
        correction.setTop("110px");
        correction.setLeft("58%");
        correction.setWidth("min(36em, 40vw)");
        correction.setHeaderTitle(view.texts().get("correct") + ": " + m.text());
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Paragraph why = new Paragraph(r == null || r.explanation() == null ? "not resolved" : r.explanation());
        why.addClassName("kharita-explanation");
        body.add(why);
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            boolean chosen = i == 0 && r.place() != null;
            Button pick = new Button(describe(p) + " · " + String.format(Locale.ROOT, "%.2f", scores.get(i)) + (chosen ? " ✓" : ""));
            pick.addClassName("kharita-candidate-choice");
            pick.setEnabled(!chosen);
            pick.addClickListener(e -> apply(view, article, mentionIndex, p));
            body.add(pick);
        }
        listeners.forEach(Registration::remove);
        listeners.clear();
        listeners.add(view.map.addCandidateClickListener(e -> {
            if (correction != null && correction.isOpened() && e.getIndex() < places.size()) {
                apply(view, article, mentionIndex, places.get(e.getIndex()));
            }
        }));
        Button drop = new Button("Drop a pin on the map", VaadinIcon.MAP_MARKER.create());
        drop.addClassName("kharita-drop-pin");
        drop.addClickListener(e -> {
            view.map.startPinDrop();
            Notification.show("Click the map where " + m.text() + " is.", 4000, Notification.Position.BOTTOM_START);
        });
        listeners.add(view.map.addPinDroppedListener(e -> {
            if (correction != null && correction.isOpened()) {
                Corrections.Pin pin = corrections.pinAt(m.text(), e.getLat(), e.getLon());
                corrections.correct(article.summary().id(), mentionIndex, pin, analyst());
                applied(view, article, mentionIndex, pin.place(), pin.note());
            }
        }));
        body.add(drop);
        correction.add(body);
        correction.getFooter().add(new Button("Close", e -> {
            correction.close();
            view.map.showCandidates(List.of());
        }));
        correction.open();
    }

    private void apply(MainView view, StoredArticle article, int mentionIndex, Place place) {
        corrections.correct(article.summary().id(), mentionIndex, place, analyst());
        applied(view, article, mentionIndex, place, null);
    }

    /** @param note how a dropped pin's region was found, said beside the place */
    private void applied(MainView view, StoredArticle article, int mentionIndex, Place place, String note) {
        if (correction != null) correction.close();
        view.map.showCandidates(List.of());
        view.reloadArticle(article.summary().id());
        // The corrected event's popup, at its new place (the old one would show the old place).
        view.selectMention(mentionIndex, false);
        Notification.show("Corrected to " + describe(place) + (note == null ? "" : " (" + note + ")")
                        + "; later articles will read it so too.", 6000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * The legend's delete button of an overlay: for an analyst, a confirmation naming the layer, then
     * the layer goes from the database, the map and the legend. The request comes from the browser,
     * so who may delete is checked here, not there.
     */
    void confirmOverlayDelete(MainView view, long layerId) {
        if (!mayEdit()) return;
        Texts texts = view.texts();
        overlays.layer(layerId).ifPresent(layer -> {
            ConfirmDialog confirm = new ConfirmDialog(texts.get("overlayDelete") + ": " + layer.name() + "?",
                    String.format(Locale.ROOT, texts.get("overlayDeleteText"), layer.shapes()), texts.get("delete"), e -> {
                if (!mayEdit()) return;
                overlays.delete(layerId, analyst());
                view.refreshOverlays();
                Notification.show(String.format(Locale.ROOT, texts.get("overlayDeleted"), layer.name()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            confirm.addClassName("kharita-overlay-delete-confirm");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(texts.get("cancel"));
            confirm.open();
        });
    }

    String analyst() {
        return analyst.name().orElseThrow(() -> new IllegalStateException("corrections need an analyst login"));
    }

    static String describe(Place p) {
        String region = p.admin1() == null || p.admin1().isBlank() ? "" : ", " + p.admin1();
        String country = p.country() == null ? "" : " (" + p.country() + ")";
        return p.name() + region + country;
    }

    void openImportDialog(MainView view) {
        if (!mayEdit()) return;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Import a coded event dataset (UCDP GED CSV or GeoJSON, GDELT 1.0) or a dated map overlay");
        dialog.setWidth("40em");
        ProgressBar bar = new ProgressBar();
        bar.setVisible(false);
        Span status = new Span();
        status.addClassName("kharita-import-status");
        VerticalLayout body = new VerticalLayout(new Paragraph("Every row or none: a file with a bad row is refused whole."), bar, status);
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String name = meta.fileName();
            String who = analyst();
            run(view, bar, status, dialog, () -> importer.importStream(new ByteArrayInputStream(bytes), bytes.length, name,
                    who, p -> progress(bar, status, p)));
        }));
        upload.setAcceptedFileTypes(".csv", ".tsv", ".geojson", ".json", "text/csv", "text/tab-separated-values",
                "application/geo+json", "application/json");
        upload.setMaxFileSize((int) MAX_UPLOAD);
        upload.addFileRejectedListener(e -> status.setText(e.getErrorMessage()));
        body.add(upload);
        for (Path f : localFiles()) {
            Button b = new Button(f.getFileName().toString(), VaadinIcon.DATABASE.create());
            b.addClassName("kharita-import-file");
            b.addClickListener(e -> run(view, bar, status, dialog, () -> {
                try {
                    return importer.importFile(f, analyst(), p -> progress(bar, status, p));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }));
            body.add(b);
        }
        dialog.add(body);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    List<Path> localFiles() {
        if (!Files.isDirectory(importDir)) return List.of();
        try (Stream<Path> s = Files.list(importDir)) {
            // By content, not name: a renamed download is offered, a map layer in the same folder is not.
            return s.filter(Files::isRegularFile).filter(DatasetImporter::importable).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The import runs off the request thread; the UI polls for progress while it streams. */
    private void run(MainView view, ProgressBar bar, Span status, Dialog dialog, Supplier<DatasetImporter.Result> work) {
        UI ui = UI.getCurrent();
        bar.setVisible(true);
        bar.setValue(0);
        ui.setPollInterval(400);
        CompletableFuture.supplyAsync(work).whenComplete((r, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            bar.setVisible(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                String msg = cause instanceof BadInputException ? cause.getMessage() : "the import failed: " + cause.getMessage();
                status.setText(msg);
                Notification.show(msg, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            String msg = r.duplicate() ? "This file was imported before; nothing added."
                    : r.overlay() ? r.rows() + " dated shapes imported as a map overlay."
                    : r.rows() + " events imported" + (r.skipped() > 0 ? "; " + r.skipped() + " rows skipped (no usable place, or not a conflict event)." : ".");
            status.setText(msg);
            Notification.show(msg, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            view.refresh();
        }));
    }

    private static void progress(ProgressBar bar, Span status, DatasetImporter.Progress p) {
        bar.getUI().ifPresent(ui -> ui.access(() -> {
            bar.setValue(p.fraction());
            status.setText(p.rows() + " rows read…");
        }));
    }

}
