package org.kharita.corpus;

/** @param duplicate true when the corpus already held this article and {@code articleId} is the earlier copy */
public record IngestResult(long articleId, boolean duplicate) {
}
