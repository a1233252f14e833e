package org.kharita.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationsTest {
    private static final Texts AR = Texts.of("ar"), EN = Texts.of("en");

    @Test
    void each_part_the_resolver_writes_reads_in_arabic_with_its_names_and_numbers_kept() {
        String why = Explanations.translate("same name; curated geodata layer; in Kursk Oblast, named in the text; 3 km from Sudzha;"
                + " coordinates approximate: the point may be 30 km off", AR);
        assertThat(why).isEqualTo(String.join(AR.get("listSep"), AR.get("expl.sameName"), AR.get("expl.curated"),
                AR.format("expl.inRegion", "Kursk Oblast"), AR.format("expl.kmFrom", "3", "Sudzha"), AR.format("expl.coarse", "30")));
        assertThat(why).doesNotContain("same name").doesNotContain("km off");
    }

    @Test
    void the_places_an_explanation_names_read_by_their_arabic_names_where_the_gazetteer_has_them() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.kharita.geo.ArabicNames.load().byName("Sudzha", "RU").isPresent(),
                "skipped: no Arabic place names on the classpath (build with mvn package)");
        String sudzha = org.kharita.geo.ArabicNames.load().byName("Sudzha", "RU").orElseThrow();
        assertThat(Explanations.translate("3 km from Sudzha; 5 km from Nowhere-on-Earth", "RU", AR))
                .isEqualTo(AR.format("expl.kmFrom", "3", sudzha) + AR.get("listSep") + AR.format("expl.kmFrom", "5", "Nowhere-on-Earth"));
    }

    @Test
    void a_part_nobody_taught_it_stays_as_written_and_english_is_untouched() {
        assertThat(Explanations.translate("same name; a reason added tomorrow", AR))
                .endsWith(AR.get("listSep") + "a reason added tomorrow");
        assertThat(Explanations.translate("same name; 3 km from Sudzha", EN)).isEqualTo("same name; 3 km from Sudzha");
        assertThat(Explanations.translate(null, AR)).isNull();
    }
}
