package org.kharita.ui;

import org.junit.jupiter.api.Test;
import org.kharita.extract.Event.DatePrecision;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {
    private static final LocalDate JUNE_19 = LocalDate.of(2024, 6, 19);

    @Test
    void a_month_precise_date_reads_as_the_month_and_spans_it_on_the_timeline() {
        assertThat(Labels.date(JUNE_19, DatePrecision.MONTH)).isEqualTo("2024-06");
        assertThat(Labels.start(JUNE_19, DatePrecision.MONTH)).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(Labels.end(JUNE_19, DatePrecision.MONTH)).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void a_day_is_a_point_and_a_year_spans_the_year() {
        assertThat(Labels.date(JUNE_19, DatePrecision.DAY)).isEqualTo("2024-06-19");
        assertThat(Labels.end(JUNE_19, DatePrecision.DAY)).isNull();
        assertThat(Labels.date(JUNE_19, DatePrecision.YEAR)).isEqualTo("2024");
        assertThat(Labels.end(JUNE_19, DatePrecision.YEAR)).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Labels.date(null, null)).isEqualTo("date unknown");
    }

    @Test
    void a_country_code_reads_as_its_name_in_the_ui_language() {
        assertThat(Labels.country("UA", "en")).isEqualTo("Ukraine");
        assertThat(Labels.country("UA", "ar")).isEqualTo("أوكرانيا");
        assertThat(Labels.country("Atlantis", "en")).as("a name from an older import stays as it is").isEqualTo("Atlantis");
        assertThat(Labels.country(null, "en")).isEmpty();
    }

    private static org.kharita.corpus.EventRow row(String place, int precision, String actor1) {
        return new org.kharita.corpus.EventRow(1, null, null, null, null, 1L, "x", "battle", JUNE_19, JUNE_19, DatePrecision.DAY,
                place, "RU", "41", "Kursk Oblast", 51.2, 35.27, null, precision, actor1, null, null, null, null, null, "text");
    }

    @Test
    void an_event_known_only_near_its_place_or_to_its_district_reads_as_approximate_in_both_languages() {
        assertThat(Labels.place(row("Darino", 2, null), Texts.of("en"))).isEqualTo("≈ Darino (approximate)");
        assertThat(Labels.place(row("Darino", 2, null), Texts.of("ar"))).isEqualTo("≈ دارينو (تقريبي)");
        assertThat(Labels.place(row("Plekhovo", 1, null), Texts.of("en"))).isEqualTo("Plekhovo");
    }

    @Test
    void a_place_reads_by_its_arabic_name_in_the_arabic_ui_where_the_gazetteer_has_one() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.kharita.geo.ArabicNames.load().byName("Darino", "RU").isPresent(),
                "skipped: no Arabic place names on the classpath (build with mvn package)");
        assertThat(Labels.place(row("Plekhovo", 1, null), Texts.of("ar"))).isEqualTo("بليخوفو");
        assertThat(Labels.place(row("Nowhere-on-Earth", 1, null), Texts.of("ar"))).as("no Arabic name: the stored one")
                .isEqualTo("Nowhere-on-Earth");
    }

    @Test
    void countries_governments_and_the_extractors_actors_read_in_arabic_and_other_actors_keep_their_name() {
        Texts ar = Texts.of("ar");
        assertThat(Labels.actor("Government of Ukraine", ar)).isEqualTo("حكومة أوكرانيا");
        assertThat(Labels.actor("Russia", ar)).isEqualTo("روسيا");
        assertThat(Labels.actor("Wagner Group", ar)).isEqualTo("مجموعة فاغنر");
        assertThat(Labels.actor("Ukrainian General Staff", ar)).isEqualTo("هيئة الأركان العامة الأوكرانية");
        assertThat(Labels.actor("Militia of the Nuer ethnic group", ar)).isEqualTo("Militia of the Nuer ethnic group");
        assertThat(Labels.actor("Government of Ukraine", Texts.of("en"))).isEqualTo("Government of Ukraine");
    }

    /** The extractor's actors and claimants are a closed set of English labels: each has its Arabic in the bundle. */
    @Test
    void every_actor_and_claimant_the_extractor_writes_has_an_arabic_name() throws java.io.IOException {
        java.util.regex.Pattern label = java.util.regex.Pattern.compile("(?:new Actor|source|bystander)\\(\"([^\"]+)\"");
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String f : java.util.List.of("ActorNormalizer.java", "ClaimExtractor.java")) {
            var m = label.matcher(java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/org/kharita/extract", f)));
            while (m.find()) names.add(m.group(1));
        }
        assertThat(names).as("labels found in the extractor").hasSizeGreaterThan(30);
        Texts ar = Texts.of("ar");
        for (String n : names) {
            String arabic = Labels.actor(n, ar);
            assertThat(arabic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .as("%s reads in Arabic: %s", n, arabic).isTrue();
        }
    }
}
