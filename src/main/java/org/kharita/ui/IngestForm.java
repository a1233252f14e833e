package org.kharita.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import org.kharita.corpus.IngestRequest;
import org.kharita.extract.ArticleText;

import java.time.LocalDate;
import java.util.List;

/**
 * Paste an article or upload a .txt, say when and where it was published. The form only collects;
 * it fires {@link IngestRequested} and the view decides what to do (CRM tutorial's ContactForm).
 * An uploaded file travels as bytes, so the view's ingest checks its encoding exactly as the CLI does.
 */
public class IngestForm extends Composite<VerticalLayout> {
    final TextArea text = new TextArea();
    final DatePicker published = new DatePicker();
    final TextField outlet = new TextField();
    final TextField url = new TextField();
    final Span uploaded = new Span();
    final Button submit = new Button();
    private final Texts texts;
    final Upload upload;
    /** Uploaded files in the order they came, by name: a batch is ingested file by file. */
    private final java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();

    public IngestForm() {
        this(Texts.of("en"));
    }

    IngestForm(Texts texts) {
        this.texts = texts;
        text.setLabel(texts.get("ingest.text"));
        published.setLabel(texts.get("ingest.published"));
        outlet.setLabel(texts.get("ingest.outlet"));
        url.setLabel(texts.get("ingest.url"));
        submit.setText(texts.get("ingest"));
        text.setPlaceholder(texts.get("ingest.placeholder"));
        text.setWidthFull();
        text.setHeight("12em");
        // The text area itself would stop typing at the limit without a word; the ingest check explains it.
        text.setMaxLength(ArticleText.MAX_BYTES + 1);

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> files.put(meta.fileName(), bytes)));
        upload.setAcceptedFileTypes("text/plain", ".txt", "text/html", ".html", ".htm");
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize((int) UploadLimits.articleBytes());
        upload.setI18n(UploadLimits.i18n(texts, UploadLimits.articleBytes()));
        upload.addSucceededListener(e -> showFiles());
        upload.addFileRemovedListener(e -> {
            files.remove(e.getFileName());
            showFiles();
        });
        upload.addFileRejectedListener(e -> fireEvent(new Rejected(this, e.getFileName() + ": " + e.getErrorMessage())));

        FormLayout meta = new FormLayout(published, outlet, url);
        meta.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> fireEvent(new IngestRequested(this, request(), List.copyOf(files.entrySet()))));

        HorizontalLayout actions = new HorizontalLayout(submit);
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        actions.setWidthFull();
        getContent().add(text, upload, uploaded, meta, actions);
        getContent().setPadding(false);
    }

    IngestRequest request() {
        return new IngestRequest(text.getValue(), null, published.getValue(), blankToNull(outlet.getValue()),
                blankToNull(url.getValue()), null);
    }

    void clear() {
        text.clear();
        outlet.clear();
        url.clear();
        published.clear();
        upload.clearFileList();
        clearFile();
    }

    /** A batch is a handful of articles, not a crawl: past this the upload says no. */
    static final int MAX_FILES = 20;

    private void clearFile() {
        files.clear();
        uploaded.setText("");
    }

    private void showFiles() {
        uploaded.setText(files.isEmpty() ? "" : files.size() == 1
                ? texts.format("ingest.oneFile", files.keySet().iterator().next())
                : texts.format("ingest.files", files.size()));
    }

    /** For tests and for the view: as if a file had been uploaded. */
    void fileUploaded(String name, byte[] bytes) {
        files.put(name, bytes);
        showFiles();
    }

    void setPublished(LocalDate date) {
        published.setValue(date);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Registration addIngestListener(ComponentEventListener<IngestRequested> l) {
        return addListener(IngestRequested.class, l);
    }

    public Registration addRejectedListener(ComponentEventListener<Rejected> l) {
        return addListener(Rejected.class, l);
    }

    /** The metadata, and the uploaded files by name (empty when the text was pasted). */
    public static class IngestRequested extends ComponentEvent<IngestForm> {
        private final IngestRequest request;
        private final List<java.util.Map.Entry<String, byte[]>> files;

        IngestRequested(IngestForm source, IngestRequest request, List<java.util.Map.Entry<String, byte[]>> files) {
            super(source, false);
            this.request = request;
            this.files = files;
        }

        IngestRequested(IngestForm source, IngestRequest request, byte[] file, String fileName) {
            this(source, request, file == null ? List.of() : List.of(java.util.Map.entry(fileName, file)));
        }

        public IngestRequest request() {
            return request;
        }

        public List<java.util.Map.Entry<String, byte[]>> files() {
            return files;
        }

        /** The one uploaded file's bytes, or null when the text was pasted. */
        public byte[] file() {
            return files.isEmpty() ? null : files.get(0).getValue();
        }

        public String fileName() {
            return files.isEmpty() ? null : files.get(0).getKey();
        }
    }

    /** The upload refused a file before it reached the server (too big, not .txt). */
    public static class Rejected extends ComponentEvent<IngestForm> {
        private final String message;

        Rejected(IngestForm source, String message) {
            super(source, false);
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
