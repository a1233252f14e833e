package org.kharita.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Thousands of random sentences built from the words the rules look for (numbers and number words,
 * qualifiers, dates, cue words, place names, punctuation) in all four languages: whatever they say,
 * the analyzer answers without an exception. A zero closing a text once crashed the number reader.
 */
class NoCrashFuzzTest {
    private static final String[] WORDS = {
            "0", "1", "3", "40", "280", "1,000", "2022", "1899", "3000", "٤٠", "0.5", "-", ",", ".", "،", ":", "\"", "(", ")",
            "نحو", "أكثر من", "ما يصل إلى", "ثلاثة", "ثلاث", "عشرين", "آلاف", "الآلاف", "ألف", "مليون", "قتيلا", "جريحا",
            "دبابة", "مدرعات", "الأربعاء", "أمس", "اليوم", "يونيو الماضي", "تشرين الأول", "عام", "وزارة الدفاع الروسية",
            "قوات كييف", "في", "قرية", "دارينو", "كورسك", "مقاطعة", "انفجار", "مظاهرة", "قصف", "سيطرت",
            "about", "more than", "up to", "zero", "one", "twenty-five", "hundred", "thousand", "killed", "wounded",
            "tanks", "drones", "on", "Wednesday", "last", "June", "yesterday", "in", "near", "Kursk", "Sudzha",
            "the", "ministry", "said", "explosion", "protest", "massacre",
            "около", "более", "до", "ноль", "три", "сорок", "тысяч", "убиты", "ранены", "танков", "в", "среду",
            "июне", "прошлого", "года", "Курской", "области", "Суджа", "взрыв", "митинг", "п'ять", "тисяч", "загинули"};

    @Test
    void random_sentences_of_rule_words_never_crash_the_analyzer() {
        ArticleAnalyzer engine = GeoParserBehaviourTest.ENGINE;
        Random rnd = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + rnd.nextInt(25);
            for (int k = 0; k < n; k++) text.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(8) == 0 ? "" : " ");
            String t = text.toString().strip();
            if (t.isEmpty()) continue;
            LocalDate published = rnd.nextBoolean() ? LocalDate.of(2024, 10, 24) : null;
            // the language forced: a word salad of four languages may fairly read as none of them, and the rules are what is fuzzed
            org.kharita.geo.Language lang = org.kharita.geo.Language.detect(t);
            assertThatCode(() -> engine.analyze(t, lang, published)).as(t).doesNotThrowAnyException();
        }
    }
}
