package org.kharita.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import org.kharita.extract.ArticleText;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How big a file each upload takes. The dataset limit is {@code kharita.upload.dataset-max-size}; the
 * servlet's multipart limit is set from the same property (application.properties), so the browser's
 * check, the server's and the message all say one number. An article's limit is the engine's own
 * ({@link ArticleText#MAX_BYTES}), which the geoparse command enforces too.
 */
@ConfigurationProperties(prefix = "kharita.upload")
record UploadLimits(@DefaultValue("200MB") DataSize datasetMaxSize) {
    static final UploadLimits DEFAULT = new UploadLimits(DataSize.ofMegabytes(200));

    long datasetBytes() {
        return datasetMaxSize.toBytes();
    }

    static long articleBytes() {
        return ArticleText.MAX_BYTES;
    }

    /** The upload component's own words in the UI language, its size message naming the limit. */
    static UploadI18N i18n(Texts texts, long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.get("upload.file")).setMany(texts.get("upload.files")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.get("upload.dropOne")).setMany(texts.get("upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(texts.format("upload.tooBig", megabytes(maxBytes)))
                .setIncorrectFileType(texts.get("upload.badType")).setTooManyFiles(texts.get("upload.tooMany")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(texts.get("upload.connecting"))
                        .setProcessing(texts.get("upload.processing")).setHeld(texts.get("upload.held"))
                        .setStalled(texts.get("upload.connecting")))
                .setError(new UploadI18N.Uploading.Error().setForbidden(texts.get("upload.forbidden"))
                        .setServerUnavailable(texts.get("upload.failed")).setUnexpectedServerError(texts.get("upload.serverError"))));
        i18n.setFile(new UploadI18N.File().setRetry(texts.get("upload.retry")).setStart(texts.get("upload.files"))
                .setRemove(texts.get("upload.remove")));
        i18n.setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB"), 1024);
        return i18n;
    }

    /** "200 MB", "2 MB": as the message says it; limits are set in whole megabytes. */
    static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 && bytes % (1024 * 1024) == 0 ? mb + " MB" : (bytes / 1024) + " KB";
    }
}
