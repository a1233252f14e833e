package org.kharita.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolver's explanation in the UI language. The resolver writes it in English, parts joined by "; "
 * (the geoparse contract's explanation, and what is stored with each mention), so the words are not lost
 * for the command line and old corpora; here each part it is known to write is matched and given its
 * words from the bundle ({@code expl.*}), its names and numbers kept. A part nobody taught this class
 * stays in English rather than vanish.
 */
final class Explanations {
    private Explanations() {
    }

    /** Each pattern the resolver, the geoparser and the corrections write, to its bundle key; groups fill %s in order. */
    private static final Map<Pattern, String> PARTS = parts();

    private static Map<Pattern, String> parts() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        m.put(Pattern.compile("analyst alias"), "expl.alias");
        m.put(Pattern.compile("analyst correction of \"(.+)\""), "expl.correction");
        m.put(Pattern.compile("same name"), "expl.sameName");
        m.put(Pattern.compile("inflected form of (.+)"), "expl.inflected");
        m.put(Pattern.compile("sounds like (.+) \\(([0-9.]+)\\)"), "expl.soundsLike");
        m.put(Pattern.compile("near spelling of (.+) \\(([0-9.]+)\\)"), "expl.nearSpelling");
        m.put(Pattern.compile("curated geodata layer"), "expl.curated");
        m.put(Pattern.compile("first-level region"), "expl.region");
        m.put(Pattern.compile("outside the region the sentence names"), "expl.outsideRegion");
        m.put(Pattern.compile("in (.+), named in the text"), "expl.inRegion");
        m.put(Pattern.compile("([0-9]+) km from (.+)"), "expl.kmFrom");
        m.put(Pattern.compile("the text calls it a region elsewhere"), "expl.calledRegion");
        m.put(Pattern.compile("not literal: (.+)"), "expl.notLiteral");
        m.put(Pattern.compile("coordinates approximate: the point may be ([0-9]+) km off"), "expl.coarse");
        m.put(Pattern.compile("unresolved: the best candidate lies over ([0-9]+) km from (.+), which the article is about"), "expl.farFromAnchors");
        m.put(Pattern.compile("a village the gazetteer lacks\\?"), "expl.missingVillage");
        m.put(Pattern.compile("region inferred near (.+) \\(([0-9]+) km\\)"), "expl.pinRegion");
        m.put(Pattern.compile("no settlement within ([0-9]+) km: country and region unknown"), "expl.pinNoRegion");
        return m;
    }

    static String translate(String explanation, Texts texts) {
        return translate(explanation, null, texts);
    }

    /**
     * @param country the ISO code of the place explained: the places an explanation names (its region, its
     *                neighbour) are read by their name in the UI language as if in that country, where the
     *                gazetteer has one; a name it does not know stays
     */
    static String translate(String explanation, String country, Texts texts) {
        if (explanation == null || "en".equals(texts.lang())) return explanation;
        List<String> out = new ArrayList<>();
        for (String part : explanation.split("; ")) out.add(part(part.strip(), country, texts));
        return String.join(texts.get("listSep"), out);
    }

    private static String part(String part, String country, Texts texts) {
        for (Map.Entry<Pattern, String> e : PARTS.entrySet()) {
            Matcher m = e.getKey().matcher(part);
            if (!m.matches()) continue;
            Object[] args = new Object[m.groupCount()];
            for (int g = 0; g < args.length; g++) {
                String arg = m.group(g + 1);
                args[g] = country == null || arg.matches("[0-9.]+") ? arg : Labels.placeName(arg, country, texts);
            }
            return texts.format(e.getValue(), args);
        }
        return part;
    }
}
