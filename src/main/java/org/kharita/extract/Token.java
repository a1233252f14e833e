package org.kharita.extract;

import java.util.ArrayList;
import java.util.List;

/** A word of running text with its offsets; punctuation between words is kept as the gap. */
record Token(String text, int start, int end, int index) {

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean isDigit() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /**
     * Words are runs of letters, digits, combining marks, apostrophes inside a word and hyphens
     * between letters (Nikolaevo-Darino stays one word; "24-hour" too, harmlessly). Zero-width and
     * bidi controls pasted from web pages are skipped over, never split a word, never start one.
     */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int s = i;
            int lastWordChar = i;
            while (i < to) {
                char d = text.charAt(i);
                if (isWordChar(d) || isInvisible(d)) {
                    if (isWordChar(d)) lastWordChar = i;
                    i++;
                } else if ((d == '\'' || d == '’' || d == 'ʼ' || d == '-' || d == '‑') && i + 1 < to && isWordChar(text.charAt(i + 1))
                        && Character.isLetter(text.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            int e = lastWordChar + 1;
            out.add(new Token(text.substring(s, e), s, e, out.size()));
        }
        return out;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\u2060'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
    }
}
