package org.kharita.extract;

import com.ibm.icu.text.Transliterator;
import org.kharita.geo.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who asserts each sentence (claimedBy) and through which outlet (reportedVia), so an analyst can
 * filter figures by whose claim they are. Works over the article's sentences in order, folded.
 * <p>
 * A statement runs over several sentences: "أعلنت وزارة الدفاع الروسية ..." then "وأوضحت الوزارة - في
 * بيان أوردته ... (سبوتنيك) - ..." then "وأشارت إلى ...". Sentences that continue it ("وأضاف", "وتابع",
 * "بحسب كيربي", "The channel also reports", "говорится в сообщении") join its chain; the chain's claimer
 * and outlet apply to all of its sentences, also to the ones before the outlet is named. A headline or a
 * sentence with a different speaker starts a new chain.
 */
final class ClaimExtractor {

    /** A known source: canonical name, the side it speaks for (null for neutral ones), and its literal guard. */
    record Source(String name, String side, Pattern pattern, Regexes.Literals guard, String[] starts, int reach) {
        /** Null when the sentence cannot name this source; {@code pairs}: the sentence's, if the caller has them. */
        Regexes.Scan scan(String s, Regexes.Pairs pairs) {
            return Regexes.mayContain(s, pairs, guard) ? Regexes.scan(pattern, starts, s) : null;
        }
    }

    /** Per sentence: its chain, and the chain's claimer and outlet. */
    record Claim(int chain, String claimedBy, String side, String reportedVia) {
    }

    private static final String L = "(?<![\\p{L}])(?:[وبلف]|ال|لل)?";
    private static final String R = "(?![\\p{L}])";
    static final String RUSSIAN_MOD = "Russian Ministry of Defence";

    private static Source source(String name, String side, String regex) {
        return source(name, side, regex, 80);
    }

    /** {@code reach}: how near a reporting word must stand to make this source the speaker. */
    private static Source source(String name, String side, String regex, int reach) {
        return new Source(name, side, Pattern.compile(L + "(?:" + regex + ")" + R), Regexes.Literals.of(Regexes.literals(regex)),
                Regexes.startLiterals(regex), reach);
    }

    /**
     * Medics, witnesses or residents are often only in the story ("врачи оказывают помощь", "no residents were hurt"):
     * they are its source only right beside the reporting word ("according to medics", "قال شهود", "по словам очевидцев").
     */
    private static Source bystander(String name, String regex) {
        return source(name, null, regex, BYSTANDER_REACH);
    }

    private static final int BYSTANDER_REACH = 25;

    private static final List<Source> SOURCES = List.of(
            source(RUSSIAN_MOD, ActorNormalizer.RUSSIA, "وزارة الدفاع الروسية|الدفاع الروسية|وزارة الدفاع في روسيا"
                    + "|russian (?:defen[cs]e ministry|ministry of defen[cs]e)|(?:defen[cs]e ministry|ministry of defen[cs]e) of russia"
                    + "|russia's (?:defen[cs]e ministry|ministry of defen[cs]e)|russian mod"
                    + "|минобороны (?:россии|рф)|министерств\\S* обороны (?:россии|рф|российской федерации)|міноборони (?:росії|рф)|міністерств\\S* оборони (?:росії|рф)"),
            source("Ukrainian General Staff", ActorNormalizer.UKRAINE, "هيئة الاركان العامة الاوكرانية|الاركان العامة الاوكرانية"
                    + "|ukrainian general staff|ukraine's general staff|general staff of (?:the )?(?:armed forces of )?ukraine|генштаб\\S* (?:всу|украины)|генштаб\\S* зсу|генеральн\\S* штаб\\S* зсу"),
            source("Ukrainian Ministry of Defence", ActorNormalizer.UKRAINE, "وزارة الدفاع الاوكرانية|ukrainian (?:defen[cs]e ministry|ministry of defen[cs]e)"
                    + "|минобороны украины|міноборони україни|міністерств\\S* оборони україни"),
            source("John Kirby / White House", ActorNormalizer.UNITED_STATES, "جون كيربي|كيربي|john kirby|kirby|джон кирби|кирби|кірбі"),
            source("Oleksandr Syrskyi", ActorNormalizer.UKRAINE, "اولكسندر سيرسكي|سيرسكي|syrskyi|syrsky|сырский|сирський"),
            source("Apti Alaudinov", ActorNormalizer.RUSSIA, "ابت اليودينوف|اليودينوف|علاء الدينوف|alaudinov|алаудинов"),
            source("Vyacheslav Gladkov", ActorNormalizer.RUSSIA, "فياتشيسلاف غلادكوف|غلادكوف|gladkov|гладков"),
            source("Volodymyr Zelensky", ActorNormalizer.UKRAINE, "زيلينسكي|zelensky\\S*|zelenskyy|зеленск\\S*|зеленськ\\S*"),
            source("Dmitry Peskov / Kremlin", ActorNormalizer.RUSSIA, "بيسكوف|peskov|песков\\S*"),
            source("Vladimir Putin", ActorNormalizer.RUSSIA, "بوتين|putin|путин\\S*|путін\\S*"),
            source("Rybar", ActorNormalizer.RUSSIA, "rybar|рыбарь|ريبار"),
            source("DeepState", ActorNormalizer.UKRAINE, "deepstate|дипстейт"),
            source("Institute for the Study of War", null, "institute for the study of war|isw|معهد دراسة الحرب"),
            // sources that are no institution, typed by what they are (a blogger is not a ministry, a medic not a witness)
            bystander("military bloggers", "(?:russian |ukrainian )?(?:military |mil)bloggers?|milblogger\\S*|военкор\\S*|военн\\S* блогер\\S*"
                    + "|воєнн\\S* блогер\\S*|мілблогер\\S*|مدونون|مدونين|مدون\\S* عسكري\\S*"),
            // plural only: "в своем Telegram-канале" is the speaker's own medium, not another source
            // ...and in English one that is "a" channel is another source: "a local Telegram channel reported"
            bystander("Telegram channels", "telegram[- ]channels|an? (?:\\S+ )?telegram[- ]channel|телеграм[- ]каналы|telegram-каналы|телеграм-канали|telegram-канали|z-каналы"
                    + "|قنوات (?:على )?تلغرام|قنوات تيليغرام"),
            bystander("medics", "medics|medical sources|health officials|doctors|медики|медик\\S*|врачи|лікарі|مصادر طبية|مصدر طبي"),
            bystander("rescuers", "rescuers|rescue workers|civil defen[cs]e|спасател\\S*|рятувальник\\S*|الدفاع المدني"),
            bystander("witnesses", "witnesses|eyewitnesses|an? (?:eye)?witness|очевидц\\S*|свидетел\\S*|свідк\\S*|شهود|شهود عيان"),
            bystander("residents", "residents|an? (?:local )?resident|местные жители|жител(?:и|ей)|мешканц(?:і|ів)|жител(?:і|ів)|سكان|الاهالي|اهالي"),
            bystander("local sources", "local sources|местные источники|місцеві джерела|مصادر محلية|مصادر ميدانية"));

    private static final List<Source> OUTLETS = List.of(
            source("Sputnik", null, "سبوتنيك|sputnik|спутник"),
            source("Alhurra", null, "قناة الحرة|الحرة الامريكية|موقع الحرة|alhurra|al hurra"),
            source("RIA Novosti", null, "ريا نوفوستي|ria novosti|риа новости"),
            source("TASS", null, "تاس|tass|тасс"),
            source("Reuters", null, "رويترز|reuters|рейтер\\S*"),
            source("AFP", null, "فرانس برس|afp|франс пресс"),
            source("Interfax", null, "انترفاكس|interfax|интерфакс"),
            source("Al Jazeera", null, "قناة الجزيرة|al jazeera"),
            source("Ukrinform", null, "ukrinform|укринформ|укрінформ"),
            source("Agentstvo", null, "agentstvo|agenstvo"),
            source("Associated Press", null, "associated press|ap|اسوشيتد برس|اسوشييتد برس|ассошиэйтед пресс"),
            source("Anadolu", null, "anadolu|الاناضول|анадолу"),
            source("SANA", null, "سانا|sana news|государственное агентство sana"));

    /** Speech and reporting words: a name counts as the claimer only beside one of them. */
    static final Regexes.Guarded SPEECH = Regexes.Guarded.of("(?<![\\p{L}])(?:[وف])?", "قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت"
            + "|ذكر|ذكرت|نقلت|نشر|نشرت|افاد|افادت|صرح|كشف|كشفت|اضاف|اضافت|تابع|لفت|بحسب|حسب|وفقا|نقلا|بيان"
            + "|said|says|say|reported|reports|claimed|claims|announced|stated|confirm\\S*|according|added|told|statement|as stated by"
            + "|сообщил\\S*|заявил\\S*|говорится|данным|согласно|словам|сообщает|сообщени\\S*|рассказал\\S*|подтвердил\\S*"
            + "|повідомил\\S*|заявив|даними|підтвердил\\S*"
            // the reporting verbs of officials' Telegram posts, in their present and plural forms too
            + "|повідомля\\S*|повідомив|інформу\\S*|зазнач\\S*|додав|додал\\S*|написав|написал\\S*|пише|пишет|писал\\S*|розпов\\S*|каже|кажуть"
            + "|наголос\\S*|уточнив|уточнил\\S*|отметил\\S*|добавил\\S*|передает|передає|словами|слов|заявля\\S*|сообща\\S*"
            // "как сказано в сводке военного ведомства": what a report says names its author as surely as "сообщило"
            + "|сказано|проинформирова\\S*"
            // the summary a staff or ministry issues speaks for it as its "statement" does: "у ранковому зведенні Генштаб ..."
            + "|сводк\\S*|зведенн\\S*|зведення|bulletin", "(?![\\p{L}])");
    /** "Telegram channels close to the Russian Defense Ministry" are not the ministry. */
    private static final String CLOSE_TO_WORDS = "close to(?: the)?|المقربة من|المقربين من|близки\\S* к|близьк\\S* до";
    private static final Pattern CLOSE_TO = Pattern.compile("(?:" + CLOSE_TO_WORDS + ")\\s*$");
    private static final String[] CLOSE_TO_GUARD = Regexes.literals(CLOSE_TO_WORDS);
    private static final Regexes.Guarded MINISTRY_ANAPHOR = Regexes.Guarded.of("(?<![\\p{L}])(?:[وف])?",
            "الوزارة|the ministry|ведомств\\S*|министерств\\S*|міністерств\\S*|відомств\\S*", "(?![\\p{L}])");
    private static final Pattern CONTINUES = Pattern.compile("^[\\s\"«“„'-]*(?:"
            + "(?:و|ف)?(?:اضاف|اضافت|تابع|تابعت|اوضح|اوضحت|اشار|اشارت|لفت|لفتت|بين|بينت|اكد|اكدت|ختم|ختمت)(?![\\p{L}])"
            + "|(?:و)?بالاضافة الي ذلك|كما(?![\\p{L}])"
            + "|(?:he|she|it|they|the (?:ministry|channel|official|spokesman|spokesperson|agency|statement|governor))\\s+(?:also\\s+)?(?:added|said|noted|stated|reported|reports|claimed|says)"
            + "|in addition|additionally|moreover|(?:он|она|они|в ведомстве)\\s+(?:также\\s+)?(?:добавил\\S*|отметил\\S*|уточнил\\S*)"
            + "|кроме того|также|по данным ведомства|об этом|він додав|крім того)");
    private static final Regexes.Guarded CONTINUES_ANYWHERE = Regexes.Guarded.of("(?<![\\p{L}])",
            "говорится в сообщении|йдеться в повідомленні", "(?![\\p{L}])");

    /** "про це повідомляє голова ОВА", "об этом сообщил": the speaker named after what was said, owning it. */
    private static final Regexes.Guarded BACK_REFERENCE = Regexes.Guarded.of("(?<![\\p{L}])",
            "про це|об этом|about this|about it|عن ذلك|ذلك ما", "(?![\\p{L}])");
    /** How many words a sentence that only names who said the one before may have: "Об этом сообщило Минобороны России." */
    private static final int BARE_ATTRIBUTION_WORDS = 5;

    /**
     * "Об сообщило Минобороны России." (the "этом" lost in editing), "أعلنت ذلك وزارة الدفاع": a sentence that is no more than
     * its speaker and the reporting word says who said the sentences before it, like "Об этом сообщило".
     */
    private static boolean bareAttribution(String folded) {
        return BLANKS.split(folded.strip()).length <= BARE_ATTRIBUTION_WORDS;
    }

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** A sentence the reporter adds on his own: the statement before it does not run on into it. */
    private static final Pattern OWN_VOICE = Pattern.compile("^[\\s\"«“„'-]*(?:напомним|нагадаємо|нагадуємо|ранее|раніше|recall that|previously"
            + "|earlier|يذكر ان|يشار الي|وكانت|وكان)(?![\\p{L}])");
    /**
     * An official by title (governor, head of the oblast administration, mayor, spokesman, commander); the name
     * is read from the original text, where it stands capitalised after the title and the office it holds.
     */
    private static final Regexes.Guarded TITLE = Regexes.Guarded.of("(?<![\\p{L}])(?:врио |acting |в\\.о\\. |т\\.в\\.о\\. )?",
            "губернатор\\S*|глав(?:а|ы|е|у|ой)|голов(?:а|и|і|у|ою)|начальник\\S*|очільник\\S*|мэр(?:а|у|ом)?|мер(?:а|у|ом)?|речни(?:к|ка|ку|ком)"
            + "|пресс-секретар\\S*|прес-секретар\\S*|представител\\S*|представник\\S*|спикер\\S*|командующ\\S*|командувач\\S*"
            + "|governor|mayor|head|chief|spokes(?:man|woman|person)|commander", "(?![\\p{L}])");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}’'-]*|[^\\s\\p{L}]");
    /** Words of an office's name ("Kherson Oblast Military Administration"), never of a person's. */
    private static final Pattern OFFICE_WORD = Pattern.compile("oblast|region|regional|military|administration|state|city|council|district"
            + "|province|governorate|ministry|office|forces|army|armed|general|staff|\\p{L}+(?:ської|ській|ської|ской|ского|ському|ском|ская|ська)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "за словами голови ОВА Сергія Лисака": the name after these stands in the genitive. */
    private static final Pattern GENITIVE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:словами|словам|слов|даними|данным|від|от|у)\\s+(?:\\S+\\s+)?$");
    /** "угруповання військ «Схід»", "группировка войск «Север»": a group of forces speaking by its name. */
    private static final Regexes.Guarded FORCES_GROUP = Regexes.Guarded.of("(?<![\\p{L}])", "угрупован\\S*|угрупуван\\S*|группировк\\S*",
            "\\s+(?:військ|войск)\\s*[\"«“„']([\\p{L}-]+)");
    private static final Transliterator UK_LATIN = Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII");
    private static final Transliterator RU_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

    private ClaimExtractor() {
    }

    /** @param headline per sentence: a headline starts a new chain and never continues one */
    static List<Claim> chains(List<String> folded, boolean[] headline) {
        return chains(folded, folded, headline, new boolean[folded.size()], null);
    }

    /**
     * @param original the sentences as written (names are read from their capitals)
     * @param paragraphStart per sentence: it opens a paragraph (a line break before it)
     * @param language the article's, for spelling Cyrillic names in Latin letters
     */
    static List<Claim> chains(List<String> folded, List<String> original, boolean[] headline, boolean[] paragraphStart,
                              Language language) {
        String articleMinistry = onlyMinistry(folded);
        if (articleMinistry == null) articleMinistry = onlyMinistryByName(original);
        String wire = wireAgency(folded);
        List<Claim> out = new ArrayList<>();
        int chain = -1;
        List<Integer> members = new ArrayList<>();
        String claimer = null, side = null, outlet = null, lastArmy = null;
        // the officials named so far, by office: "the region's governor said" is the governor named before
        java.util.Map<String, String> officials = new java.util.HashMap<>();
        for (int i = 0; i < folded.size(); i++) {
            String s = folded.get(i);
            Source own = claimer(s);
            // "according to the Sudan Doctors Network": the organisation is more exact than the doctors its name holds
            if (own != null && own.reach() == BYSTANDER_REACH) {
                Source organisation = namedOrganisation(original.get(i), s);
                if (organisation != null) own = organisation;
            }
            if (own == null && articleMinistry != null && MINISTRY_ANAPHOR.find(s) && SPEECH.find(s)) {
                own = sourceNamed(articleMinistry);
            }
            if (own == null) own = official(original.get(i), s, language, officials);
            if (own == null) own = officialByTitleOnly(s, officials);
            if (own == null) own = namedOrganisation(original.get(i), s);
            if (own == null) own = nationalForce(original.get(i), s);
            if (own == null && language == Language.AR) own = arabicInstitution(original.get(i), s, lastArmy);
            // "الجيش السوداني" named in any role, speaking or fought against, is the army a later bare "وأعلن الجيش" means
            if (language == Language.AR) {
                String army = lastArmyNamed(s);
                if (army != null) lastArmy = army;
            }
            // the speaker of a statement carries through the sentences after it that name no other speaker,
            // until the reporter speaks in his own voice ("Напомним, ...")
            // the reporter's own narrative with no speaker yet runs on within its paragraph ("On Wednesday, the junta
            // bombed X. The bomb hit a monastery, killing 10"): one statement, whose day and figures its sentences share
            boolean carries = own == null && (claimer != null || !paragraphStart[i]) && !OWN_VOICE.matcher(s).find();
            boolean continues = !headline[i] && chain >= 0 && !headline[i - 1]
                    && (CONTINUES.matcher(s).find() || CONTINUES_ANYWHERE.find(s) || carries
                    || own != null && claimer == null && (BACK_REFERENCE.find(s) || bareAttribution(s))
                    || claimer != null && own != null && own.name.equals(claimer));
            if (continues && own != null && claimer != null && !own.name.equals(claimer)) continues = false;
            if (!continues) {
                flush(out, members, chain, claimer, side, outlet);
                chain++;
                members.clear();
                claimer = null;
                side = null;
                outlet = null;
            }
            members.add(i);
            if (own != null && claimer == null) {
                claimer = own.name;
                side = own.side;
            }
            if (outlet == null) outlet = outlet(s);
        }
        flush(out, members, chain, claimer, side, outlet);
        if (wire != null) out.replaceAll(c -> c.reportedVia() == null ? new Claim(c.chain(), c.claimedBy(), c.side(), wire) : c);
        return out;
    }

    /**
     * The agency the whole article comes from: its dateline ("CAIRO (AP) —", "(Reuters) -"), a credit line that is
     * only the agency's name ("... 2 أغسطس 2025. رويترز"), or "Reuters could not verify" / "لم تتمكن رويترز من التحقق".
     */
    private static String wireAgency(List<String> folded) {
        for (int i = 0; i < folded.size(); i++) {
            String s = folded.get(i);
            boolean head = i < 3;
            Regexes.Pairs pairs = Regexes.Pairs.of(s);
            for (Source o : OUTLETS) {
                Regexes.Scan scan = o.scan(s, pairs);
                while (scan != null && scan.find()) {
                    Matcher m = scan.matcher();
                    // "CAIRO (AP) —", "БЕЙРУТ, 18 сентября. /ТАСС/."
                    boolean dateline = head && m.start() > 0 && m.end() < s.length()
                            && (s.charAt(m.start() - 1) == '(' && s.charAt(m.end()) == ')' || s.charAt(m.start() - 1) == '/' && s.charAt(m.end()) == '/');
                    boolean credit = s.substring(m.end()).isBlank() && (s.substring(0, m.start()).isBlank()
                            || s.substring(0, m.start()).stripTrailing().endsWith("."));
                    if (dateline || credit || UNVERIFIED.matcher(s).find() || correspondent(s, m.start(), m.end())) return o.name;
                }
            }
        }
        return null;
    }

    /** "An AFP correspondent in Maaysra saw", "أفاد مراسل فرانس برس", "корреспондент ТАСС": the agency's own reporter wrote the story. */
    private static final Pattern CORRESPONDENT_AFTER = Pattern.compile("^\\s*(?:correspondent|reporter|journalist|photographer)s?(?![\\p{L}])");
    private static final Pattern CORRESPONDENT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[وف])?(?:مراسل|مراسلة|مراسلو|مراسلي|корреспондент\\S*"
            + "|кореспондент\\S*)\\s+(?:\\S+\\s+)?$");

    private static boolean correspondent(String s, int start, int end) {
        return CORRESPONDENT_AFTER.matcher(s.substring(end)).find()
                || CORRESPONDENT_BEFORE.matcher(s.substring(Math.max(0, start - 30), start)).find();
    }

    private static final Pattern UNVERIFIED = Pattern.compile("could not (?:independently )?verify|was unable to (?:independently )?verify"
            + "|لم (?:تتمكن|يتسن|يتسني)\\S* .{0,20}التحقق|не (?:смогл\\S*|может|удалось) .{0,30}провер|не (?:змогл\\S*|може|вдалося) .{0,30}перевір");

    /** An official named by title and name ("врио губернатора региона Алексей Смирнов сообщил"), beside a reporting word. */
    private static Source official(String original, String folded, Language language, java.util.Map<String, String> officials) {
        if (original.length() != folded.length()) return null; // offsets differ (Arabic diacritics): Arabic names have no capitals anyway
        // both read on the folded text, whose offsets are the original's here; the name's capitals from the original
        Regexes.Scan groups = FORCES_GROUP.scan(folded);
        if (groups.find()) {
            Matcher forces = groups.matcher();
            if (SPEECH.find(folded.substring(Math.max(0, forces.start() - 80), Math.min(folded.length(), forces.end() + 80)), folded)) {
                return new Source(latin(original.substring(forces.start(1), forces.end(1)), language) + " group of forces", null, null, null, null, 0);
            }
        }
        Regexes.Scan titles = TITLE.scan(folded);
        while (titles.find()) {
            Matcher t = titles.matcher();
            String name = nameAfter(original, t.end());
            if (name == null) continue;
            String around = folded.substring(Math.max(0, t.start() - 80), Math.min(folded.length(), t.end() + 80));
            if (!SPEECH.find(around, folded)) continue;
            if (GENITIVE_BEFORE.matcher(folded.substring(Math.max(0, t.start() - 30), t.start())).find()) name = nominative(name);
            String office = office(t.group());
            if (office != null) officials.put(office, latin(name, language));
            return new Source(latin(name, language), null, null, null, null, 0);
        }
        return null;
    }

    /** The office a title holds, for the titles a later "the governor" or "the mayor" without a name refers back to. */
    private static String office(String title) {
        String t = title.replaceFirst("^(?:врио|acting|в\\.о\\.|т\\.в\\.о\\.) ", "");
        if (t.startsWith("governor") || t.startsWith("губернатор")) return "governor";
        if (t.startsWith("mayor") || t.startsWith("мэр") || t.startsWith("мер")) return "mayor";
        if (t.startsWith("head") || t.startsWith("глав") || t.startsWith("голов") || t.startsWith("начальник")) return "head";
        return null;
    }

    /** "the region's governor said", "according to the city's mayor": an office with no name, beside the reporting word. */
    private static final Pattern OFFICE_ONLY = Pattern.compile("(?<![\\p{L}])the\\s+(?:(?:region|regional|oblast|province|city|town|local)(?:['’]s)?\\s+)?"
            + "(governor|mayor)(?![\\p{L}])|(?<![\\p{L}])the\\s+(head) of the (?:[\\p{L}'’-]+\\s+){0,4}administration(?![\\p{L}])");
    /** "сообщил губернатор", "по словам главы области", "повідомив голова ОВА": the same in Russian and Ukrainian. */
    private static final Pattern OFFICE_ONLY_CYRILLIC = Pattern.compile("(?<![\\p{L}])(губернатор\\S*|мэр(?:а|у|ом)?|мер(?:а|у|ом)?"
            + "|глав(?:а|ы|е|у|ой) (?:област\\S*|регион\\S*)|голов(?:а|и|і|у|ою) (?:ова|області|обласної)|начальник\\S* (?:ова|обласної))(?![\\p{L}])");
    /** How near the reporting word must stand to a bare Russian or Ukrainian title. */
    private static final int OFFICE_ONLY_REACH = 30;

    private static Source officialByTitleOnly(String folded, java.util.Map<String, String> officials) {
        if (officials.isEmpty()) return null;
        Matcher c = OFFICE_ONLY_CYRILLIC.matcher(folded);
        while (c.find()) {
            String name = officials.get(office(c.group(1)));
            String around = folded.substring(Math.max(0, c.start() - OFFICE_ONLY_REACH), Math.min(folded.length(), c.end() + OFFICE_ONLY_REACH));
            if (name != null && SPEECH.find(around, folded)) return new Source(name, null, null, null, null, 0);
        }
        if (!(folded.contains("governor") || folded.contains("mayor") || folded.contains("administration"))) return null;
        Matcher m = OFFICE_ONLY.matcher(folded);
        while (m.find()) {
            String name = officials.get(m.group(1) != null ? m.group(1) : m.group(2));
            if (name == null) continue;
            if (REPORTS_AFTER.matcher(folded.substring(m.end())).find()
                    || REPORTS_BEFORE.matcher(folded.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                return new Source(name, null, null, null, null, 0);
            }
        }
        return null;
    }

    private static final java.util.Set<String> AR_INSTITUTION_NOUNS = Lexicon.of(Language.AR, "institution-nouns");
    /** A reporting verb (or "according to") right before an institution, which may stand in quotation marks. */
    private static final Pattern AR_REPORTED_BY = Pattern.compile("(?<![\\p{L}])(?:[وف])?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|افاد|افادت"
            + "|ذكر|ذكرت|اوضح|اوضحت|اشار|اشارت|كشف|كشفت|نشر|نشرت|صرح|بحسب|حسب|وفقا|نقلا عن|زعم|زعمت)(?![\\p{L}])\\s*(?:ل|ل?ل)?");
    /** Words that end an institution's name: "that", a preposition, a day ("قالت وزارة الصحة، اليوم، إن"). */
    private static final java.util.Set<String> AR_NAME_STOPS = java.util.Set.of("ان", "بان", "وان", "انه", "انها", "في", "علي", "عن",
            "من", "اليوم", "امس", "مساء", "صباح", "خلال", "بعد", "قبل", "الي", "مع", "عبر", "بيان", "ببيان", "الاحد", "الاثنين",
            "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "ايضا", "كذلك");
    static final String AR_ARMY = "الجيش";
    /** A few institutions under the name the rest of the product (and other languages' reports) gives them. */
    private static final List<String[]> AR_KNOWN = List.of(
            new String[]{"الجيش الاسرائيلي", "Israeli military"}, new String[]{"جيش الاحتلال", "Israeli military"},
            new String[]{"الجيش السوداني", "Sudanese army"}, new String[]{"الجيش اليمني", "Yemeni army"},
            new String[]{"الجيش اللبناني", "Lebanese army"}, new String[]{"الجيش السوري", "Syrian army"},
            new String[]{"المرصد السوري", "Syrian Observatory for Human Rights"},
            new String[]{"وزارة الصحة في غزة", "Gaza Health Ministry"}, new String[]{"وزارة الصحة الفلسطينية", "Gaza Health Ministry"},
            new String[]{"وزارة الدفاع الاسرائيلية", "Israeli Ministry of Defence"});

    /**
     * An Arabic institution speaking in its own sentence, by rule rather than by list: a reporting verb, then an
     * institution's head noun ({@code lang/ar/institution-nouns.txt}) and the words that qualify it, up to a "that",
     * a preposition, a day or a comma ("وأعلن الجيش الإسرائيلي أن ...", "أفاد المرصد السوري لحقوق الإنسان بمقتل ...",
     * "أعلنت «إدارة العمليات العسكرية» ..."). A bare "الجيش" is the army named in full earlier in the article.
     * Known institutions take their English name; others are read but not named (see the end of the method).
     */
    static Source arabicInstitution(String original, String folded, String lastArmy) {
        Matcher verb = AR_REPORTED_BY.matcher(folded);
        while (verb.find()) {
            int at = verb.end();
            while (at < folded.length() && "\"«“'( ".indexOf(folded.charAt(at)) >= 0) at++;
            boolean quoted = at > verb.end() && "\"«“".indexOf(folded.charAt(at - 1)) >= 0;
            String rest = folded.substring(at);
            String[] words = rest.split("[\\s،,.:;\"»”()\\-]+", -1);
            if (words.length == 0 || !isInstitutionNoun(words[0])) continue;
            int end = at + words[0].length();
            if (quoted) {
                int close = indexOfAny(folded, "\"»”", at);
                if (close < 0 || close - at > 60) continue;
                end = close;
            } else {
                // the qualifying words follow with single spaces only: a comma or a full stop ends the name
                for (int k = 1, pos = end; k < words.length && k <= 4; k++) {
                    if (pos >= folded.length() || folded.charAt(pos) != ' ') break;
                    String w = words[k];
                    if (w.isEmpty() || AR_NAME_STOPS.contains(w) || w.startsWith("ب") && !w.startsWith("باسم")) break;
                    boolean qualifies = w.startsWith("ال") || w.startsWith("لل") || w.startsWith("باسم")
                            || !words[k - 1].startsWith("ال") && !words[k - 1].startsWith("لل"); // a construct: "هيئة تحرير الشام"
                    if (!qualifies) break;
                    pos += 1 + w.length();
                    end = pos;
                }
            }
            String phrase = folded.substring(at, end).strip();
            if (phrase.equals(AR_ARMY) || phrase.equals("جيش")) {
                if (lastArmy == null) continue;
                return new Source(lastArmy, null, null, null, null, 0);
            }
            // "قال المتحدث باسم الجيش الإسرائيلي": a spokesman speaks for the institution he is named for
            Matcher spokesman = AR_SPOKESMAN_FOR.matcher(rest);
            String spokenFor = spokesman.lookingAt() ? rest.substring(spokesman.end()) : rest;
            for (String[] known : AR_KNOWN) {
                // against the text after the verb: a known name may hold a stop word ("وزارة الصحة في غزة")
                if (rest.startsWith(known[0]) || spokenFor.startsWith(known[0])) return new Source(known[1], ActorNormalizer.find(phrase, null).stream()
                        .map(ActorNormalizer.Named::name).findFirst().orElse(null), null, null, null, 0);
            }
            // "وزارة الصحة التابعة لحكومة الحوثيين", "وسائل إعلام تابعة للحوثيين": an organ of a side speaks for that side
            Matcher organ = AR_ORGAN_OF.matcher(folded);
            organ.region(at, Math.min(folded.length(), end + 40));
            if (organ.find()) {
                List<ActorNormalizer.Named> side = ActorNormalizer.find(folded.substring(organ.end(), Math.min(folded.length(), organ.end() + 40)), null);
                if (!side.isEmpty() && side.get(0).start() <= AR_ORGAN_REACH) {
                    return new Source(side.get(0).name(), side.get(0).name(), null, null, null, 0);
                }
            }
            // an institution we cannot name in the product's language is left unnamed rather than quoted in Arabic
            // beside English names: it neither claims the sentence nor ends the statement before it
        }
        return null;
    }

    /** The last army of {@link #AR_KNOWN} the sentence names in full, in its English name; null if none. */
    static String lastArmyNamed(String folded) {
        if (!folded.contains("جيش")) return null;
        String found = null;
        int at = -1;
        for (String[] known : AR_KNOWN) {
            if (!known[0].startsWith(AR_ARMY) && !known[0].startsWith("جيش")) continue;
            int k = folded.lastIndexOf(known[0]);
            if (k > at) {
                at = k;
                found = known[1];
            }
        }
        return found;
    }

    /** "المتحدث باسم", "الناطق الرسمي باسم", "المتحدثة العسكرية باسم": the words before the institution a spokesman speaks for. */
    private static final Pattern AR_SPOKESMAN_FOR = Pattern.compile("(?:ال)?(?:متحدث|ناطق)(?:ة)?\\s+(?:\\S+\\s+)?باسم\\s+");

    /** "التابعة لـ", "تابعة لـ": the institution before it belongs to the side named after it. */
    private static final Pattern AR_ORGAN_OF = Pattern.compile("(?<![\\p{L}])(?:ال)?تابع(?:ة|ين|ون)?\\s+(?=ل)");
    /** How far after "التابعة" the side may be named: "لحكومة الحوثيين" puts one word between. */
    private static final int AR_ORGAN_REACH = 12;

    private static boolean isInstitutionNoun(String word) {
        String w = word.startsWith("ال") ? word.substring(2) : word;
        // the list is folded as the finder folds (teh marbuta to heh), the sentence as the cue tables do
        return AR_INSTITUTION_NOUNS.contains(PlaceCues.foldUncached(w));
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** "Human Rights Watch", "Sudan Doctors Network": a capitalised name whose last word says it is an organisation. */
    private static final Pattern ORGANISATION = Pattern.compile("(?<![\\p{L}])((?:[A-Z][\\p{L}’'-]*\\s+(?:(?:of|for|on|and)\\s+(?:the\\s+)?)?){1,5}"
            + "(?:Watch|Network|Observatory|Committee|Council|Organi[sz]ation|Agency|Union|Federation|Society|Institute|Cent(?:er|re)"
            + "|Commission|Coalition|Mission))(?![\\p{L}])");
    /** "новостной портал Janoubia", "телеканал Al Ekhbariya", "the news site Ynet": an outlet named after what it is. */
    private static final Pattern MEDIUM = Pattern.compile("(?<![\\p{L}])(?:портал\\S*|телеканал\\S*|издани\\S*|видання|outlet|portal|news site"
            + "|newspaper|broadcaster)\\s+[«\"“]?([A-Z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]*){0,3})");

    private static final String[] ORGANISATION_WORDS = {"Watch", "Network", "Observatory", "Committee", "Council", "Organi", "Agency",
            "Union", "Federation", "Society", "Institute", "Cent", "Commission", "Coalition", "Mission"};
    private static final String[] MEDIUM_WORDS = {"портал", "телеканал", "издани", "видання", "outlet", "portal", "news site", "newspaper",
            "broadcaster"};

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) if (s.contains(w)) return true;
        return false;
    }

    /**
     * A source that is no state body and so on no list: an organisation by the word its name ends in ("Human Rights Watch
     * said", "according to the Sudan Doctors Network") or an outlet by the noun before its Latin-lettered name ("как
     * сообщил новостной портал Janoubia"), beside a reporting word.
     */
    static Source namedOrganisation(String original, String folded) {
        if (original.length() != folded.length()) return null; // the reporting word is looked for at the name's offsets
        if (original.contains("inistry")) {
            Matcher m = MINISTRY.matcher(original);
            while (m.find()) {
                if (m.group(1).startsWith("The ") || m.group(1).startsWith("A ")) continue;
                String around = folded.substring(Math.max(0, m.start() - 60), Math.min(folded.length(), m.end() + 60));
                if (SPEECH.find(around, folded)) return new Source(m.group(1), null, null, null, null, 0);
            }
        }
        for (int k = 0; k < 2; k++) {
            Pattern p = k == 0 ? ORGANISATION : MEDIUM;
            // both patterns search every sentence with a lookbehind at each offset, and few sentences hold the word
            // either needs (case-sensitive, as the patterns are): plain indexOf calls rule them out first
            if (!containsAny(original, k == 0 ? ORGANISATION_WORDS : MEDIUM_WORDS)) continue;
            Matcher m = p.matcher(original);
            while (m.find()) {
                String around = folded.substring(Math.max(0, m.start() - 60), Math.min(folded.length(), m.end() + 60));
                if (!SPEECH.find(around, folded)) continue;
                String before = folded.substring(Math.max(0, m.start() - 20), m.start());
                if (Regexes.mayContainIn(before, folded, CLOSE_TO_GUARD) && CLOSE_TO.matcher(before).find()) continue;
                return new Source(m.group(1).strip(), null, null, null, null, 0);
            }
        }
        return null;
    }

    /**
     * "the Israeli military said", "according to the Sudanese army", "Sudan's army said": an armed force or police named by
     * its country, right beside the reporting word, speaks. Only right beside it: "Russian forces shelled X, the governor
     * said" is what the governor says of them.
     */
    private static final Pattern NATIONAL_FORCE = Pattern.compile("(?<![\\p{L}])([A-Z][\\p{L}-]+(?:['’]s)?\\s+(?:[Aa]rmy|[Mm]ilitary|[Aa]rmed [Ff]orces"
            + "|[Ss]ecurity [Ff]orces|[Dd]efen[cs]e [Ff]orces|[Ff]orces|[Pp]olice|[Nn]avy|[Aa]ir [Ff]orce|[Bb]order [Gg]uards?|[Cc]oast [Gg]uard))(?![\\p{L}])");
    private static final Pattern REPORTS_AFTER = Pattern.compile("^\\s*(?:also\\s+|has\\s+|had\\s+)?(?:said|says|reported|reports|announced"
            + "|claimed|claims|stated|confirmed|added|told|wrote)(?![\\p{L}])");
    private static final Pattern REPORTS_BEFORE = Pattern.compile("(?<![\\p{L}])(?:according to|said|says|reported|announced|claimed|stated"
            + "|confirmed|a statement from|a spokes(?:man|woman|person) for)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

    static Source nationalForce(String original, String folded) {
        if (original.length() != folded.length() || !REGEX_HINT_FORCE.matcher(original).find()) return null;
        Matcher m = NATIONAL_FORCE.matcher(original);
        while (m.find()) {
            boolean beside = REPORTS_AFTER.matcher(folded.substring(m.end())).find()
                    || REPORTS_BEFORE.matcher(folded.substring(Math.max(0, m.start() - 40), m.start())).find();
            if (!beside) continue;
            String country = m.group(1).substring(0, m.group(1).indexOf(' '));
            List<ActorNormalizer.Named> side = ActorNormalizer.find(folded.substring(m.start(), m.end()), null);
            // the word before the force must name a country, as a known side or by the form of a demonym or a genitive
            // ("Rapid Support Forces" is a force, not Rapid's)
            if (side.isEmpty() && !DEMONYM.matcher(country).matches()) continue;
            String force = m.group(1).substring(country.length()).strip().toLowerCase(java.util.Locale.ROOT);
            return new Source(country + " " + force, side.isEmpty() ? null : side.get(0).name(), null, null, null, 0);
        }
        return null;
    }

    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}+(?:ian|ean|an|ese|i|ish|ch|['’]s)");
    private static final Pattern REGEX_HINT_FORCE = Pattern.compile("rmy|ilitary|orces|olice|avy|ir [Ff]orce|uard");

    /** The first run of capitalised words after a title, up to ten words on, whose last two are a person's name. */
    private static String nameAfter(String s, int from) {
        Matcher m = TOKEN.matcher(s);
        m.region(from, s.length());
        List<String> run = new ArrayList<>();
        for (int n = 0; n < 10 && m.find(); n++) {
            String w = m.group();
            boolean capital = Character.isUpperCase(w.codePointAt(0)) && w.length() >= 2 && !w.equals(w.toUpperCase(java.util.Locale.ROOT));
            if (capital) {
                run.add(w);
                continue;
            }
            String name = personName(run);
            if (name != null) return name;
            run.clear();
            if (".;:!?".contains(w)) return null;
        }
        return personName(run);
    }

    private static String personName(List<String> run) {
        if (run.size() < 2) return null;
        String first = run.get(run.size() - 2), last = run.get(run.size() - 1);
        if (OFFICE_WORD.matcher(first).matches() || OFFICE_WORD.matcher(last).matches()) return null;
        return first + " " + last;
    }

    /** "Сергія Лисака" → "Сергій Лисак", "Олександра Прокудіна" → "Олександр Прокудін": masculine genitive back to the nominative. */
    private static String nominative(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            String x = w;
            if (x.matches(".*[іи]я")) x = x.substring(0, x.length() - 1) + "й";
            else if (x.endsWith("ея")) x = x.substring(0, x.length() - 1) + "й";
            else if (x.endsWith("енка")) x = x.substring(0, x.length() - 1) + "о";
            else if (x.endsWith("ського") || x.endsWith("ского")) x = x.substring(0, x.length() - 3) + (x.endsWith("ського") ? "ий" : "ий");
            else if (x.matches(".*[бвгґджзклмнпрстфхцчшщ]а")) x = x.substring(0, x.length() - 1);
            out.append(out.length() == 0 ? "" : " ").append(x);
        }
        return out.toString();
    }

    private static String latin(String name, Language language) {
        if (name.chars().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)) return name;
        return (language == Language.UK ? UK_LATIN : RU_LATIN).transliterate(name);
    }

    private static void flush(List<Claim> out, List<Integer> members, int chain, String claimer, String side, String outlet) {
        for (int ignored : members) out.add(new Claim(chain, claimer, side, outlet));
    }

    /** The named source of a sentence, when a reporting word stands near it. */
    static Source claimer(String s) {
        Regexes.Pairs pairs = Regexes.Pairs.of(s);
        for (Source src : SOURCES) {
            Regexes.Scan scan = src.scan(s, pairs);
            while (scan != null && scan.find()) {
                Matcher m = scan.matcher();
                String before = s.substring(Math.max(0, m.start() - 20), m.start());
                if (Regexes.mayContainIn(before, s, CLOSE_TO_GUARD) && CLOSE_TO.matcher(before).find()) continue;
                String around = s.substring(Math.max(0, m.start() - src.reach), Math.min(s.length(), m.end() + src.reach));
                if (SPEECH.find(around, s)) return src;
            }
        }
        return null;
    }

    static String outlet(String s) {
        Regexes.Pairs pairs = Regexes.Pairs.of(s);
        for (Source o : OUTLETS) {
            Regexes.Scan scan = o.scan(s, pairs);
            if (scan != null && scan.find()) return o.name;
        }
        return null;
    }

    /** "الوزارة" / "the ministry" / "ведомство" is the article's one named ministry, if it names exactly one. */
    private static String onlyMinistry(List<String> folded) {
        String found = null;
        for (String s : folded) {
            Regexes.Pairs pairs = Regexes.Pairs.of(s);
            for (Source src : SOURCES) {
                if (!src.name.contains("Ministry")) continue;
                Regexes.Scan scan = src.scan(s, pairs);
                if (scan == null || !scan.find()) continue;
                if (found != null && !found.equals(src.name)) return null;
                found = src.name;
            }
        }
        return found;
    }

    private static Source sourceNamed(String name) {
        for (Source s : SOURCES) if (s.name.equals(name)) return s;
        return new Source(name, null, null, null, null, 0); // a ministry named by rule ({@link #MINISTRY}), not on the list
    }

    /**
     * "Lebanon's health ministry said", "the Sudanese Foreign Ministry": a ministry by its country and its office, named as
     * written, so that "the ministry said" after it is that ministry; the ones on the list are {@link #SOURCES}'.
     */
    private static final Pattern MINISTRY = Pattern.compile("(?<![\\p{L}])((?:[A-Z][\\p{L}-]+(?:['’]s)?\\s+)(?:[Hh]ealth|[Dd]efen[cs]e|[Ii]nterior"
            + "|[Ff]oreign|[Ee]mergenc(?:y|ies)|[Ee]ducation)\\s+[Mm]inistry)(?![\\p{L}])");

    /** The one ministry {@link #MINISTRY} names in the article, or null (none, or two different ones). */
    private static String onlyMinistryByName(List<String> original) {
        String found = null;
        for (String s : original) {
            if (!s.contains("inistry")) continue;
            Matcher m = MINISTRY.matcher(s);
            while (m.find()) {
                String name = m.group(1);
                if (name.startsWith("The ") || name.startsWith("A ")) continue;
                if (found != null && !found.equalsIgnoreCase(name)) return null;
                found = name;
            }
        }
        return found;
    }
}
