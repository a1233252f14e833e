package org.kharita.geo.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneticKeyTest {
    private static void sameSkeleton(String... spellings) {
        String first = PhoneticKey.skeleton(spellings[0]);
        for (String s : spellings) assertThat(PhoneticKey.skeleton(s)).as(s).isEqualTo(first);
    }

    @Test
    void arabic_cyrillic_and_latin_darino_share_a_skeleton() {
        sameSkeleton("دارينو", "Дарьино", "Dar'ino", "Darino");
    }

    @Test
    void arabic_beh_stands_for_p_and_feh_for_v() {
        sameSkeleton("بليخوفو", "Плёхово", "Plekhovo", "Plyokhovo");
    }

    @Test
    void multi_word_names_join_their_words() {
        sameSkeleton("زيليني شلياخ", "Зелёный Шлях", "Zelenyy Shlyakh", "Zeleny Shlyakh");
        sameSkeleton("نيجني كلين", "Нижний Клин", "Nizhny Klin");
    }

    @Test
    void egyptian_jeem_is_g() {
        sameSkeleton("بيونج يانج", "Pyongyang");
    }

    @Test
    void che_is_teh_sheen_and_tse_is_teh_seen() {
        sameSkeleton("تشيرنيغوف", "Чернигов", "Chernigov");
        sameSkeleton("تسيوروبينسك", "Цюрупинск", "Tsyurupinsk");
    }

    @Test
    void mixed_script_token_still_keys_like_its_latin_form() {
        sameSkeleton("Pleкhovo", "Plekhovo");
    }

    @Test
    void vowels_are_kept_in_the_fine_form() {
        assertThat(PhoneticKey.fine("Pokrovsky")).isNotEqualTo(PhoneticKey.fine("Pokrovsk"));
        assertThat(PhoneticKey.skeleton("Pokrovsky")).isEqualTo(PhoneticKey.skeleton("Pokrovsk"));
    }

    @Test
    void the_article_is_silent_before_sun_letters() {
        sameSkeleton("الشعب", "ash Shaab");
        sameSkeleton("الرقة", "Ar Raqqa");
        sameSkeleton("الفاشر", "Al Fashir");
    }

    @Test
    void word_final_heh_is_a_vowel() {
        sameSkeleton("ميدفيجيه", "Медвежье", "Medvezhye");
    }
}
