package org.kharita.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.kharita.corpus.DatasetImporter;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What an analyst can do beyond browsing: import a coded dataset (upload, or the UCDP files found in
 * {@code kharita.import.dir}), with a progress bar while it streams in. One per view.
 */
@org.springframework.stereotype.Component
@Scope("prototype")
public class ViewerActions {
    static final long MAX_UPLOAD = 100L * 1024 * 1024;

    private final DatasetImporter importer;
    private final Path importDir;
    final Button importButton = new Button(VaadinIcon.UPLOAD.create());

    ViewerActions(DatasetImporter importer, @Value("${kharita.import.dir:../shared/events-real}") String importDir) {
        this.importer = importer;
        this.importDir = Path.of(importDir);
        importButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        importButton.addClassName("kharita-import");
    }

    List<Component> headerButtons(MainView view) {
        importButton.addClickListener(e -> openImportDialog(view));
        return List.of(importButton);
    }

    boolean mayEdit() {
        return true;
    }

    void applyLanguage(Texts texts) {
        importButton.setText(texts.get("import"));
    }

    /** Hook for corrections: a mention was clicked in the text. */
    void mentionClicked(MainView view, StoredArticle article, int mentionIndex) {
    }

    void openImportDialog(MainView view) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Import a coded event dataset (UCDP GED CSV)");
        dialog.setWidth("40em");
        ProgressBar bar = new ProgressBar();
        bar.setVisible(false);
        Span status = new Span();
        status.addClassName("kharita-import-status");
        VerticalLayout body = new VerticalLayout(new Paragraph("Every row or none: a file with a bad row is refused whole."), bar, status);
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String name = meta.fileName();
            run(view, bar, status, dialog, () -> importer.importUcdp(new ByteArrayInputStream(bytes), bytes.length, name,
                    "analyst", p -> progress(bar, status, p)));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize((int) MAX_UPLOAD);
        upload.addFileRejectedListener(e -> status.setText(e.getErrorMessage()));
        body.add(upload);
        for (Path f : localFiles()) {
            Button b = new Button(f.getFileName().toString(), VaadinIcon.DATABASE.create());
            b.addClassName("kharita-import-file");
            b.addClickListener(e -> run(view, bar, status, dialog, () -> {
                try {
                    return importer.importUcdp(f, "analyst", p -> progress(bar, status, p));
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
            return s.filter(p -> p.getFileName().toString().matches("ucdp_ged.*\\.csv")).sorted().toList();
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
            String msg = r.duplicate() ? "This file was imported before; nothing added." : r.rows() + " events imported.";
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
