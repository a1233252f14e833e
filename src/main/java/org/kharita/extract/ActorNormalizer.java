package org.kharita.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * State actors named in a sentence, normalised to one English name whatever the language or form:
 * "القوات الأوكرانية", "قوات كييف", "ВСУ", "Kyiv's forces" are all Ukraine; "بيونج يانج" (Egyptian
 * spelling) and "КНДР" are North Korea. Works on folded text ({@link TextFold}).
 * <p>
 * "The enemy" ("العدو", "противник") has no name in the text: in a statement claimed by one side it is
 * the other side (the Russian Ministry of Defence's "enemy" is Ukraine), so it is resolved from the
 * claim, and left out when nobody is known to be speaking.
 */
final class ActorNormalizer {
    static final String RUSSIA = "Russia", UKRAINE = "Ukraine", NORTH_KOREA = "North Korea", UNITED_STATES = "United States";

    /** An actor named at folded offset {@code start}. */
    record Named(String name, int start) {
    }

    private record Actor(String name, Pattern pattern, Regexes.Literals guard, String[] starts) {
        Actor(String name, String words) {
            this(name, Pattern.compile(L + "(?:" + words + ")" + R), Regexes.Literals.of(Regexes.literals(words)), Regexes.startLiterals(words));
        }

        Regexes.Scan scan(String folded) {
            return Regexes.scan(pattern, starts, folded);
        }
    }

    private static final String L = "(?<![\\p{L}])(?:[وبلف]|ال|لل|بال)*";
    private static final String R = "(?![\\p{L}])";

    private static final List<Actor> ACTORS = List.of(
            // North Korea first: "الكوري الشمالي" must not leave a bare "كوري" for anything else
            new Actor(NORTH_KOREA, "كوريا الشمالية|كوري\\S* الشمالي\\S*|بيونج ?يانج|بيونغ ?يانغ|بيونغيانغ"
                    + "|north korea\\S*|pyongyang|dprk|кндр|северн\\S* коре\\S*|пхеньян\\S*|північн\\S* коре\\S*"),
            new Actor(RUSSIA, "روسيا|روسي|روسية|روس|الروسي|الروسية|روسيين|موسكو|الكرملين"
                    + "|russia|russian|russians|moscow|kremlin|росси\\S*|российск\\S*|рф|москв\\S*|кремл\\S*|росі\\S*|російськ\\S*"),
            new Actor(UKRAINE, "اوكرانيا|اوكراني\\S*|كييف"
                    + "|ukraine|ukrainian\\S*|kyiv|kiev|украин\\S*|всу|киев\\S*|україн\\S*|зсу|київ\\S*"),
            new Actor(UNITED_STATES, "امريكا|امريكي\\S*|اميركا|اميركي\\S*|الولايات المتحدة|واشنطن|البيت الابيض"
                    + "|united states|u\\.s\\.|american|washington|white house|pentagon|сша|американск\\S*|вашингтон\\S*|белый дом"),
            // other wars the map shows (UCDP's Syria, Myanmar, Mexico; Gaza, Lebanon, Yemen, Sudan): armed
            // groups before the states whose names they contain (قوات سوريا الديمقراطية is not Syria)
            new Actor("Syrian Democratic Forces", "قوات سوريا الديمقراطية|قسد|syrian democratic forces|sdf"
                    + "|сирийские демократические силы|сдс"),
            new Actor("Hayat Tahrir al-Sham", "هيئة تحرير الشام|hayat tahrir al-sham|hts|хайят тахрир аш-шам"),
            new Actor("Islamic State", "داعش|تنظيم الدولة|islamic state|isis|isil|игил|ігіл"),
            new Actor("Rapid Support Forces", "الدعم السريع|rapid support forces|rsf|силы быстрого реагирования"),
            new Actor("Sudan (army)", "الجيش السوداني|القوات المسلحة السودانية|sudanese army|sudanese armed forces|saf"
                    + "|суданск\\S* арми\\S*"),
            new Actor("Hamas", "حماس|كتائب القسام|القسام|hamas|qassam brigades|хамас\\S*"),
            new Actor("Hezbollah", "حزب الله|hezbollah|hizbollah|hizballah|хезболл\\S*|хізбол\\S*"),
            new Actor("Houthis", "الحوثي\\S*|حوثي\\S*|انصار الله|houthi\\S*|ansar allah|хуси\\S*"),
            new Actor("Arakan Army", "جيش اراكان|arakan army|армия аракана"),
            new Actor("Myanmar (military)", "الجيش الميانماري|جيش ميانمار|myanmar military|myanmar's military|tatmadaw"
                    + "|myanmar army|армия мьянмы"),
            new Actor("Sinaloa Cartel", "كارتل سينالوا|sinaloa cartel|cartel de sinaloa|картель синалоа"),
            new Actor("Jalisco New Generation Cartel", "jalisco new generation cartel|cjng|كارتل خاليسكو"),
            new Actor("Wagner Group", "فاغنر|wagner|вагнер\\S*"),
            new Actor("Israel", "اسرائيل|اسرائيلي\\S*|الاحتلال|جيش الاحتلال|israel\\S*|idf|израил\\S*|цахал|ізраїл\\S*"),
            new Actor("Iran", "ايران|ايراني\\S*|طهران|iran|iranian|tehran|иран\\S*|тегеран\\S*|іран\\S*"),
            new Actor("Syria", "النظام السوري|قوات النظام|الجيش السوري|دمشق|syrian government|syrian army|syrian regime"
                    + "|assad|damascus|сирийск\\S* арми\\S*|дамаск\\S*"),
            new Actor("Turkey", "تركيا|تركي\\S*|انقرة|turkey|turkish|turkiye|türkiye|ankara|турци\\S*|турецк\\S*|анкар\\S*"
                    + "|туреччин\\S*|турецьк\\S*"),
            new Actor("Belarus", "بيلاروس\\S*|belarus\\S*|беларус\\S*|білорус\\S*"),
            new Actor("United Kingdom", "بريطانيا|بريطاني\\S*|britain|british|united kingdom|великобритани\\S*|британск\\S*"
                    + "|британі\\S*"));

    private static final Actor ENEMY = new Actor("the enemy", "العدو|the enemy|противник\\S*|ворог\\S*");

    private ActorNormalizer() {
    }

    /**
     * @param claimSide the side of whoever asserts the sentence (null if unknown), to name "the enemy"
     */
    static List<Named> find(String folded, String claimSide) {
        List<Named> out = new ArrayList<>();
        boolean[] taken = new boolean[folded.length() + 1];
        Regexes.Pairs pairs = Regexes.Pairs.of(folded);
        for (Actor a : ACTORS) {
            if (!Regexes.mayContain(folded, pairs, a.guard)) continue;
            Regexes.Scan scan = a.scan(folded);
            while (scan.find()) {
                Matcher m = scan.matcher();
                if (taken[m.start()]) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                out.add(new Named(a.name, m.start()));
            }
        }
        String enemy = opponent(claimSide);
        if (enemy != null && Regexes.mayContain(folded, ENEMY.guard)) {
            Regexes.Scan scan = ENEMY.scan(folded);
            while (scan.find()) out.add(new Named(enemy, scan.matcher().start()));
        }
        out.sort((x, y) -> Integer.compare(x.start, y.start));
        return out;
    }

    static String opponent(String side) {
        if (RUSSIA.equals(side)) return UKRAINE;
        if (UKRAINE.equals(side)) return RUSSIA;
        return null;
    }
}
