package org.kharita.extract;

import org.kharita.geo.Language;
import org.kharita.geo.names.ArabicText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words around a name that tell what it is. Lists, not models: each entry is a word a
 * reporter uses, and each list says which decision it feeds. Arabic entries are compared after
 * {@link ArabicText#normalize}, so hamza and taa-marbuta spellings need no duplicates.
 */
final class PlaceCues {
    private PlaceCues() {
    }

    /** Nouns that announce a settlement: the next word is a place even if no gazetteer knows it. */
    static final Set<String> SETTLEMENT = words(
            "قرية", "قريتي", "قريتا", "قرى", "بلدة", "بلدتي", "بلدتا", "بلدات", "مدينة", "مدينتي", "مدينتا", "مدن",
            "مستوطنة", "مخيم", "حي", "ضاحية", "بلدية",
            "village", "villages", "town", "towns", "city", "settlement", "settlements", "hamlet", "camp",
            "лагерь", "лагеря", "лагере", "лагерю", "табір", "табору", "таборі",
            "село", "села", "селе", "селом", "сёл", "сел", "деревня", "деревни", "посёлок", "поселок", "поселка",
            "посёлка", "поселке", "хутор", "хутора", "город", "города", "городе", "городах", "пгт", "населенный", "населённый",
            "пунктов", "пункт", "пункта", "пунктів", "населених", "місто", "міста", "місті", "селище", "селища", "смт");

    /** Nouns that make the following (or preceding) name a region: مقاطعة كورسك is the oblast. */
    static final Set<String> REGION = words(
            "مقاطعة", "مقاطعتي", "مقاطعتا", "منطقة", "محافظة", "محافظتي", "محافظات", "إقليم", "ولاية", "أوبلاست",
            "قضاء", "مديرية", "ناحية", "مقاطعات", "ولايات", "أقاليم", "جمهورية", "ريف",
            // сектор Газа, the Gaza Strip
            "сектор", "секторе", "сектора", "сектору",
            "region", "oblast", "province", "governorate", "district", "raion", "county", "state",
            "regions", "oblasts", "provinces", "governorates", "districts",
            "провинция", "провинции", "провинцию", "провінція", "провінції", "провінцію", "штат", "штата", "штате",
            "округе", "округу", "окрузі",
            "область", "области", "областью", "областей", "областях", "районах", "регионах", "регион", "региона", "регионе", "обл", "район", "района", "районе", "край", "края", "крае",
            "республика", "республики", "республике", "округ", "округа", "області", "районі", "регіон", "регіоні",
            // the oblast's military or state administration speaks for the oblast: Сумська ОВА, Харківська ОДА
            "ова", "ода");

    /** Axis words: "towards Plekhovo" names a place without saying it was reached. */
    static final Set<String> DIRECTION = words(
            "اتجاه", "باتجاه", "نحو", "محور", "جبهة", "ضواحي", "أطراف", "قرب", "بالقرب", "مشارف", "تخوم",
            "direction", "towards", "toward", "outskirts", "near", "outside",
            "направлении", "направление", "окрестностях", "под", "около", "возле", "районе", "напрямку", "біля");

    /** The word that links a settlement or region noun to the name after it: "the town of", "the province of". */
    static final Set<String> NAME_LINK = words("of");

    /** Prepositions of place: weak evidence on their own, enough for a name the gazetteer knows. */
    static final Set<String> PREPOSITION = words(
            // not من or على: "من طراز" (of the type), "عدد من" (a number of) are far commoner than "from X"
            "في", "إلى", "الى", "عند", "داخل", "مناطق", "منطقتي", "منطقتين", "مواقع", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
            "in", "at", "from", "to", "into", "near", "north", "south", "east", "west", "across", "through",
            "в", "во", "из", "у", "на", "до", "к", "ко", "под", "над", "за", "между", "от", "із", "з", "у", "до", "під");

    /** Words that make the following name an organisation, an outlet or a unit, not a place. */
    static final Set<String> NOT_PLACE_BEFORE = words(
            "قناة", "صحيفة", "وكالة", "موقع", "شبكة", "إذاعة", "تلفزيون", "مجموعة", "مجموعات", "كتيبة", "لواء", "فرقة",
            "جامعة", "نادي", "شركة", "راديو", "منظمة", "حزب", "جبهة", "مجلس", "مؤتمر", "معاهدة", "اتفاقية",
            // a channel's reporter: "أفاد مراسل الجزيرة" names the outlet
            "مراسل", "مراسلة", "مراسلو", "مراسلي",
            "channel", "newspaper", "agency", "radio", "group", "battalion", "brigade", "division", "university",
            "club", "company", "party", "operation", "mr", "mrs", "ms", "president", "minister", "spokesman",
            "institute", "russian", "ukrainian", "belarusian", "american", "korean", "israeli", "syrian",
            "spokesperson", "general", "colonel", "gen", "col", "sgt", "lt", "dr", "prime",
            "группировка", "группировки", "группы", "группа", "угруповання", "бригада", "бригады", "батальон", "батальона",
            "дивизия", "дивизии", "агентство", "агентства", "газета", "газеты", "канал", "канала", "радио", "телеканал",
            "президент", "министр", "генерал", "полковник", "операция", "операции",
            // streets carry a person's or a town's name: "на улице Ленина", "вулиця Київська", "شارع بغداد"
            "улица", "улице", "улицу", "улицы", "ул", "проспект", "проспекте", "проспекта", "пр", "переулок", "переулке",
            "площадь", "площади", "бульвар", "бульваре", "набережная", "набережной", "шоссе", "вулиця", "вулиці",
            "вулицю", "вул", "провулок", "провулку", "площа", "площі", "бульварі", "проспекті", "شارع");

    /** Titles after which the next words are a person (الرئيس فلاديمير بوتين; John Kirby said). */
    static final Set<String> PERSON_TITLE = words(
            "الرئيس", "الزعيم", "السيد", "المتحدث", "الناطق", "المستشار", "الوزير", "وزير", "رئيس", "الجنرال",
            "العقيد", "اللواء", "المنسق", "السفير", "الأمين", "المحافظ", "governor", "губернатор", "губернатора", "глава",
            "главы", "мэр", "президента", "министра", "голова", "губернатор",
            // "Представитель ООН Антони Маркс": a spokesperson, then the body, then the person
            "представитель", "представителя", "представник", "представника", "пресс-секретарь", "речник", "речниця",
            "спикер", "посол", "посла", "генсек", "генсека", "депутат", "депутата", "командующий", "командувач");

    /**
     * Given names common in conflict reporting, in the scripts it is written in. The word after one
     * is a surname (لويد أوستن is the US defence secretary, not Austin, Texas; Vladimir Putin).
     */
    static final Set<String> GIVEN_NAME = withLexicon("given-names",
            "vladimir", "sergei", "sergey", "dmitry", "dmitri", "andrei", "andrey", "alexander", "aleksandr", "oleksandr",
            "volodymyr", "valery", "valeriy", "yevgeny", "yevgeniy", "ramzan", "apti", "kirill", "maria", "vyacheslav",
            "denis", "roman", "igor", "viktor", "mikhail", "nikolai", "pavlo", "petro", "andriy", "kyrylo", "rustem",
            "john", "joe", "donald", "lloyd", "antony", "jake", "kamala", "mike", "marco", "pete", "keir", "emmanuel",
            "olaf", "mark", "jens", "ursula", "benjamin", "yoav", "bezalel", "herzi", "ismail", "yahya", "hassan",
            "naim", "abdel", "mohammed", "muhammad", "mohamed", "ali", "bashar", "ahmed", "ahmad", "recep", "kim",
            "abdul", "khalil", "omar", "yasser", "mahmoud", "abdulmalik",
            "владимир", "сергей", "дмитрий", "андрей", "александр", "олександр", "володимир", "валерий", "евгений",
            "рамзан", "апти", "кирилл", "мария", "вячеслав", "денис", "роман", "игорь", "виктор", "михаил", "николай",
            "павло", "петро", "андрій", "кирило", "рустем", "джон", "джо", "дональд", "ллойд", "энтони", "ким", "биньямин",
            // women's and men's names that are also some village's name or sound like a city's (Вера ~ Veroia,
            // Ольга ~ Olga in Primorye and, by sound, Wellington; Анна is a town in Voronezh oblast)
            "вера", "веры", "вере", "веру", "ольга", "ольги", "ольгу", "анна", "анны", "анну", "ганна", "ганни",
            "надежда", "надежды", "надія", "марина", "марины", "софия", "софья", "софія", "олена", "елена", "ирина",
            "ірина", "наталья", "наталія", "татьяна", "тетяна", "светлана", "світлана", "людмила", "оксана", "юлия",
            "юлія", "любовь", "виктория", "вікторія", "антони", "ентоні", "антон", "карл", "олег", "олега", "иван",
            "івана", "иван", "іван", "юрий", "юрій", "максим", "артем", "артём", "богдан", "тарас", "василий", "василь",
            // not علي, حسن, عمر, بيت, جو, عبد, رمضان: after normalisation they are also على "on", "good",
            // "age", "house", "air", "servant" and the month
            "فلاديمير", "سيرغي", "سيرجي", "ديمتري", "أندريه", "ألكسندر", "فولوديمير", "فاليري", "يفغيني",
            "أبتي", "كيريل", "فياتشيسلاف", "جون", "دونالد", "لويد", "أنتوني", "جيك", "كامالا", "مايك",
            "ماركو", "إيمانويل", "أولاف", "ينس", "أورسولا", "بنيامين", "يوآف", "إسماعيل", "يحيى",
            "نعيم", "محمد", "بشار", "أحمد", "رجب", "كيم", "ياسر", "محمود", "أوليكساندر", "رستم", "بيترو", "أندري");

    /**
     * Russian and Ukrainian first names, nominative, many of them also some village's name or a city's sound-alike
     * (Надежда in Stavropol krai and Odesa oblast, Анна in Voronezh oblast, Марьяна ~ Maliana). Unlike
     * {@link #GIVEN_NAME} they rule on the name itself, and only with evidence around it (see
     * {@link PlaceNameFinder}): a person noun before, a patronymic after, a verb of speech beside it.
     */
    static final Set<String> CYRILLIC_FIRST_NAME = words(
            "вера", "надежда", "любовь", "марьяна", "мар'яна", "марʼяна", "марьям", "антони", "анна", "ганна", "ольга",
            "софия", "софья", "софія", "марина", "елена", "олена", "ирина", "ірина", "наталья", "наталия", "наталія",
            "татьяна", "тетяна", "светлана", "світлана", "людмила", "оксана", "юлия", "юлія", "виктория", "вікторія",
            "надія", "любов", "валентина", "галина", "екатерина", "катерина", "мария", "марія", "ульяна", "уляна",
            "полина", "поліна", "дарья", "дарина", "алина", "аліна", "кристина", "христина", "лариса", "раиса", "раїса",
            "нина", "ніна", "зоя", "лидия", "лідія", "тамара", "валерия", "анастасия", "анастасія", "евгения", "євгенія",
            "александра", "олександра", "ксения", "ксенія", "яна", "инна", "інна", "алла", "жанна", "вероника", "вероніка",
            "антонина", "антоніна", "зинаида", "зінаїда", "клавдия", "клавдія", "маргарита", "василиса", "мирослава",
            "иван", "іван", "петр", "пётр", "петро", "николай", "микола", "михаил", "михайло", "сергей", "сергій",
            "андрей", "андрій", "алексей", "олексій", "дмитрий", "дмитро", "владимир", "володимир", "александр",
            "олександр", "юрий", "юрій", "виктор", "віктор", "василий", "василь", "григорий", "григорій", "степан",
            "павел", "павло", "антон", "олег", "игорь", "ігор", "максим", "артем", "артём", "богдан", "тарас",
            "роман", "денис", "евгений", "євген", "анатолий", "анатолій", "борис", "геннадий", "геннадій", "валерий",
            "валерій", "федор", "фёдор", "федір", "ярослав", "станислав", "станіслав", "вадим", "никита", "микита",
            "илья", "ілля", "кирилл", "кирило", "даниил", "данило", "егор", "єгор", "семен", "семён", "семен", "назар");

    /**
     * Words for a person that stand right before a first name: жительница Вера, пенсионерка Любовь, мать Марьяна,
     * волонтёр Надежда, "по словам Антони". Kinship, age, trade and "a resident of".
     */
    static final Set<String> PERSON_NOUN = words(
            "жительница", "жительницы", "житель", "жителя", "жительнице", "местная", "местный", "пенсионерка", "пенсионер",
            "пенсионерки", "мать", "матери", "отец", "отца", "сын", "сына", "дочь", "дочери", "бабушка", "бабушки",
            "дедушка", "дедушки", "внучка", "внук", "муж", "мужа", "жена", "жены", "сестра", "сестры", "брат", "брата",
            "волонтёр", "волонтер", "волонтерка", "волонтёрка", "медсестра", "учительница", "учитель", "врач", "фельдшер",
            "соседка", "сосед", "подруга", "друг", "вдова", "девочка", "мальчик", "женщина", "мужчина", "школьница",
            "школьник", "студентка", "студент", "беженка", "беженец", "хозяйка", "хозяин", "мама", "папа", "тётя", "тетя",
            "мешканка", "мешканець", "мешканки", "жителька", "пенсіонерка", "пенсіонер", "мати", "батько", "донька",
            "дочка", "син", "бабуся", "дідусь", "онука", "онук", "чоловік", "дружина", "волонтерка", "вчителька",
            "вчитель", "лікар", "сусідка", "сусід", "вдова", "дівчинка", "хлопчик", "жінка", "біженка", "біженець",
            "господиня", "господар", "тітка", "имени", "зовут", "ім'я", "імʼя", "звати");

    /** The speaker announced, the name in the genitive: по словам Веры, со слов Надежды, за словами Антоні. */
    static final Set<String> SPEAKER_INTRO = words("словам", "слов", "словами");

    /**
     * Stems of verbs a person, not a village, is the subject or the speaker of: "Вера рассказала", "сказала
     * Надежда", "розповідає Ганна". Taken only with a verb ending, like {@link #agentVerbAfter}.
     */
    private static final List<String> PERSONAL_VERB_STEMS = List.of(
            "сказа", "рассказ", "говор", "вспомина", "вспомн", "отмет", "добав", "поясн", "признал", "призна", "плак",
            "плач", "уеха", "вернул", "показыва", "поделил", "делит", "жалу", "пожалов", "спрашива", "спроси", "ответил",
            "отвеча", "уточнил", "продолжа", "добавля", "объясня", "улыба", "вздыха", "кажет", "каже", "розпові",
            "розказ", "пригаду", "згаду", "писа", "напис", "пише", "додал", "додає", "поясни", "пояснює", "зізна", "виїха", "поверну", "поділил",
            "ділит", "скарж", "поскарж", "запита", "відповіл", "відповіда", "уточни", "продовжу", "посміха", "зітха");

    private static final java.util.regex.Pattern PERSONAL_VERB_ENDING = java.util.regex.Pattern.compile(
            ".*(л|ла|ли|лся|лась|лись|ет|ёт|ит|ат|ят|ут|ют|ется|ится|в|вся|лася|є|ють|е)$");

    /** "рассказала", "говорит", "розповідає": a verb of speech or of a person's doing, in a finite form. */
    static boolean personalVerb(String word) {
        String w = fold(word, null);
        if (w.length() < 4 || w.charAt(0) < '\u0400' || w.charAt(0) > '\u04FF') return false;
        if (!PERSONAL_VERB_ENDING.matcher(w).matches()) return false;
        for (String stem : PERSONAL_VERB_STEMS) if (w.startsWith(stem)) return true;
        return false;
    }

    /** Whether a Cyrillic word is a first name of {@link #CYRILLIC_FIRST_NAME} in the nominative: Вера, Антони. */
    static boolean cyrillicFirstNameNominative(String word) {
        return CYRILLIC_FIRST_NAME.contains(fold(word, null));
    }

    /**
     * Whether a Cyrillic word is a first name of {@link #CYRILLIC_FIRST_NAME} in the nominative or another case
     * (Веры, Вере, Надежду, Антоном): the case ending is swapped for the nominative's.
     */
    static boolean cyrillicFirstName(String word) {
        String w = fold(word, null);
        if (CYRILLIC_FIRST_NAME.contains(w)) return true;
        if (w.length() < 4) return false;
        int cut = w.matches(".*(ом|ем|ой|ей|ою|ею)") ? 2 : w.matches(".*[ыиіеуюая]") ? 1 : 0;
        if (cut == 0) return false;
        String root = w.substring(0, w.length() - cut);
        for (String ending : NOMINATIVE_ENDINGS) if (CYRILLIC_FIRST_NAME.contains(root + ending)) return true;
        return false;
    }

    /** What an oblique case's root takes back to be nominative: Вер-ы → Вер-а, Иван-а → Иван, Игор-я → Игор-ь. */
    private static final List<String> NOMINATIVE_ENDINGS = List.of("", "а", "я", "й", "ь");

    /**
     * Heads of government-or-army phrases: قوات كييف, the forces of Kyiv, силы Киева. A capital or
     * country right after one stands for its state, not for a place where something happened.
     */
    static final Set<String> METONYM_HEAD = words(
            "قوات", "القوات", "جيش", "الجيش", "حكومة", "الحكومة", "نظام", "سلطات", "السلطات", "قيادة", "جنود", "وحدات",
            "مقاتلي", "قصف", "هجمات", "مسيرات", "صواريخ", "نظامي", "ممثلي", "سفارة", "سفير", "حكومتي", "موقف", "دعم",
            "forces", "army", "troops", "government", "regime", "authorities", "military", "officials", "leadership",
            // "Ukraine's General Staff", "Russia's defence ministry", "Israel's air force": its state
            "general", "defence", "defense", "ministry", "foreign", "president", "prime", "air", "navy", "intelligence",
            "security", "envoy", "ambassador", "embassy", "parliament", "top", "chief", "interior", "armed",
            "federal", "national", "emergencies", "emergency", "health",
            // Russian and Ukrainian name the state in the genitive after the institution: Министерство обороны России
            "обороны", "мид", "минобороны", "президент", "министерство", "посольство", "правительства", "генштаб",
            "армии", "вооруженных", "вооружённых", "руководство", "руководства", "власти", "спецслужбы", "фсб", "сбу",
            "оборони", "мзс", "міністерство", "уряд", "уряду", "президента", "посол", "посла", "збройних",
            // Arabic names it after the institution too: وزير خارجية روسيا
            "خارجية", "دفاع", "رئاسة", "برلمان", "سفارة", "مخابرات", "استخبارات",
            "силы", "сил", "войска", "войск", "армия", "армии", "власти", "властей", "правительство", "режим",
            "режима", "сили", "військ", "війська", "влада");

    /**
     * Heads that make a name before them an organisation's: "Arakan Army", "Sinaloa Cartel", "Gaza
     * health ministry", "Kyiv Independent". English puts them after the name; Arabic and Russian put
     * their heads before it (METONYM_HEAD, NOT_PLACE_BEFORE).
     */
    static final Set<String> ORGANISATION_AFTER = words(
            "army", "cartel", "forces", "militia", "militias", "brigade", "brigades", "battalion", "regiment",
            "movement", "party", "council", "government", "ministry", "authorities", "administration", "post",
            "times", "independent", "tribune", "herald", "gazette", "telegraph", "news", "university", "club", "fc",
            "gang", "liberation", "resistance", "front", "command", "garrison", "police", "prosecutors", "prosecutor",
            "governor", "mayor", "officials", "office", "embassy", "house", "institute", "center", "centre", "foundation");

    /** Words that may stand between a name and its organisation head: "Gaza health ministry". */
    static final Set<String> ORGANISATION_MODIFIER = words(
            "health", "defence", "defense", "foreign", "interior", "regional", "military", "city", "state", "people's",
            "national", "democratic", "revolutionary", "liberation", "security", "border", "civil", "provincial",
            "district", "local", "municipal", "emergency", "emergencies", "armed", "police", "justice");

    /** "between X and Y" when X and Y are capitals or countries: relations between governments. */
    static final Set<String> RELATION = words("العلاقات", "علاقات", "relations", "ties", "talks", "отношения", "відносини");
    static final Set<String> BETWEEN = words("بين", "between", "между", "між");

    /** "Among them", "including": after a plural settlement noun, the names that follow are its villages. */
    static final Set<String> INCLUDING = words("بينها", "منها", "including", "among", "числе", "среди", "зокрема", "серед");

    /** Plural settlement nouns, which {@link #INCLUDING} refers back to. */
    static final Set<String> SETTLEMENT_PLURAL = words("قرى", "بلدات", "مدن", "villages", "towns", "settlements", "сёл", "сел",
            "деревни", "поселки", "посёлки", "населенные", "населённые", "пунктов", "селища", "населені", "населених", "пунктів");

    /** Words after a capital that make it an agent: "Moscow said", "Kyiv denies". */
    static final Set<String> AGENT_VERB_AFTER = words(
            "said", "says", "claimed", "claims", "announced", "accused", "accuses", "denied", "denies", "warned",
            "warns", "insists", "insisted", "demanded", "demands", "signed", "ratified", "responded", "believes",
            "blamed", "blames", "needs", "wants", "asked", "requested", "comment", "commented", "confirmed", "confirms", "rejected", "rejects", "condemned", "condemns", "urged",
            "urges", "stated", "admitted", "vowed", "threatened", "agreed", "refused", "ordered", "reported",
            "комментировал", "комментирует", "прокомментировал", "прокомментировали", "подтвердил", "подтвердила",
            "отверг", "отвергла", "сообщил", "сообщила", "сообщает", "признал", "признала", "потребовал",
            "потребовала", "пригрозил", "пригрозила", "осудил", "осудила", "отказался", "отказалась", "настаивает",
            "считает", "повідомив", "повідомила", "підтвердив", "підтвердила", "відкинув", "звинуватив",
            "звинуватила", "вимагає", "заперечує", "коментує", "прокоментував", "прокоментувала", "заявляє",
            "заявил", "заявила", "заявили", "заявляет", "обвинил", "обвинила", "обвиняет", "отрицает", "подписали",
            "заявив", "заявив", "заявила", "заявили");

    /**
     * Russian and Ukrainian inflect a statement verb for gender, number and tense (призвала, призывает,
     * закликав, спростовує, не признаёт): the stems, each taken only with a verb ending, so that the nouns
     * of the same root (заявление, відповідь) stay out.
     */
    private static final List<String> CYRILLIC_AGENT_STEMS = List.of(
            "заяв", "сообщ", "призв", "призыв", "потребов", "требу", "осуд", "отверг", "отрица", "призна", "обвин",
            "предупред", "пригроз", "угрожа", "настаива", "счита", "коммент", "прокоммент", "подтверд", "опроверг",
            "предлож", "предлага", "ответ", "отвеча", "отказ", "объяв", "пообеща", "обеща", "подчеркн", "уточн",
            "повідом", "закли", "вимага", "засуд", "відкин", "відкида", "запереч", "спросто", "визна", "звинува",
            "попереди", "попереджа", "погрож", "пригрози", "наполяга", "вважа", "коментув", "прокоментув", "підтверд",
            "запропон", "пропону", "відповіл", "відповіда", "відмов", "обіця", "пообіця", "оголоси", "оголошу",
            "наголоси", "наголошу", "підкресли",
            // a capital or a country striking is its army: "Израиль нанёс удар", "Ізраїль завдав ударів"
            "нанес", "нанёс", "атаков", "атакув", "удари", "вдари", "обстреля", "обстріля", "завда", "запусти");

    private static final java.util.regex.Pattern CYRILLIC_VERB_ENDING = java.util.regex.Pattern.compile(
            ".*(л|ла|ло|ли|лся|лась|лось|лись|ет|ёт|ит|ат|ят|ут|ют|ется|ится|ются|ятся|в|вся|лася|лися|є|ють|ить|ать|ять|ти|сти)$");

    private static final Set<String> ENGLISH_ATTACK_VERBS = words("struck", "strikes", "attacked", "attacks", "launched",
            "launches", "fired", "fires", "bombed", "bombs", "shelled", "shells", "invaded", "invades", "retaliated", "pounded");

    /** "Moscow said", "Анкара призвала", "Київ спростовує", "Israel struck": a verb whose subject is a government or army. */
    static boolean agentVerbAfter(String word, Language language) {
        if (in(AGENT_VERB_AFTER, word, language) || in(ENGLISH_ATTACK_VERBS, word, language)) return true;
        String w = fold(word, language);
        if (w.length() < 5 || w.charAt(0) < '\u0400' || w.charAt(0) > '\u04FF') return false;
        if (!CYRILLIC_VERB_ENDING.matcher(w).matches()) return false;
        for (String stem : CYRILLIC_AGENT_STEMS) if (w.startsWith(stem)) return true;
        return false;
    }

    /** Words of supply: "aid for Kyiv", "weapons to Ukraine", "помощь Киеву", "допомога Україні" go to its government. */
    static final Set<String> SUPPLY = words("aid", "assistance", "weapons", "arms", "ammunition", "missiles", "shells",
            "package", "funding", "loans", "loan", "support", "backing", "help", "deliveries", "shipments", "supplies",
            "помощь", "помощи", "поставки", "поставок", "оружие", "оружия", "вооружения", "кредит", "допомога", "допомогу",
            "допомоги", "зброю", "зброї", "постачання", "озброєння");

    /** Of the supply words, those that only a state receives: "humanitarian aid to Sudan" goes to its people. */
    static final Set<String> MILITARY_SUPPLY = words("weapons", "arms", "ammunition", "missiles", "military", "package",
            "funding", "loans", "loan", "оружие", "оружия", "вооружения", "военной", "военная", "зброю", "зброї",
            "озброєння", "військова", "військову", "військової");

    /** Verbs of asking whose object is a government: "urged Israel to halt", "вимагає від Мінська пояснень". */
    static final Set<String> REQUEST_VERB = words("urged", "urges", "pressed", "presses", "asked", "asks", "told", "called",
            "calls", "pressured", "pushed", "warned", "warns");

    /** Arabic agent verbs stand before their subject: أعلنت موسكو, اتهمت كييف. */
    static final Set<String> AGENT_VERB_BEFORE = words(
            "أعلنت", "قالت", "اتهمت", "نفت", "أكدت", "حذرت", "طالبت", "وقعت", "تتهم", "تنفي", "ترى", "دعت", "ردت",
            "رفضت", "وافقت", "هددت", "أعلن", "قال", "اتهم", "نفى", "أرسلت", "ترسل", "نشرت", "شنت", "تشن", "أبلغت",
            "بعثت", "تريد", "تسعى", "تستخدم", "استخدمت", "قررت", "تقرر", "اعترفت", "تعترف", "أدانت", "تدين", "زودت",
            "تزود", "سلمت", "تطالب", "تحذر", "تؤكد", "ستواصل", "تواصل", "واصلت", "أمرت", "منحت", "فرضت", "تفرض");

    /**
     * Words of firing, striking and seizing that make the على after them "at"/"on" a place: أطلقت صواريخ على
     * سديروت, غارات على رفح, هجوما بطائرات مسيرة على الفاشر, سيطرت على. Elsewhere على heads too many
     * phrases (على الأقل, على طول, حصل على) to announce a name.
     */
    static final Set<String> FIRE_BEFORE_ON = words(
            "صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف", "رشقة", "رشقات", "غارة", "غارات", "هجوم", "هجوما", "هجمات",
            "ضربة", "ضربات", "قصف", "قصفا", "مسيرة", "مسيرات", "طائرة", "طائرات", "أطلق", "أطلقت", "أطلقوا", "شن", "شنت",
            "شنوا", "سيطر", "سيطرت", "سيطروا", "استولى", "استولت", "زحف", "تقدم", "هجومها", "هجومه", "غاراتها",
            "اعتداء", "عدوان", "النار", "نيران", "سيطرة", "السيطرة", "بالصواريخ", "بالقذائف", "بالمدفعية", "مدفعي", "مدفعية", "باليستي");

    /**
     * Arabic nouns of a town's fall or capture, which take the town as their object without a preposition:
     * بعد سقوط الفاشر, تحرير خان شيخون, استعادة تدمر. (السيطرة takes على, so it is a {@link #FIRE_BEFORE_ON} word.)
     */
    static final Set<String> CAPTURE_NOUN = words("سقوط", "تحرير", "استعادة", "اقتحام", "محاصرة", "حصار", "تطويق");

    /** Russian/Ukrainian adjective endings: Курской, Сумская, Глушковского are regions and districts, not towns. */
    static boolean cyrillicAdjective(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        // not -ском/-ское: "под Курском" is the town, Покровское a village
        return l.matches(".*(ской|ская|скую|ских|ского|ської|ській|ського|цкой|цкая|цкого|цької)$");
    }

    /** Any adjective form, for when a region word follows and settles it ("в Курском районе"). */
    /**
     * A Cyrillic word with two capitals in one part and a small letter too: an abbreviation with a case ending or a
     * small inner letter (КАБами, КАБів, БпЛА). Place names have one capital a part (Ростов-на-Дону, Нью-Йорк).
     */
    static boolean inflectedAbbreviation(String w) {
        boolean small = false, doubleCapital = false, cyrillic = false;
        for (String part : w.split("[-\\s]+")) {
            int capitals = 0;
            for (int k = 0; k < part.length(); k++) {
                char c = part.charAt(k);
                if (!Character.isLetter(c)) continue;
                cyrillic |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
                if (Character.isUpperCase(c)) capitals++;
                else small = true;
            }
            doubleCapital |= capitals >= 2;
        }
        return cyrillic && small && doubleCapital;
    }

    static boolean cyrillicAdjectiveAny(String w) {
        return cyrillicAdjective(w) || w.toLowerCase(Locale.ROOT).matches(".*(ском|ское|ська|ську|ськом|цком|цьком|ському|ськім)$");
    }

    /** Nominative guesses for an inflected Cyrillic noun: Покровська -> Покровськ, Харкові -> Харків. */
    static List<String> cyrillicNounBases(String w) {
        if (w.isEmpty() || w.charAt(0) < '\u0400' || w.charAt(0) > '\u04FF') return List.of();
        List<String> out = new ArrayList<>(3);
        String l = w.toLowerCase(Locale.ROOT);
        for (String end : new String[]{"ом", "ем", "ою", "ові", "а", "у", "і", "е", "ы", "и"}) {
            if (l.endsWith(end) && l.length() - end.length() >= 4) out.add(w.substring(0, w.length() - end.length()));
        }
        // feminine nouns in -а: Одесі, Харківщині, Москве, Суджи, Москву, Москвой, Одесою all come from -а
        for (String end : new String[]{"ою", "ой", "і", "е", "ы", "и", "у"}) {
            if (l.endsWith(end) && l.length() - end.length() >= 3) out.add(w.substring(0, w.length() - end.length()) + "а");
        }
        // Ukrainian -ка/-га/-ха soften before -і: Юнаківці -> Юнаківка, Ользі -> Ольга, Олешсі -> Олешха
        for (String[] soft : new String[][]{{"ці", "ка"}, {"зі", "га"}, {"сі", "ха"}}) {
            if (l.endsWith(soft[0]) && l.length() - 2 >= 3) out.add(w.substring(0, w.length() - 2) + soft[1]);
        }
        // adjectival names (Кремінна, Торське) in the Ukrainian genitive, dative and locative: Кремінної,
        // Кремінній -> Кремінна; Торського, Торському, Торськім -> Торське
        for (String end : new String[]{"ої", "ій"}) {
            if (l.endsWith(end) && l.length() - end.length() >= 4) out.add(w.substring(0, w.length() - end.length()) + "а");
        }
        for (String end : new String[]{"ського", "ському", "ськім"}) {
            if (l.endsWith(end) && l.length() - end.length() >= 2) out.add(w.substring(0, w.length() - end.length()) + "ське");
        }
        if (l.endsWith("ові") && l.length() > 6) {
            // Ukrainian і/о alternation: Харкові -> Харків
            String base = w.substring(0, w.length() - 3);
            int o = base.toLowerCase(Locale.ROOT).lastIndexOf('о');
            if (o > 0) out.add(base.substring(0, o) + "і" + base.substring(o + 1));
        }
        return out;
    }

    /**
     * Roots a district or hromada adjective (its -ськ- cut off) may have in its seat's name: the root itself
     * (Глушков-ский, Глухів-ська), the Ukrainian closed-syllable і back to о (Межів-ська: Межова, Синельників-ський:
     * Синельникове), a soft sign back to the -лля of a neuter (Краснопіль-ська: Краснопілля) and the -ан/-ян suffix
     * off a name in -а (Суджан-ский: Суджа, Ворожбян-ська: Ворожба).
     */
    static List<String> seatRoots(String root) {
        List<String> out = new ArrayList<>(3);
        out.add(root);
        int i = root.lastIndexOf('і');
        if (i > 0 && i >= root.length() - 3) out.add(root.substring(0, i) + "о" + root.substring(i + 1));
        if (root.endsWith("ль")) out.add(root.substring(0, root.length() - 1) + "л" + "я");
        if (root.length() > 4 && (root.endsWith("ан") || root.endsWith("ян"))) out.add(root.substring(0, root.length() - 2));
        return out;
    }

    private static final java.util.regex.Pattern SHCHYNA = java.util.regex.Pattern.compile("(?iu)(\\p{IsCyrillic}{3,})щин(а|и|і|у|ою)");

    /** The town a Ukrainian land in -щина is named after: Харківщині -> Харків, Сумщину -> Сум, Одещина -> Оде. */
    static String shchynaTown(String word) {
        java.util.regex.Matcher m = SHCHYNA.matcher(word);
        return m.matches() ? m.group(1) : null;
    }

    /** Countries whose towns Arabic writers call by their Arabic names: a sound-alike there is another word. */
    static final Set<String> ARABIC_SPEAKING = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
            "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH", "TD");

    static boolean in(Set<String> list, String word, Language language) {
        return list.contains(fold(word, language));
    }

    /** Words recur across articles; folding (Arabic normalisation) is worth remembering. Bounded by clearing. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLD_CACHE_MAX = 200_000;

    static String fold(String word, Language language) {
        String cached = FOLDED.get(word);
        if (cached != null) return cached;
        String w = foldUncached(word);
        if (FOLDED.size() > FOLD_CACHE_MAX) FOLDED.clear();
        FOLDED.put(word, w);
        return w;
    }

    static String foldUncached(String word) {
        Language language = null;
        String w = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (language == Language.AR || (!w.isEmpty() && ArabicText.isArabicLetter(w.charAt(0)))) {
            w = ArabicText.normalize(w);
        }
        return w;
    }

    /** The words given here and each language's {@code lang/XX/<lexicon>.txt}. */
    private static Set<String> withLexicon(String lexicon, String... ws) {
        Set<String> s = words(ws);
        s.addAll(Lexicon.ofAll(lexicon));
        return s;
    }

    private static Set<String> words(String... ws) {
        Set<String> s = new HashSet<>();
        for (String w : ws) s.add(foldUncached(w));
        return s;
    }
}
