package org.kharita.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of an article's text. Normalised first, because the same article comes back
 * with Windows line endings, a trailing newline or decomposed Arabic hamza forms after a copy-paste,
 * and an analyst counts that as the same article.
 */
final class ContentHash {
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u200B\\u200E\\u200F\\uFEFF]+");

    private ContentHash() {
    }

    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return BLANKS.matcher(nfc).replaceAll(" ").trim();
    }

    static String of(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
