package org.kharita.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundaries from ICU's UAX #29 rules: they know the Arabic question mark (؟), the
 * ellipsis and closing quotes, and break at paragraph ends. The {@code ss=standard} suppressions keep
 * "Mr." and "U.S." inside their sentence. Leading and trailing blanks are trimmed off each span so
 * a highlighted sentence starts at its first letter.
 */
public final class IcuSentenceSplitter implements SentenceSplitter {
    private static final ULocale LOCALE = new ULocale("en@ss=standard");

    @Override
    public List<Sentence> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(LOCALE);
        it.setText(text);
        List<Sentence> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start, e = end;
            while (s < e && isBlank(text.charAt(s))) s++;
            while (e > s && isBlank(text.charAt(e - 1))) e--;
            if (e > s) out.add(new Sentence(out.size(), s, e));
        }
        return out;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200F' || c == '\u200E';
    }
}
