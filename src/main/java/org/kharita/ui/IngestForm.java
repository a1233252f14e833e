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

/**
 * Paste an article or upload a .txt, say when and where it was published. The form only collects;
 * it fires {@link IngestRequested} and the view decides what to do (CRM tutorial's ContactForm).
 * An uploaded file travels as bytes, so the view's ingest checks its encoding exactly as the CLI does.
 */
public class IngestForm extends Composite<VerticalLayout> {
    final TextArea text = new TextArea("Article text");
    final DatePicker published = new DatePicker("Publication date");
    final TextField outlet = new TextField("Outlet");
    final TextField url = new TextField("URL");
    final Span uploaded = new Span();
    final Button submit = new Button("Ingest");
    final Upload upload;
    private byte[] file;
    private String fileName;

    public IngestForm() {
        text.setPlaceholder("Paste the article here, or upload a .txt file");
        text.setWidthFull();
        text.setHeight("12em");
        // The text area itself would stop typing at the limit without a word; the ingest check explains it.
        text.setMaxLength(ArticleText.MAX_BYTES + 1);

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            file = bytes;
            fileName = meta.fileName();
        }));
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleText.MAX_BYTES);
        upload.addSucceededListener(e -> uploaded.setText("File: " + e.getFileName() + " (used instead of the pasted text)"));
        upload.addFileRemovedListener(e -> clearFile());
        upload.addFileRejectedListener(e -> fireEvent(new Rejected(this, e.getErrorMessage())));

        FormLayout meta = new FormLayout(published, outlet, url);
        meta.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> fireEvent(new IngestRequested(this, request(), file, fileName)));

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

    private void clearFile() {
        file = null;
        fileName = null;
        uploaded.setText("");
    }

    /** For tests and for the view: as if a file had been uploaded. */
    void fileUploaded(String name, byte[] bytes) {
        file = bytes;
        fileName = name;
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

    /** @param file the uploaded bytes, or null when the text was pasted */
    public static class IngestRequested extends ComponentEvent<IngestForm> {
        private final IngestRequest request;
        private final byte[] file;
        private final String fileName;

        IngestRequested(IngestForm source, IngestRequest request, byte[] file, String fileName) {
            super(source, false);
            this.request = request;
            this.file = file;
            this.fileName = fileName;
        }

        public IngestRequest request() {
            return request;
        }

        public byte[] file() {
            return file;
        }

        public String fileName() {
            return fileName;
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
