package org.kharita.geo.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTest {
    @Test
    void exact_key_folds_case_diacritics_yo_apostrophes_and_hyphens() {
        assertThat(NameKeys.exact("Плёхово")).isEqualTo(NameKeys.exact("плехово"));
        assertThat(NameKeys.exact("Korenëvo")).isEqualTo("korenevo");
        assertThat(NameKeys.exact("Dar'ino")).isEqualTo("darino");
        assertThat(NameKeys.exact("Nikolaevo-Darino")).isEqualTo("nikolaevo darino");
        assertThat(NameKeys.exact("Zelenyy  Shlyakh")).isEqualTo("zelenyy shlyakh");
    }

    @Test
    void short_i_survives_folding() {
        assertThat(NameKeys.exact("Покровский")).endsWith("й");
    }

    @Test
    void exact_key_normalises_arabic_spelling_variants() {
        assertThat(NameKeys.exact("أوكرانيا")).isEqualTo(NameKeys.exact("اوكرانيا"));
    }

    @Test
    void russian_cases_meet_the_nominative_stem() {
        assertThat(NameKeys.stem("Судже")).isEqualTo(NameKeys.stem("Суджа"));
        assertThat(NameKeys.stem("Курской области")).isEqualTo(NameKeys.stem("Курская область"));
        assertThat(NameKeys.stem("Покровского")).isEqualTo(NameKeys.stem("Покровский"));
    }

    @Test
    void ukrainian_adjective_endings_meet_the_russian_stem() {
        assertThat(NameKeys.stem("Курської")).isEqualTo(NameKeys.stem("Курской"));
    }

    @Test
    void stem_is_only_for_cyrillic() {
        assertThat(NameKeys.stem("Kursk")).isNull();
    }
}
