package org.kharita.extract;

import org.kharita.extract.Event.Count;
import org.kharita.extract.Event.Qualifier;
import org.kharita.extract.NumberReader.Num;
import org.kharita.geo.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Casualty and equipment counts of one sentence, by category, each with the words it was read from.
 * <p>
 * A number counts only when a category noun follows it ("40 عسكريا", "3,000 troops", "13 бронемашин"):
 * a sentence full of kilometres, years and vote tallies yields nothing. Arabic also states counts in
 * the noun itself: the dual ("مركبتين" = two vehicles) and a bare singular in a list of losses
 * ("وتدمير دبابة" = one tank).
 * <p>
 * "بين قتيل وجريح" (killed and wounded together) stays one figure: splitting it would invent numbers.
 * A figure after "منها"/"including"/"в том числе" is a part of the total before it, so it does not
 * overwrite or add to it (the seed's "13 armoured vehicles, of which three tanks ... seven armoured").
 */
final class CountExtractor {
    static final String KILLED = "killed", WOUNDED = "wounded", KILLED_OR_WOUNDED = "killed_or_wounded",
            SURRENDERED = "surrendered", CAPTURED = "captured", SOLDIERS = "soldiers", TANKS = "tanks",
            IFV = "infantry_fighting_vehicles", ARMOURED = "armoured_vehicles", ARTILLERY = "artillery",
            VEHICLES = "vehicles", BOATS = "boats", DRONES = "drones", EW = "ew_stations",
            /** A summary's number of attacks or clashes ("37 attacks on the Pokrovsk axis"): an aggregated report, as ACLED codes one. */
            ATTACKS = "attacks";

    private static final String PERSON = "person";

    private record Category(String name, String ar, String en, String cyr) {
    }

    /** Most specific first: "مركبات قتال مشاة" must be read as IFVs before "مركبات" as vehicles. */
    private static final List<Category> CATEGORIES = List.of(
            new Category(KILLED_OR_WOUNDED,
                    "(?:(?:شخص\\p{L}*|اشخاص|عسكري\\p{L}*|جندي\\p{L}*|جنود|افراد|فرد\\p{L}*)\\s+)?(?:ما\\s+)?بين\\s+قتيل\\s+وجريح|قتيل\\s+وجريح|قتلي\\s+وجرحي",
                    "(?:people|soldiers|troops|servicemen)?\\s*(?:killed (?:and|or) (?:wounded|injured)|dead (?:and|or) (?:wounded|injured)|casualties)",
                    "(?:человек|военнослужащих|военных|бойцов|солдат)?\\s*(?:убитыми и ранеными|убитых и раненых|погибших и раненых|убитими та пораненими)"),
            // "11 شهيدا": Arabic news counts the dead as martyrs
            new Category(KILLED, "قتيل\\p{L}*|قتلي|شهيد\\p{L}*|شهداء",
                    "(?:people |soldiers |civilians |others |more )?(?:killed|dead|deaths|fatalities)",
                    "(?:человек\\s+)?(?:убит\\p{L}*|погиб\\p{L}*|загибл\\p{L}*)"),
            new Category(WOUNDED, "جريح\\p{L}*|جرحي|مصاب\\p{L}*", "(?:people |soldiers |civilians |others |more )?(?:wounded|injured)",
                    "(?:человек\\s+)?(?:ранен\\p{L}*|поранен\\p{L}*)"),
            new Category(CAPTURED, "اسري|اسير\\p{L}*", "(?:\\p{L}+\\s+)?(?:prisoners of war|pows|prisoners)",
                    "(?:\\p{L}+\\s+)?(?:пленн\\p{L}*|полонен\\p{L}*)"),
            // nouns of engagements only, not the verbs ("12 беспилотников атаковали" counts drones, not attacks);
            // before drones, since "37 drone attacks" are 37 attacks
            new Category(ATTACKS, "هجوما|هجمات|هجوم|اشتباكا|اشتباكات|اشتباك|مواجهة|مواجهات",
                    "(?:\\p{L}+\\s+)?(?:attacks|assaults|clashes|engagements|offensive actions|assault actions)",
                    "(?:штурмов|наступальн|наступательн)\\p{L}*\\s+(?:(?:і|и|та)\\s+\\p{L}+\\s+)?(?:ді\\p{L}*|действи\\p{L}*)"
                            + "|(?:боев|бойов)\\p{L}*\\s+(?:столкновени|зіткнен)\\p{L}*|(?:\\p{L}+\\s+)?(?:атак(?:а|и|у)?|штурм(?:ов|а|ы|и|ів)?"
                            + "|боестолкновени\\p{L}*|боєзіткнен\\p{L}*|зіткнен\\p{L}*|столкновени\\p{L}*)"
                            + "|раз(?:а|ів)?\\s+(?:\\p{L}+\\s+)?(?:атакува\\p{L}*|штурмува\\p{L}*|атаковал\\p{L}*|штурмовал\\p{L}*|намагал\\p{L}*|пытал\\p{L}*)"),
            new Category(PERSON, "عسكري\\p{L}*|جندي\\p{L}*|جنود|شخص\\p{L}*|اشخاص|افراد|فرد\\p{L}*|مقاتل\\p{L}*|عناصر|عنصر\\p{L}*|مرتزق\\p{L}*"
                    + "|مدني\\p{L}*|مواطن\\p{L}*|اطفال|طفل\\p{L}*",
                    "(?:\\p{L}+\\s+)?(?:soldiers?|troops|servicemen|personnel|fighters|people|men|mercenaries|civilians|children|women|residents"
                            + "|villagers|passengers)",
                    "(?:\\p{L}+\\s+)?(?:военнослужащ\\p{L}*|военн\\p{L}*|солдат\\p{L}*|бойц\\p{L}*|человек|боевик\\p{L}*|наемник\\p{L}*|військов\\p{L}*|вояк\\p{L}*|осіб"
                            + "|жител\\p{L}*|людей|люди|мешкан\\p{L}*|цивільн\\p{L}*|детей|дети|дітей|діти|женщин|жінок)"),
            new Category(IFV, "(?:مركب\\p{L}*|عرب\\p{L}*)\\s+(?:قتال\\s+(?:لل)?مشاة|مشاة\\s+قتالي\\p{L}*)",
                    "(?:\\p{L}+\\s+)?(?:infantry fighting vehicles?|ifvs?|bmps?)",
                    "(?:\\p{L}+\\s+)?(?:бмп|боев\\p{L}+ машин\\p{L}* пехоты|бойов\\p{L}+ машин\\p{L}* піхоти)"),
            new Category(TANKS, "دباب\\p{L}*", "(?:\\p{L}+\\s+)?tanks?", "(?:\\p{L}+\\s+)?танк\\p{L}*"),
            new Category(ARMOURED, "(?:عرب\\p{L}*|مركب\\p{L}*|اليات)\\s+(?:قتالي\\p{L}*\\s+)?مدرع\\p{L}*|مدرعات|مدرعة|مدرعتين",
                    "(?:\\p{L}+\\s+)?(?:armou?red (?:combat |personnel )?vehicles?|apcs?|armou?red personnel carriers?)",
                    "(?:\\p{L}+\\s+)?(?:бронемашин\\p{L}*|бронетехник\\p{L}*|ббм|бтр|единиц\\p{L}* бронетехники|бронированн\\p{L}+ машин\\p{L}*|броньован\\p{L}+ машин\\p{L}*)"),
            new Category(ARTILLERY, "قطع\\p{L}*\\s+(?:ال)?مدفعي\\p{L}*|مدافع|مدفع\\p{L}*",
                    "(?:\\p{L}+\\s+)?(?:artillery(?: pieces| systems| guns)?|howitzers?)",
                    "(?:\\p{L}+\\s+)?(?:орудий|орудия|гармат\\p{L}*|гаубиц\\p{L}*|артиллерийских\\s+орудий|минометов)"),
            new Category(EW, "محط\\p{L}*\\s+(?:لل)?حرب\\s+(?:ال)?الكتروني\\p{L}*|محط\\p{L}*\\s+(?:لل)?حرب",
                    "(?:electronic warfare|ew) stations?", "станц\\p{L}*\\s+(?:рэб|рэр|радиоэлектронной борьбы|реб)"),
            new Category(BOATS, "زورق\\p{L}*|زوارق|قارب\\p{L}*|قوارب", "(?:\\p{L}+\\s+)?(?:boats?)", "(?:\\p{L}+\\s+)?(?:катер\\p{L}*|лод\\p{L}*|човн\\p{L}*)"),
            new Category(DRONES, "طائر\\p{L}*\\s+مسير\\p{L}*|مسيرات|طائر\\p{L}*\\s+(?:بدون|بلا|دون)\\s+طيار",
                    "(?:\\p{L}+\\s+)?(?:drones?|uavs?|unmanned aerial vehicles)",
                    "(?:\\p{L}+\\s+)?(?:беспилотник\\p{L}*|бпла|дрон\\p{L}*|безпілотник\\p{L}*)"),
            new Category(VEHICLES, "سيار\\p{L}*|مركبة|مركبات|مركبتين|مركبتان|شاحن\\p{L}*|اليات",
                    "(?:\\p{L}+\\s+)?(?:vehicles?|cars?|trucks?|pickups?)",
                    "(?:\\p{L}+\\s+)?(?:автомобил\\p{L}*|автомашин\\p{L}*|грузовик\\p{L}*|машин\\p{L}*)"));

    /** Arabic dual and singular heads: the count is in the noun. */
    private static final Set<String> AR_DUAL = Set.of("مركبتين", "مركبتان", "مركبتي", "دبابتين", "دبابتان", "عربتين",
            "مدرعتين", "زورقين", "زورقان", "قاربين", "مدفعين", "سيارتين", "سيارتان", "محطتي", "محطتين", "جنديين");
    private static final Set<String> AR_SINGULAR = Set.of("مركبة", "دبابة", "عربة", "مدرعة", "زورق", "قارب", "مدفع",
            "سيارة", "محطة", "طائرة", "شاحنة");

    /** The cue nearest before a person count says what happened to them. */
    private static final Pattern AR_PERSON_CUE = Pattern.compile(
            "(?<![\\p{L}])(?:[وبل]|ال)*(مقتل|قتل|اصابة|جرح|استسلام|استسلم\\p{L}*|اسر|اسرت|خسائر|خسارة|فقد|فقدت|خسر\\p{L}*)(?![\\p{L}])");
    private static final Pattern EN_PERSON_CUE = Pattern.compile(
            "(?<![\\p{L}])(killed|killing|killing of|wounded|wounding|injured|injuring|surrender\\p{L}*|captured|took|taken prisoner|lost|losses)(?![\\p{L}])");
    /** Arabic puts the verb after a count too: "15 شخصا قتلوا", "أصيب 3" is caught by the cue before. */
    private static final Pattern AR_PERSON_CUE_AFTER = Pattern.compile(
            "^\\s*(?:\\p{L}+\\s+)?(قتلوا|لقوا حتفهم|لقوا مصرعهم|اصيبوا|جرحوا|استسلموا|اسروا)(?![\\p{L}])");
    private static final Pattern CYR_PERSON_CUE = Pattern.compile(
            "(?<![\\p{L}])(уничтожен\\p{L}*|ликвидирован\\p{L}*|убит\\p{L}*|погиб\\p{L}*|загинул\\p{L}*|загибл\\p{L}*|ранен\\p{L}*|поранен\\p{L}*|сдал\\p{L}*|взят\\p{L}*|потер\\p{L}*|лишил\\p{L}*|знищен\\p{L}*|втрат\\p{L}*|полон\\p{L}*)(?![\\p{L}])");
    private static final Pattern PART_OF = Pattern.compile("(?<![\\p{L}])(?:منها|من بينها|بينها|including|of which|в том числе|из них|включая|зокрема|з них)(?![\\p{L}])");

    private CountExtractor() {
    }

    static Map<String, Count> extract(String sentence, Language language) {
        return extract(sentence, TextFold.of(sentence), language);
    }

    /** The same, for a caller that has folded the sentence already ({@code fold} is {@code TextFold.of(sentence)}). */
    static Map<String, Count> extract(String sentence, TextFold fold, Language language) {
        String s = fold.text();
        List<Found> found = new ArrayList<>();
        List<Num> numbers = NumberReader.read(s, language);
        boolean[] named = numbers.isEmpty() ? null : categoriesNamed(s, language);
        List<DateResolver.DateMention> dates = numbers.isEmpty() ? List.of() : DateResolver.find(sentence, fold, language, null);
        for (Num n : numbers) {
            if (inDate(dates, fold.origin(n.start()))) continue;
            Found f = afterNumber(s, n, language, named);
            if (f != null) found.add(f);
        }
        if (language == Language.AR && Regexes.mayContain(s, AR_IMPLICIT_HEADS)) implicitArabic(s, found);
        if (language != Language.AR) loneVictims(s, language, found);
        found.sort((a, b) -> Integer.compare(a.start, b.start));
        Map<String, Count> out = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        for (Found f : found) {
            String phrase = sentence.substring(fold.origin(f.start), fold.originEnd(f.end)).strip();
            Count prev = out.get(f.category);
            if (prev == null) {
                out.put(f.category, new Count(f.value, f.qualifier, phrase));
                firstAt.put(f.category, f.start);
            } else if (f.listItem && !PART_OF.matcher(s.substring(firstAt.get(f.category), f.start)).find()) {
                // "ومركبة تطهير هندسية ومركبتين": items of one list of losses add up
                out.put(f.category, new Count(prev.value() + f.value, combine(prev.qualifier(), f.qualifier), prev.phrase() + " + " + phrase));
            }
        }
        return out;
    }

    private record Found(String category, long value, Qualifier qualifier, int start, int end, boolean listItem) {
    }

    /** Per language, per category (in {@link #CATEGORIES} order): the category's noun right after a number. */
    private static final Map<Language, List<Pattern>> AFTER_NUMBER = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            String lead = switch (language) {
                case AR -> "^\\s*(?:من\\s+)?(";
                case EN -> "^\\s*(?:of\\s+(?:the\\s+)?)?(";
                case RU, UK -> "^\\s*(";
            };
            List<Pattern> patterns = new ArrayList<>();
            for (Category c : CATEGORIES) {
                String noun = switch (language) {
                    case AR -> c.ar;
                    case EN -> c.en;
                    case RU, UK -> c.cyr;
                };
                patterns.add(Pattern.compile(lead + "(?:" + noun + "))(?![\\p{L}])"));
            }
            AFTER_NUMBER.put(language, patterns);
        }
    }

    /** Per language, per category: the literals one of which its noun contains ({@link Regexes#literals}; null: none). */
    private static final Map<Language, List<Regexes.Literals>> NOUN_GUARDS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            List<Regexes.Literals> guards = new ArrayList<>();
            for (Category c : CATEGORIES) {
                guards.add(Regexes.Literals.of(Regexes.literals(switch (language) {
                    case AR -> c.ar;
                    case EN -> c.en;
                    case RU, UK -> c.cyr;
                })));
            }
            NOUN_GUARDS.put(language, guards);
        }
    }

    /** Which categories' nouns the sentence may hold at all: the others need not be tried after each number. */
    private static boolean[] categoriesNamed(String s, Language language) {
        List<Regexes.Literals> guards = NOUN_GUARDS.get(language);
        boolean[] out = new boolean[guards.size()];
        Regexes.Pairs pairs = Regexes.Pairs.of(s);
        for (int i = 0; i < out.length; i++) out[i] = Regexes.mayContain(s, pairs, guards.get(i));
        return out;
    }

    private static Found afterNumber(String s, Num n, Language language, boolean[] named) {
        List<Pattern> patterns = AFTER_NUMBER.get(language);
        Matcher m = patterns.get(0).matcher(s);
        for (int i = 0; i < CATEGORIES.size(); i++) {
            if (!named[i]) continue;
            Category c = CATEGORIES.get(i);
            // the region starts after the number, and "^" anchors at its start as it did on the cut-off rest;
            // a match can start nowhere else, so lookingAt() finds what find() would without trying every position
            m.usePattern(patterns.get(i)).region(n.end(), s.length());
            if (!m.lookingAt()) continue;
            int end = m.end(1);
            String category = c.name.equals(PERSON) ? personRole(s, n.phraseStart(), end, language) : c.name;
            boolean listItem = s.startsWith("و", n.start() - 1) || s.startsWith("و", n.phraseStart());
            return new Found(category, n.value(), n.qualifier(), n.phraseStart(), end, listItem);
        }
        return null;
    }

    /** The cue word's kind, compiled once: String.matches compiled each pattern on every call, for every figure read. */
    private static final Pattern KILLED_WORD = Pattern.compile("مقتل|قتل|قتلوا|لقوا حتفهم|لقوا مصرعهم|killed|killing|killing of|убит\\p{L}*"
            + "|уничтожен\\p{L}*|ликвидирован\\p{L}*|знищен\\p{L}*|погиб\\p{L}*|загинул\\p{L}*|загибл\\p{L}*");
    private static final Pattern WOUNDED_WORD = Pattern.compile("اصابة|جرح|اصيبوا|جرحوا|wounded|wounding|injured|injuring|ранен\\p{L}*|поранен\\p{L}*");
    private static final Pattern SURRENDERED_WORD = Pattern.compile("استسلام|استسلم\\p{L}*|استسلموا|surrender\\p{L}*|сдал\\p{L}*");
    private static final Pattern CAPTURED_WORD = Pattern.compile("اسر|اسرت|اسروا|captured|took|taken prisoner|взят\\p{L}*|полон\\p{L}*");

    /** "مقتل نحو 40 عسكريا" killed, "استسلام ثلاثة جنود" surrendered, "3 آلاف جندي" just troops. */
    private static String personRole(String s, int start, int end, Language language) {
        String before = s.substring(Math.max(0, start - 60), start);
        Pattern cue = switch (language) {
            case AR -> AR_PERSON_CUE;
            case EN -> EN_PERSON_CUE;
            case RU, UK -> CYR_PERSON_CUE;
        };
        String word = null;
        int gapBefore = Integer.MAX_VALUE;
        Matcher m = cue.matcher(before);
        while (m.find()) {
            word = m.group(1);
            gapBefore = before.length() - m.end();
        }
        if (language != Language.AR) {
            // English and Russian put the verb after the count as often as before it; the nearer verb
            // is this count's ("killed two people and wounded seven": two killed)
            Matcher after = cue.matcher(s.substring(end, Math.min(s.length(), end + 30)));
            if (after.find() && after.start() < gapBefore) word = after.group(1);
        } else {
            Matcher after = AR_PERSON_CUE_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 30)));
            if (after.find()) word = after.group(1);
        }
        if (word == null) return SOLDIERS;
        if (KILLED_WORD.matcher(word).matches()) return KILLED;
        if (WOUNDED_WORD.matcher(word).matches()) return WOUNDED;
        if (SURRENDERED_WORD.matcher(word).matches()) return SURRENDERED;
        if (CAPTURED_WORD.matcher(word).matches()) return CAPTURED;
        return KILLED_OR_WOUNDED; // "خسائر", "فقد", "losses", "потери": personnel losses are dead and wounded together
    }

    /** Every Arabic noun whose form alone states a count: without one, {@link #implicitArabic} finds nothing. */
    private static final String[] AR_IMPLICIT_HEADS = Regexes.words(Stream.concat(AR_DUAL.stream(), AR_SINGULAR.stream()).toList());

    private static final Pattern AR_IMPLICIT_LEAD = Pattern.compile("(?:(?<![\\p{L}])و|(?:تدمير|اسقاط|اعطاب|تدمير\\s+نحو)\\s+)$");

    /** One pattern per category for implicit Arabic counts (دبابة = one tank), built once. */
    private static final Map<String, Regexes.Guarded> AR_IMPLICIT = new LinkedHashMap<>();

    static {
        for (Category c : CATEGORIES) {
            if (!c.name.equals(PERSON)) AR_IMPLICIT.put(c.name, Regexes.Guarded.of("(?<![\\p{L}])و?", "(" + c.ar + ")", "(?![\\p{L}])"));
        }
    }

    private static void implicitArabic(String s, List<Found> found) {
        for (Category c : CATEGORIES) {
            if (c.name.equals(PERSON)) continue;
            Regexes.Scan scan = AR_IMPLICIT.get(c.name).scan(s);
            while (scan.find()) {
                Matcher m = scan.matcher();
                int start = m.start(1), end = m.end(1);
                if (covered(found, start, end)) continue;
                String head = s.substring(start, end).split("\\s+")[0];
                long value = AR_DUAL.contains(head) ? 2 : AR_SINGULAR.contains(head) ? 1 : 0;
                if (value == 0) continue;
                String before = s.substring(Math.max(0, start - 14), start);
                boolean dual = value == 2;
                if (!dual && !AR_IMPLICIT_LEAD.matcher(before).find()) continue;
                if (startsWithNumber(s.substring(end))) continue;
                boolean listItem = s.startsWith("و", start - 1) && (start < 2 || !Character.isLetter(s.charAt(start - 2)));
                found.add(new Found(c.name, value, Qualifier.EXACT, listItem ? start - 1 : start, end, listItem));
            }
        }
    }

    /**
     * "в ночь на 5 октября беспилотник атаковал": the day of a date is no figure, though a category noun follows it a
     * word on; the same for the year of "2024 року".
     */
    private static boolean inDate(List<DateResolver.DateMention> dates, int at) {
        for (DateResolver.DateMention d : dates) if (at >= d.start() && at < d.end()) return true;
        return false;
    }

    private record LoneVictim(Pattern verbFirst, Pattern nounFirst) {
    }

    /** Per language: one person beside a singular verb of dying or being hurt, in either order. */
    private static final Map<Language, LoneVictim> LONE_VICTIM = new EnumMap<>(Language.class);

    static {
        for (Language language : List.of(Language.EN, Language.RU, Language.UK)) {
            String victim = EventCues.alternation(language, "lone-victims");
            String verb = "(?<killed>" + EventCues.alternation(language, "killed-one") + ")|(?<wounded>"
                    + EventCues.alternation(language, "wounded-one") + ")";
            // Russian and Ukrainian put an age or an adjective between ("постраждав 44-річний чоловік", "погиб мирный
            // житель"), but never a numeral: "погиб 21 человек" is read from its number
            String modifier = language == Language.EN ? "" : "(?:(?:\\d+-\\p{L}+|\\p{L}+(?:ий|ый|ой|ій|ая|яя|ую|юю|ня))\\s+){0,2}";
            String between = language == Language.EN ? "\\s+" : "\\s+(?:(?!не\\s)\\p{L}+\\s+){0,2}?";
            LONE_VICTIM.put(language, new LoneVictim(
                    Pattern.compile("(?<![\\p{L}])(?<!не )(?:" + verb + ")\\s+" + modifier + "(?:" + victim + ")(?![\\p{L}])"),
                    Pattern.compile("(?<![\\p{L}])(?:" + victim + ")" + between + "(?:" + verb + ")(?![\\p{L}])")));
        }
    }

    /**
     * "погиб мужчина", "другой получил ранение", "поранено жінку", "a civilian was killed": one killed or one wounded,
     * the count in the singular, where the sentence gives no figure of that kind. English active verbs after the noun
     * are its deed, not its fate ("a soldier killed"), so there only the passive and "died" count.
     */
    private static void loneVictims(String s, Language language, List<Found> found) {
        LoneVictim lone = LONE_VICTIM.get(language);
        for (Pattern p : List.of(lone.verbFirst(), lone.nounFirst())) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String category = m.group("killed") != null ? KILLED : WOUNDED;
                if (p == lone.nounFirst() && language == Language.EN) {
                    String verb = m.group(category);
                    if (!verb.contains(" ") && !verb.equals("died")) continue;
                }
                if (covered(found, m.start(), m.end()) || found.stream().anyMatch(f -> f.category.equals(category))) continue;
                found.add(new Found(category, 1, Qualifier.EXACT, m.start(), m.end(), false));
            }
        }
    }

    private static boolean covered(List<Found> found, int start, int end) {
        for (Found f : found) if (start < f.end && end > f.start) return true;
        return false;
    }

    private static boolean startsWithNumber(String rest) {
        // what (?s)^\\s*\\d.* matched, without a regex compiled per call: ASCII blanks, then an ASCII digit
        int i = 0;
        while (i < rest.length() && " \t\n\u000B\f\r".indexOf(rest.charAt(i)) >= 0) i++;
        return i < rest.length() && rest.charAt(i) >= '0' && rest.charAt(i) <= '9';
    }

    private static Qualifier combine(Qualifier a, Qualifier b) {
        return a == b ? a : a == Qualifier.EXACT ? b : b == Qualifier.EXACT ? a : Qualifier.ABOUT;
    }
}
