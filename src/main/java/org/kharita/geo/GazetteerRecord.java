package org.kharita.geo;

import java.util.List;

/**
 * A place with every name it goes by, in any script (Дарьино, Dar'ino, دارينو), as gazetteer
 * sources hand it to the name index. {@code curated} marks rows an analyst wrote by hand
 * (geodata/theatre), which the resolver trusts over bulk rows of the same name.
 */
public record GazetteerRecord(Place place, List<String> names, boolean curated) {
}
