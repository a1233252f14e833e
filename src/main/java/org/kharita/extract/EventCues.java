package org.kharita.extract;

import org.kharita.geo.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that make a sentence an event, per type and language, on folded text ({@link TextFold}).
 * One type per event: when a sentence holds several cues the most specific wins, in {@link #PRIORITY}
 * order (a ratification mentions the treaty it ratifies; a drone attack is an attack; a battle report
 * lists the soldiers who surrendered in it).
 * <p>
 * A cue under negation or in the future does not count: "لا نعلم ... إن كان بوتين سينشر الجنود" (we do
 * not know if Putin will deploy them) and "have not managed to enter Korenevo" are not events.
 */
final class EventCues {

    /** A cue found at folded offsets [start, end). {@code defensive}: the subject was attacked ("صد", "repelled"). */
    record Cue(EventType type, int start, int end, boolean defensive) {
    }

    /**
     * An explosion, a massacre or a protest is more specific than the "attack" or "clash" words its report
     * also holds ("an IED attack", "gunmen attacked and shot civilians", "protesters clashed with police").
     */
    static final List<EventType> PRIORITY = List.of(EventType.RATIFICATION, EventType.AGREEMENT,
            EventType.TERRITORY_CHANGE, EventType.DRONE_STRIKE, EventType.MISSILE_STRIKE, EventType.AIR_STRIKE,
            EventType.EXPLOSION, EventType.ATTACK_ON_CIVILIANS, EventType.PROTEST,
            EventType.BATTLE, EventType.SHELLING, EventType.TROOP_DEPLOYMENT, EventType.SURRENDER, EventType.OTHER);

    /** ACLED's remote violence: a strike whose weapon the sentence names. */
    private static final java.util.Set<EventType> REMOTE = java.util.EnumSet.of(EventType.SHELLING, EventType.AIR_STRIKE,
            EventType.DRONE_STRIKE, EventType.MISSILE_STRIKE, EventType.EXPLOSION);

    private static final String L = "(?<![\\p{L}\\p{N}])";
    private static final String R = "(?![\\p{L}\\p{N}])";
    /** Arabic conjunction, future prefix, prepositions and article before a cue word. */
    private static final String AR_PRE = L + "(?:[وف])?(س)?(?:[بل]|ال|لل|بال)?";

    /**
     * {@code words}, {@code needs}: the literal guards ({@link Regexes#literals}) of the cue words and of {@code requires};
     * {@code starts}: the cue words' {@link Regexes#startLiterals}. A {@code requires} of plain words needs no regex: its
     * guard already says whether the sentence holds one of them, so {@code requires} is then null.
     */
    private record Rule(Language family, EventType type, Pattern pattern, Pattern requires, boolean defensive, boolean generic,
                        Regexes.Literals words, Regexes.Literals needs, String[] starts) {
        Rule(Language family, EventType type, String prefix, String words, String requires, boolean defensive) {
            this(family, type, prefix, words, requires, defensive, false);
        }

        Rule(Language family, EventType type, String prefix, String words, String requires, boolean defensive, boolean generic) {
            this(family, type, Pattern.compile(prefix + "(" + words + ")" + R),
                    requires == null || PLAIN_WORDS.matcher(requires).matches() ? null : Pattern.compile(requires),
                    defensive, generic, Regexes.Literals.of(Regexes.literals(words)),
                    requires == null ? null : Regexes.Literals.of(Regexes.literals(requires)), Regexes.startLiterals(words));
        }

        boolean mayMatch(String folded, Regexes.Pairs pairs) {
            return Regexes.mayContain(folded, pairs, words) && Regexes.mayContain(folded, pairs, needs);
        }
    }

    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L} ]+(?:\\|[\\p{L} ]+)*");

    private static final List<Rule> RULES = new ArrayList<>();

    private static void ar(EventType t, String words) {
        ar(t, words, null, false);
    }

    private static void ar(EventType t, String words, String requires, boolean defensive) {
        RULES.add(new Rule(Language.AR, t, AR_PRE, words, requires, defensive));
    }

    private static void other(Language family, EventType t, String words, String requires, boolean defensive) {
        RULES.add(new Rule(family, t, L + "()", words, requires, defensive));
    }

    /**
     * A strike whose weapon the words do not say ("Israeli strike on Barja", "وطاولت ضربات أخرى", "удар по"): it is the
     * strike the sentence names the weapon of elsewhere ("استهدفت الغارات ... وطاولت ضربات أخرى" are more air raids),
     * else {@code otherwise}. The words are the language's {@code lang/<code>/strike-words.txt}.
     */
    private static void generic(Language family, EventType otherwise, String prefix, String words) {
        if (!words.isEmpty()) RULES.add(new Rule(family, otherwise, prefix, words, null, false, true));
    }

    /**
     * A word list as a regex alternation: one form a line, a trailing {@code *} for any ending (a stem), folded as the cue
     * tables fold ({@link TextFold}), so the lists stay plain words a linguist can extend without touching the rules.
     */
    static String alternation(Language language, String name) {
        List<String> out = new ArrayList<>();
        for (String line : Lexicon.lines(language, name)) {
            boolean stem = line.endsWith("*");
            String w = TextFold.fold(stem ? line.substring(0, line.length() - 1) : line);
            // letters and single spaces only: the rules' literal guards read the alternation as plain words
            if (!PLAIN_WORDS.matcher(w).matches()) throw new IllegalArgumentException(name + ": not a plain word: " + line);
            out.add(w + (stem ? "\\S*" : ""));
        }
        out.sort((a, b) -> b.length() - a.length()); // the longest form first, as the regex alternation takes the first that fits
        return String.join("|", out);
    }

    /**
     * An Arabic verb in the forms news use: the perfect with its subject suffixes (تقدم، تقدمت، تقدموا، تقدمنا) and the
     * imperfect with its prefixes and plural endings (يتقدم، تتقدم، يتقدمون); the clitics و/ف and the future سـ are
     * {@link #AR_PRE}'s. {@code imperfectStem}: the imperfect without its prefix (تقدم → يـتقدم, استعاد → يـستعيد), or null.
     */
    static String arVerb(String perfect, String imperfectStem) {
        String p = perfect + "(?:ت|تا|ا|وا|نا)?";
        // each prefix spelt out, not as a class: an alternative must open with a literal for the rule's guard
        return imperfectStem == null ? p : p + "|ي" + imperfectStem + "(?:ون|ان)?|ت" + imperfectStem + "(?:ان|ن)?|ن" + imperfectStem;
    }

    /**
     * The conjugations of one Arabic verb entry ({@code lang/ar/event-verbs.txt}): {@link #arVerb}'s subject endings and
     * prefixes, and an object pronoun after them ("استرجعوها", "يحاصرونها"), so that one entry covers what a report writes.
     * {@code bare}: whether the perfect stands without an ending (فجر alone is "dawn"); {@code imperfectStem} may be null.
     */
    static String arVerbForms(String perfect, String imperfectStem, boolean bare) {
        String object = "(?:ه|ها|هم|هما)?";
        // without the dual ا when an ending is required: فجرا is "at dawn"
        String p = perfect + (bare ? "(?:ت|تا|ا|وا|نا)?" : "(?:ت|تا|وا|نا)") + object;
        if (imperfectStem == null) return p;
        return p + "|ي" + imperfectStem + "(?:ون|ان|وا)?" + object + "|ت" + imperfectStem + "(?:ان|ن)?" + object + "|ن" + imperfectStem + object;
    }

    /** The verbs of {@code lang/ar/event-verbs.txt}, one rule per entry. */
    private static void arVerbLexicon() {
        for (String line : Lexicon.lines(Language.AR, "event-verbs")) {
            String[] f = line.split("\\s+");
            if (f.length != 3) throw new IllegalArgumentException("event-verbs: TYPE PERFECT IMPERFECT-STEM: " + line);
            boolean bare = !f[1].endsWith("+");
            String perfect = TextFold.fold(bare ? f[1] : f[1].substring(0, f[1].length() - 1));
            String imperfect = f[2].equals("-") ? null : TextFold.fold(f[2]);
            ar(EventType.valueOf(f[0].toUpperCase(java.util.Locale.ROOT)), arVerbForms(perfect, imperfect, bare));
        }
    }

    private static final String TREATY_AR = "معاهد|اتفاق|مذكرة تفاهم";
    private static final String TROOPS_AR = "جنود|جندي|قوات|القوات|عسكري|الجنود";

    static {
        ar(EventType.RATIFICATION, "صادق\\S*|مصادقة|يصادق\\S*|تصادق|تصديق|صدق علي");
        ar(EventType.AGREEMENT, "وقع|وقعت|وقعا|توقيع|يوقع|توقع|يوقعان|ابرم\\S*|ابرام", TREATY_AR, false);
        ar(EventType.TERRITORY_CHANGE, "سيطر\\S*\\s+علي|سيطرة\\s+علي|يسيطر\\S*\\s+علي|استعاد\\S*|استعادة|يستعيد\\S*|تستعيد\\S*|حرر\\S*|تحرير"
                + "|يحرر\\S*|تحرر\\S*|اخذت|استولي\\S*|استيلاء|انسحب\\S*|انسحاب|ينسحب\\S*|تنسحب\\S*|دخل\\S* (?:الي )?(?:مدينة|بلدة|قرية)"
                // the verb before its subject: "سيطرت القوات الروسية على", "دخلت قوات الجيش مدينة"
                + "|سيطر(?:ت|وا|نا)?\\s+(?:\\S+\\s+){1,3}?علي|دخل(?:ت|وا|نا)?\\s+(?:\\S+\\s+){1,3}?(?:الي )?(?:مدينة|بلدة|قرية)");
        // the drone on either side of the strike word, a word or two away: "قصفت المسيرات", "شنت طائرة مسيرة هجوما",
        // "قصف الطيران المسير"
        ar(EventType.DRONE_STRIKE, "(?:هجوم|هجم|ضرب|غار|قصف|استهداف|استهدف)\\S*\\s+(?:\\S+\\s+){0,2}?(?:ب)?(?:(?:ال)?طائر\\S*\\s+|(?:ال)?طيران\\s+)?(?:ال)?مسير\\S*"
                + "|(?:طائر\\S*|طيران)\\s+(?:ال)?مسير\\S*\\s+(?:\\S+\\s+){0,2}?(?:هجوم|هجم|هاجم|ضرب|غار|قصف|استهدف)\\S*");
        ar(EventType.MISSILE_STRIKE, "صاروخ\\S*|صواريخ|ضربة صاروخية|قصف صاروخي");
        ar(EventType.AIR_STRIKE, "غارة|غارات|غارتين|قصف جوي|ضربة جوية|ضربات جوية|" + arVerb("اغار", null) + "|الطيران الحربي|طائرات حربية|الطائرات الحربية"
                // aircraft that shell are bombing from the air: "قصف الطيران الإسرائيلي", "الطائرات الإسرائيلية قصفت"
                + "|قصف\\S*\\s+(?:ال)?(?:طيران|طائرات(?!\\s+(?:ال)?مسير))"
                + "|طائرات(?:ه|ها|هم|نا)?(?!\\s+(?:ال)?مسير)\\s+(?:\\S+\\s+)?(?:قصف|اغار)\\S*");
        // drones or missiles brought down with no hit on the ground reported: Strategic developments / Other
        ar(EventType.OTHER, "(?:اعترض\\S*|اعتراض|اسقط\\S*|اسقاط)\\s+(?:\\S+\\s+){0,2}?(?:طائر\\S*|مسير\\S*|صاروخ\\S*|صواريخ)");
        ar(EventType.BATTLE, "صد|صدت|صدوا|تصدي|تصدي|تصدت|يتصدي|تتصدي", null, true);
        ar(EventType.BATTLE, "اشتباك\\S*|معارك|معركة|قتال(?!\\s+(?:لل)?مشاة)|هجوم\\S*|هجمات|شن\\S*\\s+هجوم\\S*|هاجم\\S*|يهاجم\\S*|تهاجم\\S*|" + arVerb("تقدم", "تقدم") + "|اقتحم\\S*|اقتحام|يقتحم\\S*|تقتحم\\S*|تسلل|يتسلل\\S*|يحاولون التسلل|توغل\\S*|يتوغل\\S*|تتوغل\\S*|حاولوا دخول|اختراق|مواجهات|كمين|اشتبك\\S*|يشتبك\\S*|طوق\\S*|تطويق|حاصر\\S*|محاصرة");
        // "استهدفوا تجمعا بالصواريخ", "استهدفت الطائرات المسيرة": targeting is the strike whose weapon the sentence names,
        // else an attack on the ground
        generic(Language.AR, EventType.BATTLE, AR_PRE, "استهدف\\S*|يستهدف\\S*|تستهدف\\S*");
        arVerbLexicon();
        generic(Language.AR, EventType.SHELLING, AR_PRE, alternation(Language.AR, "strike-words"));
        ar(EventType.SHELLING, "قصف\\S*|يقصف\\S*|تقصف\\S*|قذيفة|قذيفتين|قذائف|بالمدفعية|مدفعي\\S*|الهاون|هاون|راجمات|راجمة");
        ar(EventType.TROOP_DEPLOYMENT, "نشر|ينشر|تنشر|انتشار|وصل|وصلت|وصلوا|وصول|ارسل\\S*|ارسال|يخضعون للتدريب|تدريب\\S*|حشد\\S*|حشود", TROOPS_AR, false);
        // not a bare "اسر": with its article it is also "the families" (عشرات الأسر نزحت)
        ar(EventType.SURRENDER, "استسلام|استسلم\\S*|اسرت|اسروا|تم اسر|اسر (?:\\S+ )?(?:جندي|جنود|عسكري|مقاتل|اسير)\\S*");
        // not the bare "فجر": it is also the dawn ("فجر اليوم")
        ar(EventType.EXPLOSION, "انفجار|انفجارات|انفجر\\S*|تفجير\\S*|عبوة ناسفة|عبوات ناسفة|عبوة متفجرة|سيارة مفخخة|مفخخ\\S*|حزام ناسف|لغم|الغام");
        ar(EventType.ATTACK_ON_CIVILIANS, "مجزرة|مجازر|مذبحة|استهداف المدنيين|استهدف\\S* المدنيين|قتل المدنيين|اعدام\\S* ميداني\\S*"
                + "|اطلاق النار علي المدنيين|اطلق\\S* النار علي المدنيين");
        // "احتجاج" alone is also a diplomatic note of protest: only the street's words
        ar(EventType.PROTEST, "مظاهرة|مظاهرات|تظاهر\\S*|متظاهر\\S*|وقفة احتجاجية|احتجاجات|محتج\\S*|اعتصام\\S*");

        Language en = Language.EN;
        other(en, EventType.RATIFICATION, "ratif\\S*", null, false);
        other(en, EventType.AGREEMENT, "sign\\S*", "treaty|agreement|accord|deal|memorandum|pact", false);
        other(en, EventType.SURRENDER, "captur\\S*\\s+(?:\\S+\\s+){0,4}(?:prisoners|pows)|taken prisoner", null, false);
        other(en, EventType.TERRITORY_CHANGE, "captur\\S*|seiz\\S*|took control|taken control|take control|took over|liberat\\S*"
                + "|entered the (?:settlement|village|town|city)|entered (?:\\S+ )?(?:settlement|village|town|city) of|now control|withdr\\S*|retreat\\S*"
                + "|recaptur\\S*|retook|retaken|regain\\S* control", null, false);
        other(en, EventType.DRONE_STRIKE, "drone (?:attack|strike)s?|(?:attack|strike)s? (?:by|with) drones?|kamikaze drones?"
                + "|drones? (?:hit|struck|attacked|slammed into|crashed into)", null, false);
        other(en, EventType.OTHER, "(?:shot down|intercepted|downed) (?:\\S+ ){0,3}?(?:drones?|uavs?|missiles?)"
                + "|(?:drones?|uavs?|missiles?) (?:were |was )?(?:shot down|intercepted|downed)", null, false);
        other(en, EventType.MISSILE_STRIKE, "missile\\S*|rocket (?:attack|strike)s?", null, false);
        other(en, EventType.AIR_STRIKE, "air ?strikes?|airstrikes?|glide bombs?|guided (?:aerial )?bombs?|aerial bombs?|aviation strikes?|air raids?|warplanes?|bombed|bombing raids?", null, false);
        other(en, EventType.BATTLE, "repel\\S*|fended off", null, true);
        other(en, EventType.BATTLE, "clash\\S*|fighting(?! vehicles?)|fought|battles?|attack\\S*|advanc\\S*|offensives?|penetrat\\S*|breach\\S*"
                + "|assault\\S*|storm\\S*|operating within|infiltrat\\S*|counter-?attack\\S*|encircl\\S*|surrounded|ambush\\S*|firefights?"
                + "|combat engagements?|skirmish\\S*", null, false);
        // "an Israeli strike on Barja": in English news an unqualified strike is from the air (artillery is "shelling");
        // the word needs its target after it, as "strike" is also a walkout ("went on strike", "hunger strike")
        String enStrike = alternation(en, "strike-words");
        if (!enStrike.isEmpty()) generic(en, EventType.AIR_STRIKE, L + "()", "(?:" + enStrike + ")[\"”']?"
                + "(?=\\s+(?:on|in|at|near|against|targeted|targeting|hit|hitting|killed|killing))");
        // a strike whose weapon is not said is remote violence, like "удар по" and قصف; MLRS and mortars are artillery
        other(en, EventType.SHELLING, "shell(?:ed|ing|s)|bombard\\S*|artillery (?:fire|strikes?|attacks?)"
                + "|mlrs|multiple (?:launch )?rocket launch\\S*|grad rockets?|mortar (?:fire|attacks?|shells?|strikes?)", null, false);
        other(en, EventType.TROOP_DEPLOYMENT, "deploy\\S*|sent|arriv\\S*|training at|stationed|redeploy\\S*|reinforc\\S*",
                "troops|soldiers|forces|servicemen|personnel", false);
        other(en, EventType.SURRENDER, "surrender\\S*", null, false);
        other(en, EventType.EXPLOSION, "explosions?|explod\\S*|blew up|blown up|blasts?|ieds?|improvised explosive\\S*|car bombs?|roadside bombs?"
                + "|suicide bomb\\S*|landmines?|detonat\\S*", null, false);
        other(en, EventType.ATTACK_ON_CIVILIANS, "massacre\\S*|shot (?:dead )?(?:\\S+ ){0,2}civilians|(?:killed|executed|shot) civilians"
                + "|executions? of civilians|attack\\S* on civilians|opened fire on (?:civilians|protesters|a crowd)|target\\S* civilians"
                // "Gunmen killed nine people at a bar": ACLED's violence against civilians
                + "|gunm[ae]n (?:\\S+ ){0,3}?(?:killed|shot|opened fire|stormed)|shot dead", null, false);
        // "protested" alone is as often a government's note as a crowd
        other(en, EventType.PROTEST, "protesters|demonstrators|demonstrations?|rall(?:y|ies|ied)|took to the streets|sit-ins?|protests", null, false);

        Language ru = Language.RU;
        other(ru, EventType.RATIFICATION, "ратифиц\\S*|ратифіку\\S*|ратифікац\\S*", null, false);
        other(ru, EventType.AGREEMENT, "подписал\\S*|подписан\\S*|підписал\\S*|підписан\\S*", "договор|соглашени|угод|меморандум", false);
        other(ru, EventType.SURRENDER, "сдал\\S* в плен|взят\\S* в плен|здал\\S* в полон|взят\\S* в полон", null, false);
        other(ru, EventType.TERRITORY_CHANGE, "освобод\\S*|освобожд\\S*|занял\\S*|взял\\S* под контроль|взят\\S* под контроль"
                + "|перешл\\S* под контроль|под контроль|покинул\\S*|отступил\\S*|вошл\\S* в|звільн\\S*|захопил\\S*|зайняли|залишил\\S*"
                + "|увійшл\\S* (?:в|у|до)|зайшл\\S* (?:в|у|до)|зашл\\S* в|під контроль|відійшл\\S*|отошл\\S*", null, false);
        // "атакував Запоріжжя ударними дронами": the place and an adjective may stand between the verb and its drones
        // the drone's kind may be joined to it ("FPV-дронами"); a copter dropping its charge ("коптер сбросил", "скинув") strikes too
        String drone = "(?:\\S+-)?(?:беспилотник|дрон|бпла|безпілотник|квадрокоптер|коптер)";
        other(ru, EventType.DRONE_STRIKE, "(?:атак|удар)\\S* (?:\\S+ ){0,2}?" + drone + "\\S*"
                // "беспилотник атаковал Шебекино", "дрон влучив у": the drone as the subject, an adverb may come between
                + "|" + drone + "\\S* (?:\\S+ )?(?:атаковал|атакувал|ударил|вдарив|попал|влучив|поразил|уразив|сбросил|скинув|скинул)\\S*", null, false);
        // "сбиты 12 беспилотников", "збито 15 дронів": brought down in the air, nothing hit on the ground; its debris
        // that damaged houses ("обломками повреждены", "уламками пошкоджено") did hit, and makes it a drone strike
        other(ru, EventType.OTHER, "(?:сбит|сбил|перехвач|перехват|збит|збил|перехопл|перехопил)\\S* (?:\\S+ ){0,2}?(?:беспилотник|дрон|бпла|безпілотник|ракет)\\S*"
                // "уничтожен склад ракет" is a depot on the ground: destroyed only counts for drones
                + "|(?:уничтож|знищ|знешкодж)\\S* (?:\\S+ ){0,2}?(?:беспилотник|дрон|бпла|безпілотник)\\S*|(?:беспилотник|дрон|бпла|безпілотник)\\S* (?:\\S+ )?"
                + "(?:сбит|збит|перехвач|перехоплен|уничтожен|знищен)\\S*", null, false);
        other(ru, EventType.DRONE_STRIKE, "обломк\\S*|уламк\\S*", "беспилотник|дрон|бпла|безпілотник", false);
        other(ru, EventType.MISSILE_STRIKE, "ракетн\\S* удар\\S*|ракет\\S*", null, false);
        // "завдав 12 авіаційних ударів по": the air strike, not the generic "удар по" it contains
        other(ru, EventType.AIR_STRIKE, "авиаудар\\S*|авиабомб\\S*|авіаудар\\S*|авіабомб\\S*|авиационн\\S* удар\\S*(?: (?:\\S+ ){0,3}?по)?"
                + "|авіаційн\\S* удар\\S*(?: (?:\\S+ ){0,3}?по)?|каб(?:и|ів|ами|ов|ом)?|керован\\S* авіабомб\\S*|управляем\\S* авиабомб\\S*", null, false);
        other(ru, EventType.BATTLE, "отраз\\S*|отбил\\S*|відбил\\S*|відбит\\S*", null, true);
        other(ru, EventType.BATTLE, "бои|боев|боях|бой|боя|боестолкновен\\S*|атак\\S*|наступлен\\S*|наступа\\S*|штурм\\S*"
                + "|продвинул\\S*|продвижен\\S*|контратак\\S*|прорыв\\S*|бої|боях|наступ\\S*|просунул\\S*"
                // the General Staff's "47 боєзіткнень", "бойових зіткнень"; advances in every aspect; encirclement
                + "|боєзіткнен\\S*|бойов\\S* зіткнен\\S*|боевы\\S* столкновен\\S*|зіткнен\\S*|просуну\\S*|просува\\S*|продвига\\S*|вклини\\S*"
                + "|окружени\\S*|окружил\\S*|оточ\\S*|вогнев\\S* контакт\\S*", null, false);
        // "атакували Херсон з РСЗВ", "атаковали из минометов": an attack made with artillery is shelling, not a clash
        other(ru, EventType.SHELLING, "(?:атак|обстрел|обстріл)\\S* (?:\\S+ ){0,3}?(?:з|із|из) (?:\\S+ )?(?:рсзв|рсзо|артилер|артиллер|міномет|миномет"
                + "|гармат|гаубиц|танк|град|ураган|смерч|реактивн)\\S*", null, false);
        // "внаслідок атаки постраждав чоловік", "в результате атаки повреждены дома": harm that follows an attack is a strike's,
        // not a clash's; it takes the weapon its sentence names, else it is remote violence
        generic(ru, EventType.SHELLING, L + "()", "(?:внаслідок|унаслідок|в результаті|в результате) (?:\\S+ )?атак\\S*");
        // "удар по Купянску", "нанесли удар": a strike whose weapon is not said is remote violence, like قصف
        other(ru, EventType.SHELLING, "обстрел\\S*|обстріл\\S*|артудар\\S*"
                + "|рсзв|рсзо|реактивн\\S* систем\\S* залпов\\S*|минометн\\S*|мінометн\\S*|артилерійськ\\S* удар\\S*|артиллерийск\\S* удар\\S*",
                null, false);
        generic(ru, EventType.SHELLING, L + "()", "удар(?:а|у|е|ы|и|ів|ом|ами|ах)? по|нанес\\S* удар\\S*|нанос\\S* удар\\S*"
                + "|завда\\S* удар\\S*|завдав\\S* удар\\S*"
                // the passive: "удары были нанесены в районах", "удару було завдано по"
                + "|удар\\S* (?:был\\S* |було |були )?(?:нанесен|нанесл|завдан|завдано)\\S*");
        // "самолеты совершают рейды", "літаки здійснили рейд": a raid is from the air when aircraft fly it
        other(ru, EventType.AIR_STRIKE, "рейд\\S*|авиарейд\\S*|авіарейд\\S*", "самолет|літак|авиаци|авіаці|истребител|винищувач|бомбардировщик", false);
        other(ru, EventType.EXPLOSION, "взрыв\\S*|взорвал\\S*|подрыв\\S*|сдетонир\\S*|сву|вибух\\S*|підрив\\S*|підірва\\S*|вибухов\\S* пристр\\S*", null, false);
        other(ru, EventType.ATTACK_ON_CIVILIANS, "расстрел\\S*|расстрелял\\S*|застрелил\\S*|застрелен\\S*|обстрел\\S* мирн\\S*|убийств\\S* мирн\\S*|убил\\S* мирн\\S*|резн\\S*"
                + "|розстріл\\S*|обстріл\\S* мирн\\S*|вбивств\\S* цивільн\\S*|вбил\\S* цивільн\\S*|масов\\S* вбивств\\S*", null, false);
        // not "протест\\S*": "протестировали" is a test
        other(ru, EventType.PROTEST, "митинг\\S*|мітинг\\S*|протест(?:ы|ов|ах|ам|ами|е|а|у|ом|и|ів)?|протестующ\\S*|протестувальник\\S*"
                + "|демонстрац\\S*|демонстрант\\S*|акци\\S* протеста|акці\\S* протесту|вышл\\S* на улиц\\S*|вийшл\\S* на вулиц\\S*", null, false);
        other(ru, EventType.TROOP_DEPLOYMENT, "перебросил\\S*|переброс\\S*|направил\\S*|развернул\\S*|развернут\\S*|прибыл\\S*"
                + "|размещен\\S*|перекинул\\S*|розгорнул\\S*|прибул\\S*", "войск|военнослужащ|солдат|військ|бойц", false);
        // troops seen where they were not ("зафиксировано появление военных у холма", "помічено військових біля села"),
        // checkpoints they set up: a presence is a deployment (lang/{ru,uk}/presence-words.txt)
        other(ru, EventType.TROOP_DEPLOYMENT, alternation(ru, "presence-words") + "|" + alternation(Language.UK, "presence-words"),
                "войск|военнослужащ|военны|солдат|військ|бойц", false);
    }

    private static final Regexes.Guarded AR_NEGATION = Regexes.Guarded.of("(?<![\\p{L}])",
            // "بعد فشلها في التقدم نحو كييف": a failed advance is none
            "لم|لن|لا|ليس|ليست|سوف|قد يتم|دون|فشل\\S*|اخفق\\S*", "\\s+(?:\\S+\\s+)?$");
    private static final Regexes.Guarded EN_NEGATION = Regexes.Guarded.of("(?<![\\p{L}])",
            "not|n't|never|no|failed to|fail to|will|would|could|may|might|plans? to|intends? to|threatened to", "\\s+(?:\\S+\\s+){0,2}$");
    private static final Regexes.Guarded CYR_NEGATION = Regexes.Guarded.of("(?<![\\p{L}])",
            "не|ни|будет|будут|может|могут|планирует|намерен\\S*|не вдалося|не змогли|буде|можуть", "\\s+(?:\\S+\\s+)?$");

    /** Running totals, not the events of a day: "في المجمل", "since the start", "с начала". */
    private static final Regexes.Guarded CUMULATIVE = Regexes.Guarded.of(L, "في المجمل|بالمجمل|اجمالا|منذ بدء|منذ بداية|حتي الان|حتي اليوم"
            + "|in total|since the (?:start|beginning)|so far|to date|всего|в общей сложности|с начала|с момента начала|загалом|від початку|з початку", R);

    private EventCues() {
    }

    /** The strikes whose weapon a word names: a strike the sentence does not name the weapon of is one of these. */
    private static final java.util.Set<EventType> WEAPONS = java.util.EnumSet.of(EventType.AIR_STRIKE, EventType.DRONE_STRIKE,
            EventType.MISSILE_STRIKE);

    /**
     * English names artillery by the strike's own words ("shells struck", "strikes from MLRS"): there a strike without its
     * weapon is shelling when the sentence says so, where Arabic and Russian read an unqualified strike as shelling anyway.
     */
    private static final java.util.Set<EventType> EN_WEAPONS = java.util.EnumSet.of(EventType.AIR_STRIKE, EventType.DRONE_STRIKE,
            EventType.MISSILE_STRIKE, EventType.SHELLING);

    /**
     * Each strike without its weapon takes the weapon the sentence names, the nearest before it, else the first after it
     * ("завдали ракетного удару по Харкову": a missile strike; "استهدفت الغارات ... وطاولت ضربات أخرى": air raids).
     */
    private static void weaponOfTheSentence(List<Cue> cues, List<Cue> generic, java.util.Set<EventType> weapons) {
        for (Cue g : generic) {
            Cue before = null, after = null;
            for (Cue c : cues) {
                if (!weapons.contains(c.type) || generic.contains(c)) continue;
                if (c.start <= g.start) before = c;
                else if (after == null) after = c;
            }
            Cue weapon = before != null ? before : after;
            if (weapon != null && weapon.type != g.type) cues.set(cues.indexOf(g), new Cue(weapon.type, g.start, g.end, g.defensive));
        }
    }

    static boolean cumulative(String folded) {
        return CUMULATIVE.find(folded);
    }

    /** Every cue of the sentence that is neither negated nor future, in text order. */
    static List<Cue> find(String folded, Language language) {
        Language family = language == Language.UK ? Language.RU : language;
        List<Cue> out = new ArrayList<>();
        List<Cue> generic = new ArrayList<>(1);
        Regexes.Pairs pairs = Regexes.Pairs.of(folded);
        for (Rule r : RULES) {
            if (r.family != family || !r.mayMatch(folded, pairs)) continue;
            if (r.requires != null && !r.requires.matcher(folded).find()) continue;
            Regexes.Scan scan = Regexes.scan(r.pattern, r.starts, folded);
            while (scan.find()) {
                Matcher m = scan.matcher();
                if (m.group(1) != null && !m.group(1).isEmpty()) continue; // Arabic "سـ": will, not did
                if (negated(folded.substring(Math.max(0, m.start() - 30), m.start()), folded, family)) continue;
                Cue c = new Cue(r.type, m.start(2), m.end(2), r.defensive);
                out.add(c);
                if (r.generic) generic.add(c);
            }
        }
        if (family == Language.EN) {
            List<Cue> stemmedGeneric = new ArrayList<>(1);
            List<Cue> named = List.copyOf(out);
            for (Cue c : EnglishEventWords.find(folded, stemmedGeneric)) {
                if (negated(folded.substring(Math.max(0, c.start - 30), c.start), folded, family)) continue;
                boolean strikeVerb = stemmedGeneric.contains(c);
                // "shells struck", "fighters stormed the post and struck": a verb of striking takes the weapon or the
                // fight the sentence names, and only alone is it an air strike
                if (strikeVerb && !named.isEmpty() && named.stream().noneMatch(o -> EN_WEAPONS.contains(o.type))) continue;
                out.add(c);
                if (strikeVerb) generic.add(c);
            }
        }
        if (!generic.isEmpty()) weaponOfTheSentence(out, generic, family == Language.EN ? EN_WEAPONS : WEAPONS);
        // "drone attack" is a drone strike, not also an attack; "captured 40 prisoners" a capture, not a seizure
        out.removeIf(c -> out.stream().anyMatch(o -> o != c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        // "دوي انفجارات" after "استهدفت الغارات", "explosions were heard as missiles struck": the blasts are the strike's
        if (out.stream().anyMatch(c -> WEAPONS.contains(c.type))) out.removeIf(c -> c.type == EventType.EXPLOSION);
        // "قصف ... استهدف منزلا في X": after a named strike, "targeted" is that strike's verb, not a clash of its own
        // (whether it stayed a clash or took that strike's weapon: one strike, one cue)
        if (family == Language.AR) out.removeIf(c -> (c.type == EventType.BATTLE || REMOTE.contains(c.type)) && folded.startsWith("استهدف", c.start)
                && out.stream().anyMatch(o -> o.start < c.start && REMOTE.contains(o.type)));
        return out;
    }

    /**
     * The cue that governs a place: the last one before it ("captured X, Y and are operating within Z"
     * gives X and Y a capture and Z a battle); a place before every cue takes the sentence's main cue.
     */
    static Cue governing(List<Cue> cues, Cue main, int placeAt) {
        Cue last = null;
        for (Cue c : cues) if (c.start <= placeAt) last = c;
        return last != null ? last : main;
    }

    /** The cue of the sentence's one type: the first cue of the highest-priority type present. */
    static Cue main(List<Cue> cues) {
        Map<EventType, Cue> first = new EnumMap<>(EventType.class);
        for (Cue c : cues) first.putIfAbsent(c.type, c);
        for (EventType t : PRIORITY) if (first.containsKey(t)) return first.get(t);
        return null;
    }

    private static boolean negated(String before, String sentence, Language family) {
        Regexes.Guarded p = switch (family) {
            case AR -> AR_NEGATION;
            case EN -> EN_NEGATION;
            default -> CYR_NEGATION;
        };
        return p.find(before, sentence);
    }
}
