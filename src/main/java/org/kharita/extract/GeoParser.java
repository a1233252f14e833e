package org.kharita.extract;

import org.kharita.geo.Language;

import java.util.List;

/** Finds every place-name occurrence in a text and resolves it (CLAVIN's split: find, look up, resolve). */
public interface GeoParser {
    List<Mention> parse(String text, Language language, List<Sentence> sentences);
}
