package org.kharita.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The gate every article passes before the engine reads it, in the CLI and in the viewer alike,
 * so both refuse the same things with the same words.
 */
public final class ArticleText {
    /** A long news feature is ~50 KB; 2 MB leaves room for pasted dossiers and stops runaway uploads. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private ArticleText() {
    }

    public static String decode(byte[] bytes, String what) {
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(what + " is " + (bytes.length / 1024) + " KB; the limit is "
                    + (MAX_BYTES / 1024) + " KB per article");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new BadInputException(what + " is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8");
        }
        for (byte b : bytes) {
            if (b == 0) throw new BadInputException(what + " looks binary (it holds NUL bytes), not a UTF-8 text");
        }
        String text = strictUtf8(bytes, what);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return check(text, what);
    }

    /** Bytes that are not UTF-8 are refused, never replaced by U+FFFD and read as if nothing happened. */
    public static String strictUtf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(what + " is not valid UTF-8");
        }
    }

    public static String check(String text, String what) {
        // isBlank() alone would let a text of no-break spaces (U+00A0, U+2007, U+202F) through as an article.
        if (text == null || text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            throw new BadInputException(what + " is empty");
        }
        if (text.length() > MAX_BYTES) throw new BadInputException(what + " is over the size limit");
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) throw new BadInputException(what + " looks binary (it holds NUL characters)");
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') control++;
        }
        if (control > 16 && control * 20 > text.length()) {
            throw new BadInputException(what + " looks binary (" + control + " control characters)");
        }
        return text;
    }
}
