package org.kharita.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of {@link Language#identify}, on a sentence or two written for it. */
class LanguageTest {
    static final String PERSIAN = "نیروهای روسیه روز چهارشنبه به شهر خارکیف حمله کردند و چند ساختمان مسکونی را ویران کردند.";
    static final String URDU = "روسی فوج نے بدھ کے روز خارکیف شہر پر حملہ کیا اور کئی رہائشی عمارتیں تباہ ہو گئیں۔";
    static final String HEBREW = "צבא רוסיה תקף ביום רביעי את העיר חרקוב והרס כמה בנייני מגורים.";
    static final String TURKISH = "Rus kuvvetleri çarşamba günü Harkiv şehrine saldırdı ve birkaç konut binasını yıktı. "
            + "Yetkililer saldırıda en az beş kişinin öldüğünü ve çok sayıda kişinin yaralandığını açıkladı.";
    static final String FRENCH = "Les forces russes ont attaqué mercredi la ville de Kharkiv et détruit plusieurs immeubles "
            + "résidentiels, selon les autorités locales qui font état de cinq morts et de nombreux blessés dans la ville.";
    static final String GREEK = "Οι ρωσικές δυνάμεις επιτέθηκαν την Τετάρτη στην πόλη Χάρκοβο.";
    static final String SERBIAN = "Руске снаге су у уторак напале Харков и уништиле неколико зграда, јавиле су локалне власти, а људи су без струје.";

    @Test
    void persian_is_not_read_as_arabic() {
        assertThat(Language.identify(PERSIAN).supported()).isFalse();
        assertThat(Language.identify(PERSIAN).unsupported()).isEqualTo("Persian");
    }

    @Test
    void urdu_is_named_by_the_letters_persian_lacks() {
        assertThat(Language.identify(URDU).unsupported()).isEqualTo("Urdu");
    }

    @Test
    void hebrew_is_not_read_as_english() {
        assertThat(Language.identify(HEBREW).unsupported()).isEqualTo("Hebrew");
    }

    @Test
    void turkish_prose_is_not_english() {
        assertThat(Language.identify(TURKISH).unsupported()).isEqualTo("Turkish");
    }

    @Test
    void another_latin_language_is_not_english() {
        assertThat(Language.identify(FRENCH).unsupported()).isEqualTo("a language other than English");
    }

    @Test
    void another_script_is_named() {
        assertThat(Language.identify(GREEK).unsupported()).isEqualTo("a language written in Greek script");
    }

    @Test
    void serbian_cyrillic_is_not_russian() {
        assertThat(Language.identify(SERBIAN).unsupported()).isEqualTo("Serbian or Macedonian");
    }

    @Test
    void our_four_languages_are_identified() {
        assertThat(Language.identify("قصفت القوات الروسية قرية بليخوفو في مقاطعة كورسك يوم الأربعاء.").language()).isEqualTo(Language.AR);
        assertThat(Language.identify("Russian forces shelled the village of Plekhovo in the Kursk region on Wednesday, "
                + "the governor said, adding that two people were wounded and that several houses had been damaged.").language())
                .isEqualTo(Language.EN);
        assertThat(Language.identify("Российские войска отразили атаки у Плехово в Курской области.").language()).isEqualTo(Language.RU);
        assertThat(Language.identify("Російські війська обстріляли Харків у середу, повідомила обласна влада.").language()).isEqualTo(Language.UK);
    }

    @Test
    void a_headline_too_short_to_tell_is_read_as_english() {
        assertThat(Language.identify("Kharkiv hit overnight").language()).isEqualTo(Language.EN);
    }

    @Test
    void every_real_dev_eval_passage_is_identified_as_the_language_it_is_in() throws java.io.IOException {
        java.nio.file.Path file = org.kharita.support.Shared.require(org.kharita.support.Shared.DEV_EVAL);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int n = 0;
        for (String line : java.nio.file.Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            var a = json.readTree(line);
            assertThat(Language.identify(a.get("text").asText()).language()).as(a.get("id").asText())
                    .isEqualTo(Language.fromCode(a.get("language").asText()).orElseThrow());
            n++;
        }
        assertThat(n).isGreaterThan(40);
    }

    @Test
    void markup_around_the_words_does_not_decide_the_language() {
        String nested = "<div>".repeat(5_000) + "Shelling near Kupiansk today." + "</div>".repeat(5_000);
        assertThat(Language.identify(nested).language()).isEqualTo(Language.EN);
        String arabicPage = "<html><body><p class=\"lead\">" + "<span style=\"x\">".repeat(200)
                + "قصفت القوات الروسية بلدة كوبيانسك" + "</span>".repeat(200) + "</p></body></html>";
        assertThat(Language.identify(arabicPage).language()).isEqualTo(Language.AR);
        // a lone '<' in prose is no tag
        assertThat(Language.identify("the toll < 5 and the war goes on in the east of the country for the whole year, "
                + "said the head of the administration of the region to the press on Monday").language()).isEqualTo(Language.EN);
    }
}
