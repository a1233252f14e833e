package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who says it, through whom, on which day, and where when the place cannot be pinned: texts written for the test. */
class StatementAttributionTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

    private static List<Event> events(String text, Language language, TestMentions t) {
        return new RuleEventExtractor().extract(text, language, PUBLISHED, t.sentences(), t.mentions());
    }

    @Test
    void an_official_is_named_by_title_and_name_in_latin_letters_and_carries_through_the_statement() {
        String text = "Уночі ворог атакував дронами Бериславський район, повідомив начальник обласної військової адміністрації "
                + "Олександр Мирошник. Також обстріляли село Зміївка. Він також сказав, що світла немає.";
        TestMentions t = new TestMentions(text)
                .literal("Бериславський район", 0, TestMentions.district("beryslav", "UA", "Kherson"))
                .literal("Зміївка", 0, TestMentions.settlement("zmiivka", "UA", "Kherson"));
        List<Event> events = events(text, Language.UK, t);
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.claimedBy()).isEqualTo("Oleksandr Myroshnyk"));
    }

    @Test
    void a_name_after_according_to_in_the_genitive_is_given_in_the_nominative() {
        String text = "По словам губернатора области Виктора Семёнова, обстрелу подверглось село Ивановка.";
        TestMentions t = new TestMentions(text).literal("Ивановка", 0, TestMentions.settlement("ivanovka", "RU", "X"));
        assertThat(events(text, Language.RU, t)).singleElement()
                .satisfies(e -> assertThat(e.claimedBy()).isEqualTo("Viktor Semenov"));
    }

    @Test
    void the_speaker_named_after_what_he_said_owns_it() {
        String text = "Вночі росіяни обстріляли Марганець. Про це повідомив голова ОВА Петро Бондар.";
        TestMentions t = new TestMentions(text).literal("Марганець", 0, TestMentions.settlement("marhanets", "UA", "Dnipro"));
        assertThat(events(text, Language.UK, t)).singleElement()
                .satisfies(e -> assertThat(e.claimedBy()).isEqualTo("Petro Bondar"));
    }

    @Test
    void an_office_word_is_not_a_name_and_a_bystander_speaks_only_beside_the_reporting_word() {
        String text = "Shelling hit Kamianka, said the head of the Sumy Regional Military Administration.";
        TestMentions t = new TestMentions(text).literal("Kamianka", 0, TestMentions.settlement("kamianka", "UA", "Sumy"));
        assertThat(events(text, Language.EN, t)).singleElement().satisfies(e -> assertThat(e.claimedBy()).isNull());
        String medics = "Doctors treated the wounded after shelling hit Kamianka, the mayor's office reported.";
        TestMentions m = new TestMentions(medics).literal("Kamianka", 0, TestMentions.settlement("kamianka", "UA", "Sumy"));
        assertThat(events(medics, Language.EN, m)).singleElement().satisfies(e -> assertThat(e.claimedBy()).isNull());
        String witnesses = "Shelling hit Kamianka overnight, according to witnesses.";
        TestMentions w = new TestMentions(witnesses).literal("Kamianka", 0, TestMentions.settlement("kamianka", "UA", "Sumy"));
        assertThat(events(witnesses, Language.EN, w)).singleElement().satisfies(e -> assertThat(e.claimedBy()).isEqualTo("witnesses"));
    }

    @Test
    void a_single_witness_resident_or_channel_is_a_typed_source_beside_the_reporting_word() {
        String[][] cases = {{"Shelling hit Kamianka overnight, a witness told reporters.", "witnesses"},
                {"Shelling hit Kamianka overnight, a local resident said.", "residents"},
                {"Shelling hit Kamianka overnight, a pro-government Telegram channel reported.", "Telegram channels"}};
        for (String[] c : cases) {
            TestMentions t = new TestMentions(c[0]).literal("Kamianka", 0, TestMentions.settlement("kamianka", "UA", "Sumy"));
            assertThat(events(c[0], Language.EN, t)).singleElement().satisfies(e -> assertThat(e.claimedBy()).isEqualTo(c[1]));
        }
    }

    private static void everyEventReportedVia(String text, String outlet) {
        TestMentions t = new TestMentions(text).everywhere("Kamianka", TestMentions.settlement("kamianka", "UA", "Sumy"));
        assertThat(events(text, Language.EN, t)).isNotEmpty().allSatisfy(e -> assertThat(e.reportedVia()).isEqualTo(outlet));
    }

    @Test
    void a_wire_dateline_makes_the_agency_the_outlet_of_every_statement() {
        everyEventReportedVia("KYIV (Reuters) - Russian forces shelled Kamianka on Tuesday, the governor said. Later, drones hit Kamianka again.",
                "Reuters");
    }

    @Test
    void a_tass_dateline_is_the_outlet_and_the_speakers_own_channel_is_no_other_source() {
        String text = "БЕЙРУТ, 18 сентября. /ТАСС/. Дрон атаковал Ивановку, сообщил губернатор Иван Петров. "
                + "Петров уточнил в своем Telegram-канале, что Ивановку обстреляли дважды.";
        TestMentions t = new TestMentions(text).everywhere("Ивановку", TestMentions.settlement("ivanovka", "RU", "X"));
        assertThat(events(text, Language.RU, t)).isNotEmpty().allSatisfy(e -> {
            assertThat(e.reportedVia()).isEqualTo("TASS");
            assertThat(e.claimedBy()).isEqualTo("Ivan Petrov");
        });
    }

    @Test
    void damage_after_a_strike_in_the_same_statement_is_that_strikes_event_at_its_place() {
        String text = "Уночі ворог атакував дронами Нікополь, повідомив голова ОВА Сергій Коваленко. "
                + "Пошкоджено будинки в Марганці.";
        TestMentions t = new TestMentions(text)
                .literal("Нікополь", 0, TestMentions.settlement("nikopol", "UA", "Dnipro"))
                .literal("Марганці", 0, TestMentions.settlement("marhanets", "UA", "Dnipro"));
        assertThat(events(text, Language.UK, t)).extracting(Event::type, e -> e.places().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventType.DRONE_STRIKE, 0),
                        org.assertj.core.groups.Tuple.tuple(EventType.DRONE_STRIKE, 1));
        String alone = "Пошкоджено будинки в Марганці.";
        TestMentions a = new TestMentions(alone).literal("Марганці", 0, TestMentions.settlement("marhanets", "UA", "Dnipro"));
        assertThat(events(alone, Language.UK, a)).isEmpty();
    }

    @Test
    void an_event_with_no_day_takes_the_statement_day_but_background_stays_undated() {
        String text = "Russian forces shelled Kamianka, the governor said. After they captured Bilka last year, the front moved.";
        TestMentions t = new TestMentions(text)
                .literal("Kamianka", 0, TestMentions.settlement("kamianka", "UA", "Sumy"))
                .literal("Bilka", 0, TestMentions.settlement("bilka", "UA", "Sumy"));
        List<Event> events = events(text, Language.EN, t);
        assertThat(events.get(0).date()).isEqualTo(PUBLISHED);
        assertThat(events.get(0).dateNote()).contains("publication date");
        assertThat(events).filteredOn(e -> e.places().contains(1)).allSatisfy(e -> assertThat(e.date()).isNotEqualTo(PUBLISHED));
    }

    @Test
    void a_place_recognised_but_not_resolved_still_carries_its_event_unmapped_and_its_region_gives_way() {
        String text = "Russian forces captured Novoselivka in Kharkiv Oblast.";
        TestMentions t = new TestMentions(text)
                .literal("Novoselivka", 0, null)
                .literal("Kharkiv Oblast", 0, TestMentions.region("Kharkiv Oblast", "UA"));
        assertThat(events(text, Language.EN, t)).singleElement().satisfies(e -> {
            assertThat(e.places()).containsExactly(0);
            assertThat(e.locationPrecision()).isEqualTo(RuleEventExtractor.UNKNOWN_PRECISION);
            assertThat(e.type()).isEqualTo(EventType.TERRITORY_CHANGE);
        });
    }

    private static String arabicInstitution(String sentence, String armyBefore) {
        ClaimExtractor.Source s = ClaimExtractor.arabicInstitution(sentence, TextFold.fold(sentence), armyBefore);
        return s == null ? null : s.name();
    }

    @Test
    void an_arabic_institution_after_a_reporting_verb_is_read_with_the_words_that_qualify_it() {
        assertThat(arabicInstitution("وأعلن الجيش الإسرائيلي أن قواته قصفت بلدة بيت لاهيا.", null)).isEqualTo("Israeli military");
        // the qualifiers stop at the preposition that opens what was reported
        assertThat(arabicInstitution("أفاد المرصد السوري لحقوق الإنسان بمقتل 5 مدنيين في قصف على سرمين.", null))
                .isEqualTo("Syrian Observatory for Human Rights");
        assertThat(arabicInstitution("وقالت وزارة الصحة في غزة، اليوم، إن 11 شخصا قتلوا.", null)).isEqualTo("Gaza Health Ministry");
    }

    @Test
    void a_bare_army_is_the_army_the_article_named_in_full_before_and_none_without_one() {
        assertThat(arabicInstitution("وأعلن الجيش أن قواته استعادت بلدة أم روابة.", "Sudanese army")).isEqualTo("Sudanese army");
        assertThat(arabicInstitution("وأعلن الجيش أن قواته استعادت بلدة أم روابة.", null)).isNull();
    }

    @Test
    void an_arabic_organ_of_a_side_speaks_for_that_side() {
        assertThat(arabicInstitution("قالت وزارة الصحة التابعة لحكومة الحوثيين إن خمسة أشخاص أصيبوا.", null)).isEqualTo("Houthis");
        assertThat(arabicInstitution("وبحسب ما أفادت وسائل إعلام تابعة للحوثيين، فقد قصفت الطائرات الميناء.", null)).isEqualTo("Houthis");
        // media of no named side stay unnamed
        assertThat(arabicInstitution("وبحسب ما أفادت وسائل إعلام محلية، فقد قصفت الطائرات الميناء.", null)).isNull();
    }

    @Test
    void an_institution_the_product_cannot_name_in_english_is_left_unnamed_and_a_noun_that_is_no_institution_is_no_speaker() {
        assertThat(arabicInstitution("أعلنت \"إدارة العمليات العسكرية\" السيطرة على قرى جديدة.", null)).isNull();
        assertThat(arabicInstitution("وقال شهود إن القصف استهدف السوق.", null)).isNull();
    }

    @Test
    void the_arabic_army_speaking_in_its_own_sentence_claims_the_event_there() {
        String text = "وأعلن الجيش الإسرائيلي أن قواته هاجمت مواقع في بيت لاهيا.";
        TestMentions t = new TestMentions(text).literal("بيت لاهيا", 0, TestMentions.settlement("beit-lahia", "PS", "Gaza"));
        assertThat(events(text, Language.AR, t)).singleElement().satisfies(e -> assertThat(e.claimedBy()).isEqualTo("Israeli military"));
    }

    private static String organisation(String sentence) {
        ClaimExtractor.Source s = ClaimExtractor.namedOrganisation(sentence, TextFold.fold(sentence));
        return s == null ? null : s.name();
    }

    @Test
    void an_organisation_is_named_by_the_word_its_name_ends_in_and_an_outlet_by_the_noun_before_it() {
        assertThat(organisation("The attack on Bara killed 40 people, the Sudan Doctors Network said.")).isEqualTo("Sudan Doctors Network");
        assertThat(organisation("Human Rights Watch reported that the village was burned.")).isEqualTo("Human Rights Watch");
        assertThat(organisation("Как сообщил новостной портал Janoubia, самолеты нанесли удары.")).isEqualTo("Janoubia");
    }

    @Test
    void an_organisation_named_away_from_any_reporting_word_or_only_close_to_the_source_is_no_speaker() {
        assertThat(organisation("Fighters loyal to the Arakan Rohingya Society held the Goteik viaduct and the Kyaukme road for days.")).isNull();
        assertThat(organisation("Channels close to the Wagner Network said the town fell.")).isNull();
    }

    /** Who claims the one event of {@code text}, whose every {@code place} is a settlement. */
    private static String claimantOfTheOneEvent(String text, String place) {
        TestMentions t = new TestMentions(text).everywhere(place, TestMentions.settlement(place.toLowerCase(), "LB", "Mount Lebanon"));
        List<Event> events = events(text, Language.EN, t);
        assertThat(events).as(text).hasSize(1);
        return events.get(0).claimedBy();
    }

    @Test
    void a_ministry_named_by_its_country_and_office_is_the_ministry_of_the_later_sentences() {
        assertThat(claimantOfTheOneEvent("Lebanon's health ministry said on Saturday that strikes hit three villages.\n"
                + "Separately, the ministry said an Israeli strike on Kamianka killed two people.", "Kamianka")).isEqualTo("Lebanon's health ministry");
    }

    @Test
    void an_organisation_is_a_more_exact_source_than_the_bystanders_its_name_holds() {
        assertThat(claimantOfTheOneEvent("Shelling hit Kamianka, killing 12 people, according to the Sudan Doctors Network.", "Kamianka"))
                .isEqualTo("Sudan Doctors Network");
    }

    @Test
    void an_agencys_correspondent_makes_it_the_outlet_of_the_story() {
        everyEventReportedVia("An AFP correspondent in Kamianka saw rescuers at work.\nDrones hit Kamianka overnight, the governor said.", "AFP");
    }

    @Test
    void the_same_strike_told_again_by_another_source_without_a_day_is_one_event() {
        assertThat(claimantOfTheOneEvent("Lebanon's health ministry said on Saturday that an Israeli strike on Kamianka killed two people.\n"
                + "The Lebanese Red Cross Society had said a strike targeted a house in Kamianka.", "Kamianka")).isEqualTo("Lebanon's health ministry");
    }

    @Test
    void a_sentence_that_only_names_the_speaker_says_who_said_the_one_before() {
        List<ClaimExtractor.Claim> c = ClaimExtractor.chains(List.of(TextFold.fold("Войска заняли село Ивановка."),
                TextFold.fold("Об сообщило Минобороны России.")), new boolean[2]);
        assertThat(c).extracting(ClaimExtractor.Claim::claimedBy).containsExactly("Russian Ministry of Defence", "Russian Ministry of Defence");
    }

    @Test
    void an_arabic_spokesman_speaks_for_the_institution_named_after_him() {
        assertThat(arabicInstitution("وقال المتحدث باسم الجيش السوداني إن قواته صدت هجوما على المدينة.", null)).isEqualTo("Sudanese army");
        assertThat(arabicInstitution("وقال الناطق الرسمي باسم الجيش اللبناني، مساء أمس، إن دورية تعرضت لإطلاق نار.", null))
                .isEqualTo("Lebanese army");
    }

    @Test
    void the_sources_an_arabic_outlet_relays_with_naqalat_an_are_the_claimant() {
        ClaimExtractor.Source s = ClaimExtractor.claimer(TextFold.fold("ونقلت صحيفة محلية عن شهود أن الانفجار وقع قرب السوق."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo("witnesses");
    }

    @Test
    void an_armed_force_named_by_its_country_beside_the_reporting_word_is_the_claimant() {
        assertThat(claimantOfTheOneEvent("Drones hit Kamianka overnight, the Israeli military said.", "Kamianka")).isEqualTo("Israeli military");
        assertThat(claimantOfTheOneEvent("The Sudanese army said its artillery shelled Kamianka on Monday.", "Kamianka")).isEqualTo("Sudanese army");
        assertThat(claimantOfTheOneEvent("According to the Ukrainian military, drones hit Kamianka.", "Kamianka")).isEqualTo("Ukrainian military");
        assertThat(claimantOfTheOneEvent("Chad's army said it shelled Kamianka.", "Kamianka")).isEqualTo("Chad's army");
    }

    @Test
    void a_force_only_named_in_what_is_reported_or_not_by_its_country_is_no_claimant() {
        assertThat(claimantOfTheOneEvent("Russian forces shelled Kamianka, a resident said.", "Kamianka")).isEqualTo("residents");
        assertThat(ClaimExtractor.nationalForce("Rapid Support Forces said they shelled the town.",
                TextFold.fold("Rapid Support Forces said they shelled the town."))).isNull();
    }

    @Test
    void the_governor_without_a_name_is_the_governor_named_before_and_no_one_when_none_was() {
        String text = "Governor Ivan Petrenko said on Monday that the region was calm.\n"
                + "Drones hit Kamianka overnight, the region's governor said.";
        assertThat(claimantOfTheOneEvent(text, "Kamianka")).isEqualTo("Ivan Petrenko");
        assertThat(claimantOfTheOneEvent("Drones hit Kamianka overnight, the region's governor said.", "Kamianka")).isNull();
    }

    @Test
    void what_a_summary_says_names_its_author_as_a_reporting_verb_does() {
        List<ClaimExtractor.Claim> c = ClaimExtractor.chains(List.of(TextFold.fold("Минобороны России опубликовало сводку."),
                TextFold.fold("Войска заняли село Ивановка."),
                TextFold.fold("Как сказано в сводке ведомства, расчеты уничтожили склад.")), new boolean[3]);
        assertThat(c.get(2).claimedBy()).isEqualTo("Russian Ministry of Defence");
    }

    @Test
    void a_bare_army_speaking_later_is_the_army_the_article_named_in_full_in_any_role() {
        List<String> sentences = List.of("اندلعت معارك عنيفة بين الجيش السوداني ومسلحين قرب المدينة.",
                "وأعلن الجيش لاحقا أن قواته استعادت بلدة أم روابة.");
        List<String> folded = sentences.stream().map(TextFold::fold).toList();
        List<ClaimExtractor.Claim> c = ClaimExtractor.chains(folded, sentences, new boolean[2], new boolean[]{true, true}, Language.AR);
        assertThat(c.get(1).claimedBy()).isEqualTo("Sudanese army");
    }

    @Test
    void the_head_of_an_administration_or_a_governor_without_a_name_is_the_one_named_before_in_english_russian_and_ukrainian() {
        String en = "The head of the regional military administration, Ivan Petrenko, said the night was calm.\n"
                + "Kyiv's air force reported ten drones shot down.\n"
                + "Drones hit Kamianka overnight, the head of the regional military administration said.";
        String[] ru = {"Губернатор Иван Петров сообщил, что ночь прошла спокойно.", "Минобороны России сообщило о сбитых дронах.",
                "По словам губернатора, дрон атаковал Ивановку."};
        String[] uk = {"Голова ОВА Іван Петренко повідомив, що ніч минула спокійно.", "Генштаб ЗСУ повідомив про бої.",
                "Дрон атакував Іванівку, повідомив голова ОВА."};
        assertThat(claimantOfTheOneEvent(en, "Kamianka")).isEqualTo("Ivan Petrenko");
        assertThat(lastClaimant(ru, Language.RU)).isEqualTo("Ivan Petrov");
        assertThat(lastClaimant(uk, Language.UK)).isEqualTo("Ivan Petrenko");
    }

    private static String lastClaimant(String[] paragraphs, Language language) {
        List<String> original = List.of(paragraphs);
        boolean[] starts = new boolean[paragraphs.length];
        java.util.Arrays.fill(starts, true);
        List<ClaimExtractor.Claim> c = ClaimExtractor.chains(original.stream().map(TextFold::fold).toList(), original,
                new boolean[paragraphs.length], starts, language);
        return c.get(c.size() - 1).claimedBy();
    }

    @Test
    void the_summary_a_staff_issues_speaks_for_it_like_its_statement() {
        assertThat(ClaimExtractor.claimer(TextFold.fold("У вечірньому зведенні Генштаб ЗСУ навів дані про 40 боєзіткнень біля Іванівки.")))
                .extracting(ClaimExtractor.Source::name).isEqualTo("Ukrainian General Staff");
        assertThat(ClaimExtractor.claimer(TextFold.fold("В утренней сводке Минобороны России - бои у Ивановки.")))
                .extracting(ClaimExtractor.Source::name).isEqualTo(ClaimExtractor.RUSSIAN_MOD);
        assertThat(ClaimExtractor.claimer(TextFold.fold("Генштаб ЗСУ змінив структуру командування."))).isNull();
    }
}
