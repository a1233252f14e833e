package org.kharita.extract;

import org.junit.jupiter.api.Test;
import org.kharita.extract.DateResolver.DateMention;
import org.kharita.extract.Event.Count;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.Event.Qualifier;
import org.kharita.geo.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule per test, native-script inputs written for the test (no article text). */
class RulesByLanguageTest {
    static final LocalDate THURSDAY = LocalDate.of(2024, 10, 24);

    static DateMention date(String text, Language lang, LocalDate published) {
        List<DateMention> found = DateResolver.find(text, lang, published);
        assertThat(found).as("a date in: " + text).isNotEmpty();
        return found.get(0);
    }

    static void day(String text, Language lang, String expected) {
        DateMention d = date(text, lang, THURSDAY);
        assertThat(d.date()).as(text).isEqualTo(LocalDate.parse(expected));
        assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(d.note()).isNotBlank();
    }

    static void month(String text, Language lang, String expected) {
        DateMention d = date(text, lang, THURSDAY);
        assertThat(d.date()).as(text).isEqualTo(LocalDate.parse(expected));
        assertThat(d.precision()).isEqualTo(DatePrecision.MONTH);
    }

    // ---------------------------------------------------------------- dates

    @Test
    void arabic_today_thursday_is_the_publication_day() {
        day("وافق البرلمان اليوم الخميس على القانون", Language.AR, "2024-10-24");
    }

    @Test
    void arabic_bare_wednesday_between_commas_is_the_day_before() {
        day("أعلن الجيش، الأربعاء، صد هجوم", Language.AR, "2024-10-23");
    }

    @Test
    void arabic_yesterday_sunday_is_checked_against_the_calendar() {
        DateMention d = date("قالت الوزارة أمس الأحد إن", Language.AR, LocalDate.of(2024, 9, 23));
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 9, 22));
        assertThat(d.note()).doesNotContain("would be");
    }

    @Test
    void arabic_last_june_and_this_october_resolve_to_months() {
        month("وقع الاتفاق في يونيو الماضي", Language.AR, "2024-06-01");
        month("وصلوا خلال أكتوبر الحالي", Language.AR, "2024-10-01");
        month("وقع الاتفاق في حزيران الماضي", Language.AR, "2024-06-01");
    }

    @Test
    void arabic_levantine_month_and_double_month_names() {
        day("في 6 آب من العام الحالي", Language.AR, "2024-08-06");
        day("بدأ الهجوم في 6 أغسطس/ آب", Language.AR, "2024-08-06");
        day("في 3 تشرين الأول 2023", Language.AR, "2023-10-03");
        day("في السادس من أغسطس", Language.AR, "2024-08-06");
    }

    @Test
    void arabic_year_is_year_precision() {
        DateMention d = date("منذ أن بدأت الحرب عام 2022", Language.AR, THURSDAY);
        assertThat(d.date()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void english_dates() {
        day("The ministry said on Wednesday", Language.EN, "2024-10-23");
        day("fighting on 24 October 2024", Language.EN, "2024-10-24");
        day("imagery posted on August 7", Language.EN, "2024-08-07");
        day("yesterday the army said", Language.EN, "2024-10-23");
        month("signed last June", Language.EN, "2024-06-01");
    }

    @Test
    void russian_and_ukrainian_dates() {
        day("в среду министерство сообщило", Language.RU, "2024-10-23");
        day("у середу міністерство повідомило", Language.UK, "2024-10-23");
        day("бои 24 октября 2024 года", Language.RU, "2024-10-24");
        day("вчера армия отразила атаку", Language.RU, "2024-10-23");
        day("вчора армія відбила атаку", Language.UK, "2024-10-23");
        day("сьогодні", Language.UK, "2024-10-24");
        month("подписан в июне прошлого года", Language.RU, "2023-06-01");
        month("в начале октября", Language.RU, "2024-10-01");
    }

    @Test
    void without_publication_relative_dates_stay_open_with_the_reason() {
        for (String[] t : new String[][]{{"اليوم الخميس", "ar"}, {"last June", "en"}, {"в среду", "ru"}, {"6 августа", "ru"}}) {
            DateMention d = date(t[0], Language.fromCode(t[1]).orElseThrow(), null);
            assertThat(d.date()).as(t[0]).isNull();
            assertThat(d.note()).contains("publication date");
        }
        assertThat(date("24 октября 2024 года", Language.RU, null).date()).isEqualTo(LocalDate.of(2024, 10, 24));
    }

    @Test
    void dates_before_1900_and_after_publication_are_not_invented() {
        assertThat(date("منذ عام 1812", Language.AR, THURSDAY).date()).isNull();
        DateMention future = date("on 5 November 2024", Language.EN, THURSDAY);
        assertThat(future.future()).isTrue();
        assertThat(date("next Monday", Language.EN, THURSDAY).future()).isTrue();
    }

    // ---------------------------------------------------------------- numbers

    static NumberReader.Num num(String text, Language lang) {
        List<NumberReader.Num> n = NumberReader.read(TextFold.fold(text), lang);
        assertThat(n).as(text).hasSize(1);
        return n.get(0);
    }

    @Test
    void arabic_indic_digits_and_thousands() {
        assertThat(num("٣٩٧ صوتا", Language.AR).value()).isEqualTo(397);
        assertThat(num("3 آلاف جندي", Language.AR).value()).isEqualTo(3000);
        assertThat(num("16 ألف عسكري", Language.AR).value()).isEqualTo(16000);
        assertThat(num("ثلاثة آلاف جندي", Language.AR).value()).isEqualTo(3000);
    }

    @Test
    void arabic_number_words_in_both_genders() {
        assertThat(num("ثلاثة جنود", Language.AR).value()).isEqualTo(3);
        assertThat(num("ثلاث دبابات", Language.AR).value()).isEqualTo(3);
        assertThat(num("وخمس مركبات", Language.AR).value()).isEqualTo(5);
        assertThat(num("خمسة عشر جنديا", Language.AR).value()).isEqualTo(15);
        assertThat(num("خمسة وعشرون قتيلا", Language.AR).value()).isEqualTo(25);
        assertThat(num("عشرة جنود", Language.AR).value()).isEqualTo(10);
        assertThat(NumberReader.read(TextFold.fold("آلاف الجنود"), Language.AR)).isEmpty();
    }

    @Test
    void a_zero_or_a_lone_plural_closing_the_text_reads_as_nothing_and_does_not_stop_the_reading() {
        assertThat(NumberReader.read(TextFold.fold("report number 0"), Language.EN)).isEmpty();
        assertThat(NumberReader.read(TextFold.fold("سقط 3 قتلى وأصيب الآلاف"), Language.AR)).extracting(NumberReader.Num::value)
                .containsExactly(3L);
        assertThat(NumberReader.read(TextFold.fold("0 tanks, 5 drones"), Language.EN)).extracting(NumberReader.Num::value)
                .containsExactly(5L);
        assertThat(NumberReader.read(TextFold.fold("0 5 drones"), Language.EN)).extracting(NumberReader.Num::value)
                .containsExactly(5L);
    }

    @Test
    void qualifiers_in_each_language() {
        assertThat(num("نحو 40 عسكريا", Language.AR).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(num("حوالي 40", Language.AR).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(num("أكثر من 280 عسكريا", Language.AR).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(num("ما يزيد عن 280", Language.AR).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(num("ما يصل إلى 20 شخصا", Language.AR).qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(num("about 40 soldiers", Language.EN).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(num("more than 280 troops", Language.EN).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(num("up to 20 killed", Language.EN).qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(num("около 40 военных", Language.RU).qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(num("более 280 военнослужащих", Language.RU).qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(num("до 20 человек", Language.RU).qualifier()).isEqualTo(Qualifier.AT_MOST);
    }

    @Test
    void english_and_russian_number_words() {
        assertThat(num("three thousand troops", Language.EN).value()).isEqualTo(3000);
        assertThat(num("3,000 troops", Language.EN).value()).isEqualTo(3000);
        assertThat(num("twenty five soldiers", Language.EN).value()).isEqualTo(25);
        assertThat(num("три танка", Language.RU).value()).isEqualTo(3);
        assertThat(num("двадцать пять военных", Language.RU).value()).isEqualTo(25);
        assertThat(num("тридцать тысяч военнослужащих", Language.RU).value()).isEqualTo(30000);
        assertThat(num("п'ять танків", Language.UK).value()).isEqualTo(5);
    }

    // ---------------------------------------------------------------- counts

    static Map<String, Count> counts(String text, Language lang) {
        return CountExtractor.extract(text, lang);
    }

    @Test
    void arabic_duals_and_bare_singulars_carry_their_count() {
        Map<String, Count> c = counts("دمرت القوات مركبتين قتاليتين مدرعتين وتدمير دبابة ومحطة حرب إلكترونية", Language.AR);
        assertThat(c.get("armoured_vehicles").value()).isEqualTo(2);
        assertThat(c.get("tanks").value()).isEqualTo(1);
        assertThat(c.get("ew_stations").value()).isEqualTo(1);
    }

    @Test
    void the_second_figure_of_a_toll_counts_others() {
        Map<String, Count> c = counts("The ministry said two people had been killed and 11 others wounded in the strike", Language.EN);
        assertThat(c.get("wounded").value()).isEqualTo(11);
    }

    @Test
    void killed_and_wounded_together_are_not_split() {
        Map<String, Count> c = counts("فقد العدو ما يصل إلى 20 شخصا بين قتيل وجريح", Language.AR);
        assertThat(c).containsOnlyKeys("killed_or_wounded");
        assertThat(c.get("killed_or_wounded")).extracting(Count::value, Count::qualifier).containsExactly(20L, Qualifier.AT_MOST);
        assertThat(counts("up to 20 killed or wounded", Language.EN)).containsOnlyKeys("killed_or_wounded");
    }

    @Test
    void person_counts_take_their_role_from_the_word_before() {
        assertThat(counts("أعلن مقتل نحو 40 عسكريا", Language.AR).get("killed").value()).isEqualTo(40);
        assertThat(counts("واستسلام ثلاثة جنود", Language.AR).get("surrendered").value()).isEqualTo(3);
        assertThat(counts("أسرت القوات 594 جنديا", Language.AR).get("captured").value()).isEqualTo(594);
        assertThat(counts("نشرت 3 آلاف جندي", Language.AR).get("soldiers").value()).isEqualTo(3000);
        assertThat(counts("captured over 40 Russian prisoners of war", Language.EN).get("captured").value()).isEqualTo(40);
        assertThat(counts("уничтожены 13 бронемашин и 3 танка", Language.RU)).containsKeys("armoured_vehicles", "tanks");
    }

    @Test
    void parts_after_of_which_do_not_overwrite_the_total() {
        Map<String, Count> c = counts("تدمير 13 عربة مدرعة، منها ثلاث دبابات، وسبع مدرعات قتالية، وست سيارات", Language.AR);
        assertThat(c.get("armoured_vehicles").value()).isEqualTo(13);
        assertThat(c.get("tanks").value()).isEqualTo(3);
        assertThat(c.get("vehicles").value()).isEqualTo(6);
        assertThat(c.get("vehicles").phrase()).isEqualTo("ست سيارات");
    }

    @Test
    void a_sentence_of_ten_numbers_yields_only_the_tied_ones() {
        Map<String, Count> c = counts("In 2024 the 38 km front, 12 villages, 7 roads, 3 bridges, 45 square kilometers, 10 km, "
                + "route 9, 2 tanks and 1,200 votes", Language.EN);
        assertThat(c).containsOnlyKeys("tanks");
        assertThat(counts("", Language.AR)).isEmpty();
        assertThat(counts("١٢٣ ٤٥٦ ٧٨٩", Language.AR)).isEmpty();
    }

    // ---------------------------------------------------------------- cues, actors, claims

    static EventType type(String text, Language lang) {
        EventCues.Cue c = EventCues.main(EventCues.find(TextFold.fold(text), lang));
        return c == null ? null : c.type();
    }

    @Test
    void cue_words_are_matched_in_their_other_forms_and_typed_by_weapon() {
        // Arabic perfect with subject suffixes and imperfect, behind the clitics
        assertThat(type("وتقدمت القوات نحو البلدة", Language.AR)).isEqualTo(EventType.BATTLE);
        assertThat(type("فيما يتقدمون باتجاه المدينة", Language.AR)).isEqualTo(EventType.BATTLE);
        assertThat(type("وأغارت الطائرات على المنطقة", Language.AR)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("سقطت قذيفة على المنزل", Language.AR)).isEqualTo(EventType.SHELLING);
        assertThat(type("the army recaptured the town", Language.EN)).isEqualTo(EventType.TERRITORY_CHANGE);
        assertThat(type("troops encircled the village", Language.EN)).isEqualTo(EventType.BATTLE);
        assertThat(type("militants blew up a bridge", Language.EN)).isEqualTo(EventType.EXPLOSION);
        assertThat(type("Відбулося 47 боєзіткнень", Language.UK)).isEqualTo(EventType.BATTLE);
        // "aviation strikes on" is an air strike, not the generic strike it contains
        assertThat(type("ворог завдав 5 авіаційних ударів по селу", Language.UK)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("скинули 10 КАБ на місто", Language.UK)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("обстріляли з РСЗВ", Language.UK)).isEqualTo(EventType.SHELLING);
        assertThat(type("Удары были нанесены в районах сел", Language.RU)).isEqualTo(EventType.SHELLING);
        assertThat(type("самолеты совершают рейды на цели", Language.RU)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("рейд спецназа на позиции", Language.RU)).isNull();
    }

    @Test
    void cue_words_type_the_event() {
        assertThat(type("صدت القوات هجوما", Language.AR)).isEqualTo(EventType.BATTLE);
        assertThat(type("وقعت اشتباكات عنيفة", Language.AR)).isEqualTo(EventType.BATTLE);
        assertThat(type("صادق البرلمان على المعاهدة", Language.AR)).isEqualTo(EventType.RATIFICATION);
        assertThat(type("ووقع الرئيس الاتفاقية", Language.AR)).isEqualTo(EventType.AGREEMENT);
        assertThat(type("ووصل الجنود إلى القاعدة", Language.AR)).isEqualTo(EventType.TROOP_DEPLOYMENT);
        assertThat(type("قصفت المدفعية القرية", Language.AR)).isEqualTo(EventType.SHELLING);
        assertThat(type("a drone attack hit the depot", Language.EN)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("forces captured the village", Language.EN)).isEqualTo(EventType.TERRITORY_CHANGE);
        assertThat(type("the Duma ratified the treaty", Language.EN)).isEqualTo(EventType.RATIFICATION);
        assertThat(type("освобождены три села", Language.RU)).isEqualTo(EventType.TERRITORY_CHANGE);
        assertThat(type("отражены атаки", Language.RU)).isEqualTo(EventType.BATTLE);
        assertThat(type("ракетный удар по городу", Language.RU)).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void a_drone_named_as_the_subject_strikes_and_a_strike_whose_weapon_is_unsaid_is_remote_violence() {
        assertThat(type("Беспилотник атаковал Шебекино", Language.RU)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("Дрон влучив у будинок у Сумах", Language.UK)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("A drone hit an apartment block in Shebekino", Language.EN)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("Армія завдала удару по Куп'янську", Language.UK)).isEqualTo(EventType.SHELLING);
        assertThat(type("Губернатор сообщил об ударе по Белгороду", Language.RU)).isEqualTo(EventType.SHELLING);
        // the weapon, when said, types the strike
        assertThat(type("Ракетный удар по Харькову", Language.RU)).isEqualTo(EventType.MISSILE_STRIKE);
    }

    private static List<EventType> cueTypes(String text, Language lang) {
        return EventCues.find(TextFold.fold(text), lang).stream().map(EventCues.Cue::type).toList();
    }

    @Test
    void a_strike_whose_weapon_is_unsaid_takes_the_weapon_its_sentence_names() {
        // "other strikes" after air raids are more air raids, so the places after them are struck from the air too
        assertThat(cueTypes("شنت الطائرات غارات على المدينة وطاولت ضربات أخرى محيط الميناء", Language.AR))
                .containsOnly(EventType.AIR_STRIKE);
        assertThat(cueTypes("Армия нанесла ракетный удар по Харькову", Language.RU)).containsOnly(EventType.MISSILE_STRIKE);
        // alone: remote violence, read in English news as from the air
        assertThat(type("وطاولت ضربات أخرى محيط الميناء", Language.AR)).isEqualTo(EventType.SHELLING);
        assertThat(type("Five people were killed in an \"enemy strike\" on the village of Harbor", Language.EN)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("A strike targeted a school on Monday", Language.EN)).isEqualTo(EventType.AIR_STRIKE);
        // a walkout is no strike
        assertThat(type("Dock workers went on strike over pay", Language.EN)).isNull();
        assertThat(type("The prisoner is on hunger strike", Language.EN)).isNull();
    }

    @Test
    void troops_seen_where_they_were_not_are_a_deployment() {
        assertThat(type("На окраине села зафиксировано появление военных", Language.RU)).isEqualTo(EventType.TROOP_DEPLOYMENT);
        assertThat(type("Біля мосту помічено військових, вони встановили блокпост", Language.UK)).isEqualTo(EventType.TROOP_DEPLOYMENT);
        // without troops, an appearance is none
        assertThat(type("Отмечено появление новых магазинов", Language.RU)).isNull();
    }

    @Test
    void the_blasts_of_a_named_strike_are_that_strike_not_an_explosion_of_their_own() {
        assertThat(cueTypes("استهدفت الغارات مقر القيادة بالتزامن مع سماع دوي انفجارات في الحي", Language.AR))
                .doesNotContain(EventType.EXPLOSION);
        assertThat(cueTypes("Explosions were heard as missiles hit the port", Language.EN)).doesNotContain(EventType.EXPLOSION);
        // without a strike, an explosion is one
        assertThat(type("Explosions were heard near the port", Language.EN)).isEqualTo(EventType.EXPLOSION);
    }

    @Test
    void drones_and_missiles_brought_down_in_the_air_are_other_and_their_debris_on_the_ground_a_drone_strike() {
        typed(EventType.OTHER, Map.of(
                "Над Курской областью сбиты восемь беспилотников", Language.RU,
                "Силами ППО збито 20 ударних дронів", Language.UK,
                "Air defences shot down six drones over the region", Language.EN,
                "أعلن الجيش اعتراض ثلاث طائرات مسيرة", Language.AR));
        assertThat(type("Беспилотник сбит, обломками повреждена крыша школы", Language.RU)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("Уламками збитого безпілотника пошкоджено будинок", Language.UK)).isEqualTo(EventType.DRONE_STRIKE);
        // a depot of rockets destroyed on the ground is not an interception
        assertThat(type("уничтожен склад ракет", Language.RU)).isEqualTo(EventType.MISSILE_STRIKE);
    }

    @Test
    void the_verb_attacked_with_its_drones_after_the_place_is_a_drone_strike() {
        assertThat(type("Ворог атакував Харків ударними дронами", Language.UK)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("Противник атаковал Суджу дронами", Language.RU)).isEqualTo(EventType.DRONE_STRIKE);
    }

    @Test
    void in_arabic_targeted_after_a_named_strike_is_that_strikes_verb_not_a_clash() {
        List<EventCues.Cue> cues = EventCues.find(TextFold.fold("شنت الطائرات غارة استهدفت مدرسة في البلدة"), Language.AR);
        assertThat(cues).extracting(EventCues.Cue::type).containsExactly(EventType.AIR_STRIKE);
        // without a strike before it, targeting stays an attack
        assertThat(type("استهدف المسلحون حاجزا للجيش", Language.AR)).isEqualTo(EventType.BATTLE);
    }

    @Test
    void the_day_before_and_last_night_in_morning_reports() {
        day("Накануне вечером противник обстрелял село", Language.RU, "2024-10-23");
        day("Минулої доби ворог здійснив 40 атак", Language.UK, "2024-10-23");
        day("За прошедшие сутки сбиты 30 беспилотников", Language.RU, "2024-10-23");
        day("Уночі ворог атакував місто", Language.UK, "2024-10-24");
        day("Сегодня ночью был сбит беспилотник", Language.RU, "2024-10-24");
        // "on the eve of the elections" is no date, and a night with a date takes the date
        assertThat(DateResolver.find("Накануне выборов прошли митинги", Language.RU, THURSDAY)).isEmpty();
        day("Ночью 20 октября прогремел взрыв", Language.RU, "2024-10-20");
    }

    @Test
    void wire_and_arabic_casualty_counts_keep_their_qualifier() {
        Map<String, Count> en = counts("killed at least 12 people", Language.EN);
        assertThat(en.get("killed")).extracting(Count::value, Count::qualifier).containsExactly(12L, Qualifier.AT_LEAST);
        assertThat(counts("أسفر عن مقتل 5 أشخاص", Language.AR).get("killed").value()).isEqualTo(5);
    }

    /** Every sentence, in its language, has {@code expected} as its main cue's type. */
    private static void typed(EventType expected, Map<String, Language> sentences) {
        sentences.forEach((text, lang) -> assertThat(type(text, lang)).as(text).isEqualTo(expected));
    }

    @Test
    void explosions_are_typed_in_each_language() {
        typed(EventType.EXPLOSION, Map.of(
                "انفجرت عبوة ناسفة بجانب حافلة في السوق", Language.AR,
                "وأدى انفجار سيارة مفخخة إلى مقتل خمسة أشخاص", Language.AR,
                "A roadside bomb exploded next to a police patrol", Language.EN,
                "an IED attack on the convoy", Language.EN,
                "На рынке прогремел взрыв", Language.RU,
                "Біля вокзалу пролунав потужний вибух", Language.UK));
    }

    @Test
    void attacks_on_civilians_are_typed_in_each_language() {
        typed(EventType.ATTACK_ON_CIVILIANS, Map.of(
                "ارتكب المسلحون مجزرة في القرية", Language.AR,
                "وأكد الشهود استهداف المدنيين عند الحاجز", Language.AR,
                "Gunmen attacked the market and shot dead six civilians", Language.EN,
                "Residents described the massacre at the farm", Language.EN,
                "Военные устроили расстрел жителей у моста", Language.RU,
                "Окупанти продовжують обстріл мирних кварталів", Language.UK));
    }

    @Test
    void protests_are_typed_in_each_language() {
        typed(EventType.PROTEST, Map.of(
                "خرج آلاف المتظاهرين إلى الساحة الرئيسية", Language.AR,
                "ونظم الطلاب وقفة احتجاجية أمام الجامعة", Language.AR,
                "Hundreds of demonstrators marched to the town hall", Language.EN,
                "Farmers held a rally outside parliament", Language.EN,
                "В центре города прошел митинг против мобилизации", Language.RU,
                "Біля мерії відбулася акція протесту водіїв", Language.UK));
    }

    @Test
    void look_alikes_of_the_new_cues_are_no_events() {
        assertThat(type("وصل الوفد فجر اليوم إلى المطار", Language.AR)).isNull();
        assertThat(type("The ministry protested the decision", Language.EN)).isNull();
        assertThat(type("Инженеры протестировали новый мост", Language.RU)).isNull();
        assertThat(type("the bomb did not explode", Language.EN)).isNull();
    }

    @Test
    void negated_and_future_cues_are_no_events() {
        assertThat(type("لا نعلم إن كان سينشر الجنود", Language.AR)).isNull();
        assertThat(type("وبعد فشلها في التقدم نحو العاصمة عادت القوات", Language.AR)).isNull();
        assertThat(type("the forces have not managed to enter the town", Language.EN)).isNull();
        assertThat(type("войска не смогли прорыв", Language.RU)).isNull();
        assertThat(type("مركبات قتال مشاة", Language.AR)).isNull();
    }

    @Test
    void actors_are_normalised_and_the_enemy_is_the_claimers_opponent() {
        List<String> names = ActorNormalizer.find(TextFold.fold("صدت القوات الروسية هجوما لقوات كييف وبيونج يانج"), null)
                .stream().map(ActorNormalizer.Named::name).toList();
        assertThat(names).containsExactly("Russia", "Ukraine", "North Korea");
        assertThat(ActorNormalizer.find(TextFold.fold("فقد العدو 40 جنديا"), "Russia")).extracting(ActorNormalizer.Named::name).containsExactly("Ukraine");
        assertThat(ActorNormalizer.find(TextFold.fold("فقد العدو 40 جنديا"), null)).isEmpty();
        assertThat(ActorNormalizer.find(TextFold.fold("ВСУ и ВС РФ"), null)).extracting(ActorNormalizer.Named::name).containsExactly("Ukraine", "Russia");
    }

    @Test
    void claims_run_over_the_sentences_that_continue_a_statement() {
        List<String> s = List.of(TextFold.fold("أعلنت وزارة الدفاع الروسية صد هجوم"), TextFold.fold("وأوضحت الوزارة في بيان أوردته وكالة سبوتنيك أن"),
                TextFold.fold("روسيا أوكرانيا"), TextFold.fold("قال جون كيربي إن الجنود وصلوا"), TextFold.fold("وأضاف حسبما نقلت قناة الحرة"));
        List<ClaimExtractor.Claim> c = ClaimExtractor.chains(s, new boolean[]{false, false, true, false, false});
        assertThat(c.get(0)).extracting(ClaimExtractor.Claim::claimedBy, ClaimExtractor.Claim::reportedVia)
                .containsExactly("Russian Ministry of Defence", "Sputnik");
        assertThat(c.get(1).chain()).isEqualTo(c.get(0).chain());
        assertThat(c.get(3)).extracting(ClaimExtractor.Claim::claimedBy, ClaimExtractor.Claim::reportedVia)
                .containsExactly("John Kirby / White House", "Alhurra");
        assertThat(c.get(3).chain()).isNotEqualTo(c.get(0).chain());
        assertThat(ClaimExtractor.claimer(TextFold.fold("channels close to the Russian Defense Ministry posted video"))).isNull();
        assertThat(ClaimExtractor.chains(List.of(TextFold.fold("Минобороны России сообщило об атаке")), new boolean[1]).get(0).claimedBy())
                .isEqualTo("Russian Ministry of Defence");
    }

    @Test
    void no_verbs_empty_text_and_no_sentences_give_no_events_and_no_crash() {
        RuleEventExtractor x = new RuleEventExtractor();
        assertThat(x.extract("", Language.AR, null, List.of(), List.of())).isEmpty();
        String text = "١٢٣ ٤٥٦ ٧٨٩ ٠ ١ ٢ ٣ ٤ ٥ ٦.";
        TestMentions t = new TestMentions(text);
        assertThat(x.extract(text, Language.AR, THURSDAY, t.sentences(), t.mentions())).isEmpty();
    }

    @Test
    void a_list_of_villages_in_one_report_gives_one_event_each_sharing_a_group() {
        String text = "Освобождены населенные пункты Суджа, Мирный и Подол Курской области, - говорится в сообщении Минобороны России.";
        TestMentions t = new TestMentions(text)
                .literal("Суджа", 0, TestMentions.settlement("sudzha", "RU", "Kursk Oblast"))
                .literal("Мирный", 0, TestMentions.settlement("mirny", "RU", "Kursk Oblast"))
                .literal("Подол", 0, TestMentions.settlement("podol", "RU", "Kursk Oblast"))
                .literal("Курской области", 0, TestMentions.region("Kursk Oblast", "RU"));
        List<Event> events = new RuleEventExtractor().extract(text, Language.RU, THURSDAY, t.sentences(), t.mentions());
        assertThat(events).hasSize(3).allMatch(e -> e.type() == EventType.TERRITORY_CHANGE && e.locationPrecision() == 1
                && "Russian Ministry of Defence".equals(e.claimedBy()));
        assertThat(events.stream().map(Event::group).distinct()).hasSize(1);
    }

    @Test
    void an_events_counts_come_in_the_order_the_text_states_them_on_every_run() {
        String text = "Russian artillery shelled the village of Snagost, destroying 4 drones, 3 tanks, 6 boats, 2 artillery pieces and 5 vehicles.";
        TestMentions t = new TestMentions(text).literal("Snagost", 0, TestMentions.settlement("snagost", "RU", "Kursk Oblast"));
        List<Event> events = new RuleEventExtractor().extract(text, Language.EN, THURSDAY, t.sentences(), t.mentions());
        // a hash order would pass by chance once in 120 runs
        assertThat(events).singleElement().satisfies(e -> assertThat(e.counts().keySet())
                .containsExactly("drones", "tanks", "boats", "artillery", "vehicles"));
    }

    @Test
    void a_place_named_as_a_distance_reference_is_not_where_it_happened() {
        String text = "The channel reports clashes in the village of Snagost, which is 10 km from Korenevo.";
        TestMentions t = new TestMentions(text)
                .literal("Snagost", 0, TestMentions.settlement("snagost", "RU", "Kursk Oblast"))
                .literal("Korenevo", 0, TestMentions.settlement("korenevo", "RU", "Kursk Oblast"));
        List<Event> events = new RuleEventExtractor().extract(text, Language.EN, THURSDAY, t.sentences(), t.mentions());
        assertThat(events).singleElement().satisfies(e -> assertThat(e.places()).containsExactly(0));
    }

    /** The places of the one event {@code text} yields, where {@code places} are (name, id) pairs of settlements in text order. */
    private static List<Integer> placesOfTheOneEvent(String text, Language lang, String... places) {
        TestMentions t = new TestMentions(text);
        for (int k = 0; k < places.length; k += 2) t.literal(places[k], 0, TestMentions.settlement(places[k + 1], "RU", "Kursk Oblast"));
        List<Event> events = new RuleEventExtractor().extract(text, lang, THURSDAY, t.sentences(), t.mentions());
        assertThat(events).as(text).hasSize(1);
        return events.get(0).places();
    }

    @Test
    void a_distance_with_words_between_or_in_arabic_before_its_figure_is_a_reference_too() {
        assertThat(placesOfTheOneEvent("Drones hit the village of Snagost, some 12 kilometres (seven miles) from the town of Korenevo.",
                Language.EN, "Snagost", "snagost", "Korenevo", "korenevo")).containsExactly(0);
        assertThat(placesOfTheOneEvent("تقدمت القوات نحو بلدة سناغوست التي تبعد عن مدينة كورينيفو نحو 12 كلم.",
                Language.AR, "سناغوست", "snagost", "كورينيفو", "korenevo")).containsExactly(0);
    }

    @Test
    void attacks_on_a_town_are_not_merged_into_the_front_named_after_it() {
        String text = "Russian forces intensified offensive operations in the Snagost direction. "
                + "Analysts later reported Russian attacks on Snagost itself.";
        TestMentions t = new TestMentions(text).everywhere("Snagost", TestMentions.settlement("snagost", "RU", "Kursk Oblast"));
        List<Event> events = new RuleEventExtractor().extract(text, Language.EN, THURSDAY, t.sentences(), t.mentions());
        assertThat(events).anyMatch(e -> e.sentence().index() == 1 && e.places().contains(1) && e.locationPrecision() == 1);
    }

    @Test
    void a_group_of_forces_named_after_a_river_is_no_place() {
        assertThat(placesOfTheOneEvent("Бойцы группировки войск «Днепр» заняли село Ивановка.",
                Language.RU, "Днепр", "dnipro", "Ивановка", "ivanovka")).containsExactly(1);
    }

    @Test
    void russian_and_ukrainian_tolls_in_collective_numerals_are_counted_with_their_role() {
        Map<String, Count> ru = counts("В результате атаки погибли двое мирных жителей, трое ранены.", Language.RU);
        assertThat(ru.get("killed").value()).isEqualTo(2);
        assertThat(ru.get("wounded").value()).isEqualTo(3);
        Map<String, Count> uk = counts("Внаслідок обстрілу загинули троє людей, п'ятеро поранені.", Language.UK);
        assertThat(uk.get("killed").value()).isEqualTo(3);
        assertThat(uk.get("wounded").value()).isEqualTo(5);
        assertThat(counts("Двое суток шли бои.", Language.RU)).isEmpty();
    }

    @Test
    void a_person_count_takes_its_role_from_a_verb_after_it_in_arabic_and_from_wounding_in_english() {
        assertThat(counts("وقالت الوزارة إن 15 شخصا قتلوا في القصف.", Language.AR)).containsKey("killed");
        assertThat(counts("وقالت الوزارة إن 15 شخصا قتلوا في القصف.", Language.AR).get("killed").value()).isEqualTo(15);
        assertThat(counts("Glide bombs hit the city, wounding 15 people.", Language.EN).get("wounded").value()).isEqualTo(15);
        assertThat(counts("Glide bombs hit the city, wounding 15 people.", Language.EN)).doesNotContainKey("soldiers");
        assertThat(counts("Russian shelling killed two people and wounded seven.", Language.EN).get("killed").value()).isEqualTo(2);
        assertThat(counts("Two people were killed in the strike.", Language.EN)).containsKey("killed");
    }

    @Test
    void gunmen_killing_people_is_an_attack_on_civilians_and_families_are_not_prisoners() {
        assertThat(type("Gunmen killed nine people at a bar on Saturday.", Language.EN)).isEqualTo(EventType.ATTACK_ON_CIVILIANS);
        assertThat(type("Its troops fought near the village on Monday.", Language.EN)).isEqualTo(EventType.BATTLE);
        assertThat(type("Неизвестные застрелили двух мирных жителей.", Language.RU)).isEqualTo(EventType.ATTACK_ON_CIVILIANS);
        assertThat(type("نزحت عشرات الأسر من المدينة.", Language.AR)).isNotEqualTo(EventType.SURRENDER);
        assertThat(type("وأعلن الجيش أسر ثلاثة جنود.", Language.AR)).isEqualTo(EventType.SURRENDER);
    }

    @Test
    void one_arabic_verb_entry_covers_its_persons_tenses_and_object_pronouns() {
        assertThat(cueTypes("داهمت قوة خاصة القرية فجرا", Language.AR)).containsExactly(EventType.BATTLE);
        assertThat(cueTypes("وما زالت الفصائل تحاصرها من ثلاث جهات", Language.AR)).containsExactly(EventType.BATTLE);
        assertThat(cueTypes("واسترجعها المقاتلون بعد يومين", Language.AR)).containsExactly(EventType.TERRITORY_CHANGE);
        assertThat(cueTypes("ونسفوا الجسر الرئيسي", Language.AR)).containsExactly(EventType.EXPLOSION);
        assertThat(cueTypes("وفجرت المجموعة مستودعا للذخيرة", Language.AR)).containsExactly(EventType.EXPLOSION);
    }

    @Test
    void an_arabic_perfect_marked_as_needing_an_ending_is_not_its_bare_homograph() {
        // فجر alone is "dawn"
        assertThat(cueTypes("وصلت الحافلة فجر الثلاثاء", Language.AR)).isEmpty();
    }

    @Test
    void an_arabic_capture_or_entry_verb_placed_before_its_subject_is_still_a_territory_change() {
        assertThat(cueTypes("وسيطرت وحدات المشاة على التلة المطلة", Language.AR)).containsExactly(EventType.TERRITORY_CHANGE);
        assertThat(cueTypes("ودخلت قوات الفرقة الثالثة مدينة صغيرة شرق النهر", Language.AR)).contains(EventType.TERRITORY_CHANGE);
    }

    @Test
    void an_arabic_strike_word_with_a_drone_on_either_side_is_a_drone_strike_and_with_aviation_an_air_strike() {
        assertThat(type("وقصفت المسيرات محطة الكهرباء", Language.AR)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("وشنت طائرة مسيرة هجوما على المطار", Language.AR)).isEqualTo(EventType.DRONE_STRIKE);
        assertThat(type("وقصف الطيران الحربي أطراف البلدة", Language.AR)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("وقصف الطيران أطراف البلدة", Language.AR)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("وقصف الطيران المسير أطراف البلدة", Language.AR)).isEqualTo(EventType.DRONE_STRIKE);
    }

    @Test
    void arabic_targeting_takes_the_weapon_its_sentence_names_and_aircraft_that_shell_strike_from_the_air() {
        assertThat(type("واستهدف المقاتلون تجمعا للجنود بالصواريخ", Language.AR)).isEqualTo(EventType.MISSILE_STRIKE);
        assertThat(cueTypes("واستهدف المقاتلون تجمعا للجنود بالصواريخ", Language.AR)).doesNotContain(EventType.BATTLE);
        assertThat(type("واستهدف المسلحون حاجزا للشرطة", Language.AR)).isEqualTo(EventType.BATTLE);
        assertThat(type("وقالت المصادر إن الطائرات الحربية قصفت منزلا", Language.AR)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("والطائرات قصفت منزلا", Language.AR)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("وأعلن الجيش أن طائراته قصفت مخزنا", Language.AR)).isEqualTo(EventType.AIR_STRIKE);
        assertThat(type("وتعرضت البلدة لهجمات بطائرات مسيرة", Language.AR)).isEqualTo(EventType.DRONE_STRIKE);
    }
}
