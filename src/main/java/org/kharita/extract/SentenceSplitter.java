package org.kharita.extract;

import java.util.List;

/** Splits an article into sentences whose offsets cover the text as given. */
public interface SentenceSplitter {
    List<Sentence> split(String text);
}
