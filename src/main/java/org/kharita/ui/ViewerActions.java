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
import org.kharita.geo.ArabicNames;
import org.kharita.geo.Place;
import org.kharita.geo.Resolution;
import org.kharita.corpus.StoredArticle;
import org.kharita.extract.BadInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;

import java.io.InputStream;
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
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ViewerActions.class);

    private final DatasetImporter importer;
    private final Corrections corrections;
    private final Overlays overlays;
    private final Analyst analyst;
    private final UploadLimits limits;
    final Button login = new Button(VaadinIcon.USER.create());
    private Dialog correction;
    /** The map listeners of the correction open now; replaced when another mention is clicked. */
    private final List<Registration> listeners = new ArrayList<>();
    private final Path importDir;
    final Button importButton = new Button(VaadinIcon.UPLOAD.create());

    ViewerActions(DatasetImporter importer, Corrections corrections, Overlays overlays, Analyst analyst,
                  @Value("${kharita.import.dir:../shared/events-real}") String importDir, UploadLimits limits) {
        this.limits = limits;
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
        Texts texts = view.texts();
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
            items.add(Map.of("lat", p.lat(), "lon", p.lon(), "label", describe(p, texts),
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
        correction.setHeaderTitle(texts.get("correct") + ": " + m.text());
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        // The resolver explains itself in English (the geoparse contract's explanation), read here in the UI language.
        Paragraph why = new Paragraph(r == null || r.explanation() == null ? texts.get("notResolved")
                : texts.format("explanation", Explanations.translate(r.explanation(),
                r.place() == null ? null : r.place().country(), texts)));
        why.addClassName("kharita-explanation");
        body.add(why);
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            boolean chosen = i == 0 && r.place() != null;
            Button pick = new Button(describe(p, texts) + " · " + String.format(Locale.ROOT, "%.2f", scores.get(i)) + (chosen ? " ✓" : ""));
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
        Button drop = new Button(texts.get("dropPin"), VaadinIcon.MAP_MARKER.create());
        drop.addClassName("kharita-drop-pin");
        drop.addClickListener(e -> {
            view.map.startPinDrop();
            Notification.show(texts.format("dropPinHint", m.text()), 4000, Notification.Position.BOTTOM_START);
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
        correction.getFooter().add(new Button(texts.get("close"), e -> {
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
        Notification.show(view.texts().format("corrected", describe(place, view.texts()) + (note == null ? "" : " (" + note + ")")), 6000,
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

    /** A candidate as the analyst reads it: name, region, and the country by name, all in the UI language where known. */
    static String describe(Place p, Texts texts) {
        String admin1 = p.admin1() == null || p.admin1().isBlank() ? "" : Labels.placeName(p.admin1(), p.country(), texts);
        String region = admin1.isEmpty() ? "" : texts.get("listSep") + admin1;
        String country = p.country() == null || p.country().isBlank() ? "" : " (" + Labels.country(p.country(), texts.lang()) + ")";
        String name = texts.rightToLeft() ? ArabicNames.load().of(p).orElse(p.name()) : p.name();
        return name + region + country;
    }

    void openImportDialog(MainView view) {
        if (!mayEdit()) return;
        Texts texts = view.texts();
        // Captured here, on the request thread: the import itself runs on a pool thread that has no
        // security context (asking there for the analyst failed with "corrections need an analyst login").
        String who = analyst();
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.addClassName("kharita-import-dialog");
        dialog.setHeaderTitle(texts.get("importTitle"));
        dialog.setWidth("40em");
        ProgressBar bar = new ProgressBar();
        bar.setVisible(false);
        Span status = new Span();
        status.addClassName("kharita-import-status");
        String limit = UploadLimits.megabytes(limits.datasetBytes());
        VerticalLayout body = new VerticalLayout(new Paragraph(texts.get("importAllOrNothing")),
                new Paragraph(texts.format("importLimit", limit)), bar, status);
        // To a temporary file, not the heap: a dataset may be hundreds of megabytes.
        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> {
            String name = meta.fileName();
            run(ui, view, bar, status, texts, () -> {
                try (InputStream in = Files.newInputStream(file.toPath())) {
                    return importer.importStream(in, file.length(), name, who, p -> progress(ui, bar, status, texts, p));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                } finally {
                    file.delete();
                }
            });
        }));
        upload.addClassName("kharita-import-upload");
        upload.setAcceptedFileTypes(".csv", ".tsv", ".geojson", ".json", "text/csv", "text/tab-separated-values",
                "application/geo+json", "application/json");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.datasetBytes()));
        upload.setI18n(UploadLimits.i18n(texts, limits.datasetBytes()));
        upload.addFileRejectedListener(e -> status.setText(e.getFileName() + ": " + e.getErrorMessage()));
        body.add(upload);
        for (Path f : localFiles()) {
            Button b = new Button(f.getFileName().toString(), VaadinIcon.DATABASE.create());
            b.addClassName("kharita-import-file");
            b.addClickListener(e -> run(ui, view, bar, status, texts, () -> {
                try {
                    return importer.importFile(f, who, p -> progress(ui, bar, status, texts, p));
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }));
            body.add(b);
        }
        dialog.add(body);
        dialog.getFooter().add(new Button(texts.get("close"), e -> dialog.close()));
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

    /** The import runs off the request thread, with everything it needs handed in; the UI polls for progress. */
    private void run(UI ui, MainView view, ProgressBar bar, Span status, Texts texts, Supplier<DatasetImporter.Result> work) {
        ui.access(() -> {
            bar.setVisible(true);
            bar.setValue(0);
            status.getElement().removeAttribute("data-done");
            ui.setPollInterval(400);
        });
        CompletableFuture.supplyAsync(work).whenComplete((r, failure) -> ui.access(() -> {
            ui.setPollInterval(-1);
            bar.setVisible(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                if (!(cause instanceof BadInputException)) log.warn("dataset import failed", cause);
                String msg = cause instanceof BadInputException ? cause.getMessage() : texts.format("importFailed", cause.getMessage());
                status.setText(msg);
                status.getElement().setAttribute("data-done", "failed");
                Notification.show(msg, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            String msg = r.duplicate() ? texts.get("importAgain")
                    : r.overlay() ? texts.format("importOverlay", r.rows())
                    : r.skipped() > 0 ? texts.format("importedSkipped", r.rows(), r.skipped())
                    : texts.format("imported", r.rows());
            status.setText(msg);
            // A signal for whoever waits on the import (a person reads the text; tests read this).
            status.getElement().setAttribute("data-done", r.duplicate() ? "again" : "imported");
            Notification.show(msg, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            view.refresh();
        }));
    }

    private static void progress(UI ui, ProgressBar bar, Span status, Texts texts, DatasetImporter.Progress p) {
        ui.access(() -> {
            bar.setValue(p.fraction());
            status.setText(texts.format("importRows", p.rows()));
        });
    }

}
