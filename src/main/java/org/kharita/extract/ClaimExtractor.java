package org.kharita.extract;

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
    private record Source(String name, String side, Pattern pattern, Regexes.Literals guard, String[] starts) {
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
        return new Source(name, side, Pattern.compile(L + "(?:" + regex + ")" + R), Regexes.Literals.of(Regexes.literals(regex)), Regexes.startLiterals(regex));
    }

    private static final List<Source> SOURCES = List.of(
            source(RUSSIAN_MOD, ActorNormalizer.RUSSIA, "وزارة الدفاع الروسية|الدفاع الروسية|وزارة الدفاع في روسيا"
                    + "|russian (?:defen[cs]e ministry|ministry of defen[cs]e)|(?:defen[cs]e ministry|ministry of defen[cs]e) of russia"
                    + "|russia's (?:defen[cs]e ministry|ministry of defen[cs]e)|russian mod"
                    + "|минобороны (?:россии|рф)|министерств\\S* обороны (?:россии|рф|российской федерации)|міноборони (?:росії|рф)|міністерств\\S* оборони (?:росії|рф)"),
            source("Ukrainian General Staff", ActorNormalizer.UKRAINE, "هيئة الاركان العامة الاوكرانية|الاركان العامة الاوكرانية"
                    + "|ukrainian general staff|general staff of (?:the )?(?:armed forces of )?ukraine|генштаб\\S* (?:всу|украины)|генштаб\\S* зсу|генеральн\\S* штаб\\S* зсу"),
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
            source("Institute for the Study of War", null, "institute for the study of war|isw|معهد دراسة الحرب"));

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
            source("Agentstvo", null, "agentstvo|agenstvo"));

    /** Speech and reporting words: a name counts as the claimer only beside one of them. */
    private static final Regexes.Guarded SPEECH = Regexes.Guarded.of("(?<![\\p{L}])(?:[وف])?", "قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت"
            + "|ذكر|ذكرت|نشر|نشرت|افاد|افادت|صرح|كشف|كشفت|اضاف|اضافت|تابع|لفت|بحسب|حسب|وفقا|نقلا|بيان"
            + "|said|says|say|reported|reports|claimed|claims|announced|stated|confirm\\S*|according|added|told|statement|as stated by"
            + "|сообщил\\S*|заявил\\S*|говорится|данным|согласно|словам|сообщает|сообщени\\S*|рассказал\\S*|подтвердил\\S*"
            + "|повідомил\\S*|заявив|даними|підтвердил\\S*", "(?![\\p{L}])");
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

    private ClaimExtractor() {
    }

    /** @param headline per sentence: a headline starts a new chain and never continues one */
    static List<Claim> chains(List<String> folded, boolean[] headline) {
        String articleMinistry = onlyMinistry(folded);
        List<Claim> out = new ArrayList<>();
        int chain = -1;
        List<Integer> members = new ArrayList<>();
        String claimer = null, side = null, outlet = null;
        for (int i = 0; i < folded.size(); i++) {
            String s = folded.get(i);
            Source own = claimer(s);
            if (own == null && articleMinistry != null && MINISTRY_ANAPHOR.find(s) && SPEECH.find(s)) {
                own = sourceNamed(articleMinistry);
            }
            boolean continues = !headline[i] && chain >= 0 && !headline[i - 1]
                    && (CONTINUES.matcher(s).find() || CONTINUES_ANYWHERE.find(s)
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
        return out;
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
                String around = s.substring(Math.max(0, m.start() - 80), Math.min(s.length(), m.end() + 80));
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
        throw new IllegalArgumentException(name);
    }
}
