package org.kharita.extract;

import org.kharita.geo.Language;

import java.util.HashSet;
import java.util.Set;

/**
 * Words that are never place names on their own, however a gazetteer spells its villages:
 * function words, months and weekdays, and the commonest words of war reporting. Without this,
 * a village called Правда or a hamlet called "Said" turns every quote into a map pin.
 */
final class StopWords {
    private StopWords() {
    }

    private static final Set<String> WORDS = new HashSet<>();

    static {
        add(// English
                "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her",
                "their", "our", "its", "in", "on", "at", "of", "and", "or", "but", "if", "as", "by", "for", "with", "from",
                "after", "before", "during", "while", "since", "according", "however", "meanwhile", "also", "earlier",
                "later", "today", "yesterday", "tomorrow", "said", "says", "monday", "tuesday", "wednesday", "thursday",
                "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "ministry", "defence", "defense", "forces", "armed",
                "army", "state", "duma", "council", "security", "national", "house", "white", "press", "news", "agency",
                "president", "minister", "general", "spokesman", "north", "south", "east", "west", "central", "new",
                "old", "great", "independence", "day", "war", "operation", "group", "special", "military", "russian",
                "ukrainian", "korean", "american", "european", "western", "soviet", "kremlin", "pentagon", "nato", "un",
                "eu", "isw", "afu", "mod", "ap", "reuters", "bbc", "cnn", "tass", "ria", "telegram", "twitter", "x",
                "liberty", "radio", "service", "city", "region", "oblast", "village", "town", "district",
                // institutions English capitalises that are also some small town's name
                "congress", "parliament", "senate", "capitol",
                // Russian / Ukrainian
                "в", "и", "на", "по", "с", "со", "не", "что", "это", "как", "а", "но", "или", "из", "к", "от", "за", "для",
                "о", "об", "при", "у", "до", "после", "также", "так", "уже", "еще", "ещё", "всего", "более", "около",
                "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу",
                "воскресенье", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                "октября", "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                "сентябрь", "октябрь", "ноябрь", "декабрь", "правда", "мир", "победа", "минобороны", "всу", "вс",
                "і", "та", "що", "це", "як", "або", "із", "від", "для", "після", "також",
                "південь", "север", "юг", "запад", "восток", "центр", "группировка", "войска", "армия",
                // institutions Russian capitalises: Совет Федерации, Совета безопасности, Госдума
                "совет", "совета", "совете", "советом", "дума", "думы", "думе", "госдума", "госдумы", "кремль", "кремля",
                "генштаб", "генштаба", "министерство", "министерства", "штаб", "штаба", "рада", "ради", "раду", "раді", "радою", "верховна",
                // Arabic
                "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "كان", "كانت", "قد", "لقد", "هذا", "هذه", "ذلك", "تلك",
                "التي", "الذي", "الذين", "بعد", "قبل", "خلال", "حيث", "كما", "أيضا", "وقال", "قال", "قالت", "وأضاف",
                "أضاف", "وأضافت", "أضافت", "اليوم", "أمس", "غدا", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
                "الجمعة", "السبت", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
                "آب", "أيلول", "تشرين", "وزارة", "الدفاع", "القوات", "قوات", "الجيش", "الروسية", "الروسي", "الأوكرانية",
                "الأوكراني", "الكورية", "الشمالية", "الشمال", "الجنوب", "الشرق", "الغرب", "شمال", "جنوب", "شرق", "غرب",
                "العدو", "المسلحة", "مجموعة", "المجموعة", "بيان", "البيان", "الساعة", "الماضي", "الماضية", "الحالي",
                "العام", "عام", "نحو", "حوالي", "أكثر", "أقل", "بين", "ضد", "عبر", "حول", "لدى", "منذ", "حتى", "ثم",
                "دبابة", "دبابات", "مدرعة", "جندي", "جنود", "قتيل", "جريح", "هجوم", "هجمات", "هجوما", "معارك", "قتال",
                "الحرة", "سبوتنيك", "رويترز", "الخارجية", "الأمن", "القومي", "البيت", "الأبيض", "مجلس", "الدوما",
                "الرئيس", "رئيس", "وزير", "المتحدث", "الكرملين", "البنتاغون", "الناتو", "الاتحاد", "الأوروبي",
                "معاهدة", "المعاهدة", "الشراكة", "الاستراتيجية", "الحرب", "العملية", "العسكرية", "الخاصة", "كورية",
                "لافتة", "مضيفة", "مشيرا", "مشيرة", "وفقا", "وفق", "بحسب", "حسب", "إضافة", "بالإضافة", "وكذلك", "كذلك",
                "مناطق", "منطقة", "مقاطعة", "قرية", "بلدة", "مدينة", "اتجاه", "محور",
                "واحد", "واحدة", "اثنان", "اثنين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع",
                "سبعة", "ثمان", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "مئة", "مائة", "ألف", "آلاف", "مليون",
                "صالح", "طرفين", "الطرفين", "بلاده", "بلادها", "بينما", "فيما", "عندما", "حينما", "كلما", "لكن", "لكنه",
                "بعدما", "ريثما", "طالما", "إنما", "أيضًا", "جدا", "فقط", "حاليا", "لاحقا", "سابقا", "مؤخرا",
                // ordinals and times of day follow في as often as towns do: في السادس من أكتوبر
                "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
                "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
                "الحادي", "الأخير", "الأخيرة", "الوقت", "صباح", "مساء", "ليلة", "الليل", "الصباح", "المساء", "الأسبوع",
                "الشهر", "السنة", "الفترة", "المنطقة", "الحين", "الساعات", "الأيام", "الأشهر", "فجر", "الفجر", "فجرا",
                "ظهر", "الظهر", "عصر", "العصر", "صاروخ", "صواريخ", "قذيفة", "قذائف", "غارة", "غارات",
                // everyday nouns that are also some town's name or sound like one (أمور ~ Amur, الكثير ~ Algiers,
                // حديث ~ Haditha, الميناء ~ Minya, السوق is a Yemeni town): prose, not places
                "أمور", "الأمور", "الكثير", "كثير", "إطار", "الإطار", "حديث", "الحديث", "الخارج", "خارج", "الداخل",
                "داخل", "البلاد", "الميناء", "السوق", "الأرض", "أرض", "القطاع", "ميدان", "الميدان", "الحي", "المزارع",
                "الوادي", "الجو", "السماء", "المستشفى", "المدرسة", "الطريق", "الشارع", "المطار", "الجبهة", "المواقع",
                "الساحة", "المعركة", "العملية", "الحكومة", "البرلمان", "الجيش", "الريف", "المدينة", "القرية", "البلدة",
                "الصحراء", "الجبال", "النهر", "الغابة", "الأحياء", "الشوارع", "الأسواق", "المدارس", "الملاجئ",
                "الخنادق", "الأنفاق", "الحقول", "المصانع", "الموانئ", "القواعد", "الثكنات", "المعسكرات", "معسكر", "المعسكر", "المخيمات",
                "المنزل", "البيت", "المسجد", "الكنيسة", "الجامعة", "المحافظة", "الولاية", "الإقليم");
    }

    private static void add(String... ws) {
        for (String w : ws) WORDS.add(PlaceCues.foldUncached(w));
    }

    /**
     * Institutions whose names are also a place's alternate name in GeoNames ("White House" is
     * Casablanca's) or that stand for a government, never for where something happened.
     */
    private static final Set<String> PHRASES = Set.of("white house", "red square", "state department", "security council",
            "general staff", "armed forces", "state duma", "national guard", "белый дом", "совет федерации",
            "генеральный штаб", "البيت الأبيض", "مجلس الأمن", "الأمم المتحدة", "united nations");

    static boolean isPhrase(String span) {
        return PHRASES.contains(span.toLowerCase(java.util.Locale.ROOT).strip().replaceAll("\\s+", " "));
    }

    /** Each language's prose words ({@code lang/XX/prose-words.txt}): common words some gazetteer row spells. */
    private static final java.util.Map<Language, Set<String>> PROSE = new java.util.EnumMap<>(Language.class);
    private static final Set<String> ALL_PROSE = Lexicon.ofAll("prose-words");
    private static final Set<String> MONTHS = Lexicon.ofAll("months");

    static {
        for (Language l : Language.values()) PROSE.put(l, Lexicon.of(l, "prose-words"));
    }

    static boolean is(String word, Language language) {
        String f = PlaceCues.fold(word, language);
        return WORDS.contains(f) || (language == null ? ALL_PROSE : PROSE.get(language)).contains(f);
    }

    /** A word of the language's prose lexicon: never a name, not even right after a town noun (بلدة جديدة "a new town"). */
    static boolean isProse(String word, Language language) {
        return (language == null ? ALL_PROSE : PROSE.get(language)).contains(PlaceCues.fold(word, language));
    }

    /** A month's name or abbreviation ({@code lang/XX/months.txt}); beside a day number it is a date. */
    static boolean isMonth(String word, Language language) {
        return MONTHS.contains(PlaceCues.fold(word, language));
    }
}
