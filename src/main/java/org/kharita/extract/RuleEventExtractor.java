package org.kharita.extract;

import org.kharita.extract.ClaimExtractor.Claim;
import org.kharita.extract.DateResolver.DateMention;
import org.kharita.extract.Event.Actor;
import org.kharita.extract.Event.Count;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.Event.Role;
import org.kharita.extract.EventCues.Cue;
import org.kharita.geo.Language;
import org.kharita.geo.Place;
import org.kharita.geo.names.ArabicText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events by rule, sentence by sentence, the way an analyst codes a report for ACLED:
 * <ul>
 * <li>a sentence is an event when it holds a cue ({@link EventCues}) and names a literal, resolved place;
 * one event per place (the MoD's sentence naming six villages gives six events sharing a {@code group});</li>
 * <li>the date is the date expression nearest the cue, else the date of the statement the sentence
 * continues ({@link ClaimExtractor}), else none, with the reason;</li>
 * <li>a place counts where it happened, not where it was said ("said at a forum in Kyiv, that ...
 * on the Kursk axis") nor where it is measured from ("10 km from Korenevo"); containers give way to
 * what they contain (the villages, not "Kursk Oblast" beside them);</li>
 * <li>one event per place and day: repeats of the same type, place and date merge;</li>
 * <li>counts stay with the event whose sentence states them (the first place of a list); a sentence of
 * figures that continues a statement ("وأشارت إلى أن خسائر ... بلغت") adds them to the statement's
 * widest event; running totals ("في المجمل", "since the start") and rates ("يوميا") are not events.</li>
 * </ul>
 */
public final class RuleEventExtractor implements EventExtractor {

    private static final Set<EventType> VIOLENT = EnumSet.of(EventType.BATTLE, EventType.TERRITORY_CHANGE, EventType.SHELLING,
            EventType.AIR_STRIKE, EventType.DRONE_STRIKE, EventType.MISSILE_STRIKE, EventType.EXPLOSION, EventType.ATTACK_ON_CIVILIANS);

    /** Strategic developments stand without a place; fighting and surrenders need one (ACLED codes none without). */
    private static final Set<EventType> MAY_BE_UNPLACED = EnumSet.of(EventType.RATIFICATION, EventType.AGREEMENT,
            EventType.TROOP_DEPLOYMENT, EventType.PROTEST, EventType.OTHER);

    private static final Regexes.Guarded RATE = Regexes.Guarded.of("(?<![\\p{L}])",
            "يوميا|كل يوم|daily|per day|a day|ежедневно|в день|в сутки|щодня|на добу", "(?![\\p{L}])");
    private static final Regexes.Guarded BACKGROUND = Regexes.Guarded.of("(?<![\\p{L}])(?:[وف])?",
            "بعد|عقب|منذ|سبق|after|since|previously|earlier|last year|после|ранее|напомним|с тех пор|після|раніше|нагадаємо|відтоді",
            "(?![\\p{L}])");
    /** "إن"/"أن", "that", "что": what follows is what was said; the place of saying comes before. */
    private static final Regexes.Guarded COMPLEMENTIZER = Regexes.Guarded.of("(?<![\\p{L}])", "وان|بان|ان|that|что|що", "(?![\\p{L}])");
    private static final String VENUE_WORDS = "العاصمة|عاصمة|منتدي|مؤتمر|capital|conference in|forum in|briefing in|столице|столиці";
    private static final Pattern VENUE = Pattern.compile("(?:" + VENUE_WORDS + ")\\s*\\S*\\s*$");
    private static final String[] VENUE_GUARD = Regexes.literals(VENUE_WORDS);
    /** "قوات X", "forces of X"; "группировки войск «Днепр»", "угруповання військ «Схід»": a group of forces named after a river or a side. */
    private static final String ARMY_WORDS = "قوات|لقوات|جيش|forces of|troops of|войска|війська|группировк\\S* войск|угрупован\\S* військ";
    private static final Pattern ARMY_OF = Pattern.compile("(?:" + ARMY_WORDS + ")\\s*[«\"“„]?\\s*$");
    private static final String[] ARMY_GUARD = Regexes.literals(ARMY_WORDS);
    /**
     * "10 km from Korenevo", "15 kilometres (nine miles) from the town of Batroun", "التي تبعد عن مدينة الأبيض نحو 40 كلم":
     * a distance measures from a place, it never happened there.
     */
    private static final String MEASURED_WORDS =
            "(?:km|kilometers|kilometres|miles|كم|كيلومتر\\S*|км|километр\\S*|кілометр\\S*)\\s+(?:\\S+\\s+){0,2}(?:from|of|من|от|від)"
                    + "|علي بعد\\s+\\S+\\s+\\S+\\s+من|(?:تبعد|يبعد|تبعدان|يبعدان)\\s+(?:\\S+\\s+)?عن";
    private static final Pattern MEASURED = Pattern.compile("(?:" + MEASURED_WORDS + ")\\s+(?:the\\s+)?"
            + "(?:(?:city|town|village) of\\s+|(?:مدينة|بلدة|قرية|منطقة|города|села|поселка|міста|селища)\\s+)?$");
    private static final String[] MEASURED_GUARD = Regexes.literals(MEASURED_WORDS);
    /**
     * "north of Pokrovsk", "جنوب خان يونس", "севернее Торецка", "на північ від Куп'янська": a compass direction from a
     * place. It is where the event happened, near it (precision 2), unless it locates another place named before it in
     * the same clause ("قرب دوار ... شمال غرب مدينة حمد": the roundabout is where, Hamad City only says where that is).
     */
    private static final String DIRECTION_WORDS =
            "(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\\s+of"
                    + "|(?:شمال|جنوب|شرق|غرب)(?:ي)?"
                    + "|(?:северо-|юго-)?(?:севернее|южнее|восточнее|западнее)|(?:північно-|південно-)?(?:північніше|південніше|східніше|західніше)"
                    + "|к (?:северу|югу|востоку|западу|северо-востоку|северо-западу|юго-востоку|юго-западу) от"
                    + "|на (?:північ|південь|схід|захід|північний схід|північний захід|південний схід|південний захід) від";
    private static final Pattern DIRECTION = Pattern.compile("(?<![\\p{L}])(?:[وب])?(?:" + DIRECTION_WORDS + ")\\s+"
            + "(?:(?:the|city of|town of|village of|مدينة|بلدة|قرية|منطقة|مخيم|города|села|поселка|деревни|міста|селища)\\s+)?$");
    private static final String[] DIRECTION_GUARD = Regexes.literals(DIRECTION_WORDS);
    /**
     * A country is where something happened only after a locative word ("في روسيا", "على أوكرانيا",
     * "into Russia", "в России"); as a subject it is an actor: "Russia still controls this roundabout".
     */
    private static final Pattern LOCATIVE = Pattern.compile("(?:(?<![\\p{L}])(?:في|الي|علي|داخل|من|عبر|نحو|in|into|inside|within|across|to|throughout"
            + "|в|во|на|по|из|у|до|по всей|через)\\s+|(?<![\\p{L}])[بل])$");

    /** Where an event happened is named but not placed on the map: precision unknown, written as null. */
    static final int UNKNOWN_PRECISION = 0;

    /** Near a place, in its direction, on its axis: ACLED precision 2. */
    private static final String NEAR_WORDS = "باتجاه|في اتجاه|اتجاه|قرب|بالقرب من|محور|ضواحي|محيط|مشارف"
            + "|near|outside|towards?|in the direction of|in the area of|in the vicinity of|on the outskirts of|around"
            + "|в районе|под|около|вблизи|в направлении|возле|близ|в районі|біля|поблизу|у напрямку|в напрямку";
    private static final Regexes.Guarded NEAR = Regexes.Guarded.of("(?<![\\p{L}])", NEAR_WORDS, "(?![\\p{L}])");
    private static final Pattern LIST_FILLER = Pattern.compile("(?:[\\s،,;:\"'«»“”()\\-]|(?<![\\p{L}])(?:و|and|и|і|та)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:بلدة|بلدتي|قرية|قريتي|قري|مدينة|مدينتي|منطقة|منطقتي|مناطق|بلدات|the village of|the town of|the settlement of"
            + "|the city of|villages?|towns?|села|село|поселка|деревни|города|хутора|населенного пункта|селища|міста)(?![\\p{L}]))*");

    @Override
    public List<Event> extract(String text, Language language, LocalDate publishedAt, List<Sentence> sentences, List<Mention> mentions) {
        if (text == null || sentences == null || sentences.isEmpty()) return List.of();
        List<String> folded = new ArrayList<>();
        List<TextFold> folds = new ArrayList<>();
        boolean[] headline = new boolean[sentences.size()];
        int[] story = new int[sentences.size()];
        int storyNo = 0;
        for (Sentence s : sentences) {
            TextFold f = TextFold.of(s.text(text));
            folds.add(f);
            folded.add(f.text());
            headline[s.index()] = isHeadline(text, s);
            if (headline[s.index()]) storyNo++;
            story[s.index()] = storyNo;
        }
        List<String> original = new ArrayList<>();
        boolean[] paragraphStart = new boolean[sentences.size()];
        for (Sentence s : sentences) {
            original.add(s.text(text));
            int k = s.start() - 1;
            while (k >= 0 && Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\n') k--;
            paragraphStart[s.index()] = k < 0 || text.charAt(k) == '\n';
        }
        List<Claim> claims = ClaimExtractor.chains(folded, original, headline, paragraphStart, language);
        int[][] held = mentionsBySentence(sentences, mentions);

        List<Candidate> events = new ArrayList<>();
        List<Candidate> placeless = new ArrayList<>();
        // A sentence without a cue yields no event: it matters only for its date, which a later sentence of
        // its statement may inherit, and its figures, which may join its statement's event. Both are read
        // only when asked for (most such sentences are never asked).
        OwnDates dates = new OwnDates(text, sentences, folds, language, publishedAt);
        List<Integer> quiet = new ArrayList<>();
        for (Sentence s : sentences) {
            org.kharita.geo.Interruption.check();
            int i = s.index();
            if (headline[i]) continue;
            TextFold f = folds.get(i);
            Claim claim = claims.get(i);
            boolean cumulative = EventCues.cumulative(f.text());
            List<Cue> cues = cumulative ? List.of() : EventCues.find(f.text(), language);
            Cue cue = EventCues.main(cues);
            if (cue == null && !cumulative) {
                cue = damageOf(f.text(), claim, story[i], events);
                if (cue != null) cues = List.of(cue);
            }
            if (cue == null) {
                // a running total's figures are dropped with it: no need to read them
                if (!cumulative) quiet.add(i);
                continue;
            }
            String sentence = s.text(text);
            Map<String, Count> counts = rate(f.text()) ? Map.of() : CountExtractor.extract(sentence, f, language);
            int cueAt = f.origin(cue.start());
            Dated own = dates.of(i, cueAt);
            Dated date = own != null ? own : inherited(dates.statement(i, claims, headline));
            if (date.date == null && publishedAt != null && !background(f.text(), cue.start())) date = statementDay(publishedAt);
            // both hold for the whole sentence, whichever cue governs a place
            int[] clauses = complementizerEnds(f.text());
            List<ActorNormalizer.Named> named = ActorNormalizer.find(f.text(), claim.side());
            List<Actor> actors = actors(named, clauses, cue);
            List<List<Integer>> places = places(text, s, f, clauses, cue, cues, mentions, held[i]);
            int antecedent = places.isEmpty() ? anaphoric(text, i, f, cue, language, paragraphStart, held, mentions) : -1;
            if (antecedent >= 0) {
                Mention m = mentions.get(antecedent);
                events.add(new Candidate(cue.type(), i, claim, story[i], date, List.of(antecedent),
                        m.resolved() ? level(m) : UNKNOWN_PRECISION, actors, counts, placeId(m)));
                continue;
            }
            if (places.isEmpty()) {
                placeless.add(new Candidate(cue.type(), i, claim, story[i], date, List.of(), 0, actors, counts, null));
                continue;
            }
            boolean first = true;
            for (List<Integer> group : places) {
                int precision = 4;
                for (int m : group) precision = Math.min(precision, precision(mentions.get(m), s, f));
                int placeAt = f.index(mentions.get(group.get(0)).start() - s.start());
                Cue governing = EventCues.governing(cues, cue, placeAt);
                List<Actor> roles = governing == cue ? actors : actors(named, clauses, governing);
                Candidate c = new Candidate(governing.type(), i, claim, story[i], date, group, precision, roles,
                        first ? counts : Map.of(), placeId(mentions.get(group.get(0))));
                c.front = group.stream().allMatch(m -> front(mentions.get(m), s, f));
                events.add(c);
                first = false;
            }
        }
        List<Candidate> unplaced = new ArrayList<>();
        for (Candidate p : placeless) {
            if (foldInto(p, events, true)) continue;
            if (!foldInto(p, unplaced, true)) unplaced.add(p);
        }
        for (Candidate p : unplaced) {
            // a dated event whose place the text does not give (or the geoparser did not find) is still
            // reported, unmapped, with location precision 0; its figures otherwise join the statement
            if (p.date.date != null && p.date.fromText && MAY_BE_UNPLACED.contains(p.type)) insertInOrder(events, p);
            else if (!p.counts.isEmpty()) foldInto(p, events, false);
        }
        for (int i : quiet) {
            // figures alone join the widest violent event of their statement, when it has one
            Claim claim = claims.get(i);
            boolean joins = false;
            for (Candidate e : events) joins |= VIOLENT.contains(e.type) && e.claim.chain() == claim.chain() && e.story == story[i];
            if (!joins || rate(folds.get(i).text())) continue;
            Map<String, Count> counts = CountExtractor.extract(sentences.get(i).text(text), folds.get(i), language);
            if (counts.isEmpty()) continue;
            Candidate figures = new Candidate(null, i, claim, story[i], null, List.of(), 0, List.of(), counts, null);
            // a detail told after an event is that event's ("Смирнов уточнил, что второй раненый ..."), not a later one's
            int at = i;
            if (!foldInto(figures, events.stream().filter(e -> e.sentence <= at).toList(), false)) foldInto(figures, events, false);
        }
        events.removeIf(e -> summaryOfNamedPlaces(e, events, mentions) || summaryOfNamedFront(e, events));
        return number(mergeSamePlaceAndDay(events), sentences);
    }

    private static final Set<EventType> STRIKES = EnumSet.of(EventType.SHELLING, EventType.AIR_STRIKE, EventType.DRONE_STRIKE,
            EventType.MISSILE_STRIKE);
    private static final Regexes.Guarded DAMAGE = Regexes.Guarded.of("(?<![\\p{L}])", "пошкоджен\\S*|пошкоджено|зруйнован\\S*|зруйновано"
            + "|повреждени\\S*|поврежден\\S*|повреждены|разрушен\\S*|damaged|destroyed|damage to|تضرر\\S*|اضرار|دمار|تدمير", "(?![\\p{L}])");

    /**
     * "Пошкоджено будинки в Мирівській громаді" after a report of strikes: the damage a strike did, at a place of its own,
     * is that strike's event there. Only within the statement of a strike already found, so a war's "destroyed" tanks
     * elsewhere are not strikes.
     */
    private static Cue damageOf(String folded, Claim claim, int story, List<Candidate> events) {
        Regexes.Scan damage = DAMAGE.scan(folded);
        if (!damage.find()) return null;
        for (int k = events.size() - 1; k >= 0; k--) {
            Candidate e = events.get(k);
            if (e.story != story || e.claim.chain() != claim.chain()) break;
            if (STRIKES.contains(e.type)) return new Cue(e.type, damage.matcher().start(), damage.matcher().end(), false);
        }
        return null;
    }

    /**
     * A fight or strike whose sentence names its place only as "the village" or "the town" happened at the settlement the
     * paragraph named before it ({@link Anaphora}); regions and countries are no antecedent of a settlement noun.
     */
    private static int anaphoric(String text, int i, TextFold f, Cue cue, Language language, boolean[] paragraphStart,
                                 int[][] held, List<Mention> mentions) {
        if (!VIOLENT.contains(cue.type()) || !Anaphora.pointsBack(f.text(), language)) return -1;
        return Anaphora.antecedent(i, paragraphStart, held, k -> {
            Mention m = mentions.get(k);
            return m.literal() && (m.resolved() ? level(m) <= 2 : unplacedName(text, m));
        });
    }

    /** Each sentence's own date, read once and only when asked for: most cue-less sentences never are. */
    private static final class OwnDates {
        private final String text;
        private final List<Sentence> sentences;
        private final List<TextFold> folds;
        private final Language language;
        private final LocalDate publishedAt;
        private final Dated[] own;
        private final boolean[] read;

        OwnDates(String text, List<Sentence> sentences, List<TextFold> folds, Language language, LocalDate publishedAt) {
            this.text = text;
            this.sentences = sentences;
            this.folds = folds;
            this.language = language;
            this.publishedAt = publishedAt;
            this.own = new Dated[sentences.size()];
            this.read = new boolean[sentences.size()];
        }

        /** Sentence {@code i}'s date nearest {@code cueAt} (0 for a sentence without a cue), or null. */
        Dated of(int i, int cueAt) {
            if (!read[i]) {
                own[i] = nearest(DateResolver.find(sentences.get(i).text(text), folds.get(i), language, publishedAt), cueAt, i);
                read[i] = true;
            }
            return own[i];
        }

        /**
         * The date of the statement sentence {@code i} continues: the own date of the latest sentence before it
         * in its chain that has one (chains are runs of sentences; the earlier ones were read with their cue).
         */
        Dated statement(int i, List<Claim> claims, boolean[] headline) {
            int chain = claims.get(i).chain();
            for (int j = i - 1; j >= 0 && claims.get(j).chain() == chain; j--) {
                if (headline[j]) continue;
                Dated d = of(j, 0);
                if (d != null) return d;
            }
            return null;
        }
    }

    /**
     * A report tells what happened since the last one: an event it gives no day for, in a statement with no day
     * either, is dated the statement's day, which is the publication's. Background stays undated ("بعد سقوط
     * الفاشر", "after it took Bara", "Напомним, ..."): the words before the cue say it happened earlier.
     */
    private static boolean background(String folded, int cueStart) {
        return BACKGROUND.find(folded.substring(0, cueStart), folded);
    }

    private static Dated statementDay(LocalDate publishedAt) {
        return new Dated(publishedAt, DatePrecision.DAY, "no date in the sentence or its statement: the statement's day, "
                + "the publication date", false);
    }

    /** "يوميا", "per day": a rate, whose figures are no event's. */
    private static boolean rate(String folded) {
        return RATE.find(folded);
    }

    // ---------------------------------------------------------------- candidates

    /** A date with where it came from. */
    private record Dated(LocalDate date, DatePrecision precision, String note, boolean fromText) {
        Dated(LocalDate date, DatePrecision precision, String note) {
            this(date, precision, note, true);
        }
    }

    private static final class Candidate {
        final EventType type;
        final int sentence;
        final Claim claim;
        final int story;
        Dated date;
        final List<Integer> places;
        int precision;
        final List<Actor> actors;
        final Map<String, Count> counts;
        final String placeId;
        /** Its place is a front named after a town ("на Покровському напрямку", "on the Pokrovsk axis", "محور بوكروفسك"). */
        boolean front;

        Candidate(EventType type, int sentence, Claim claim, int story, Dated date, List<Integer> places, int precision,
                  List<Actor> actors, Map<String, Count> counts, String placeId) {
            this.type = type;
            this.sentence = sentence;
            this.claim = claim;
            this.story = story;
            this.date = date;
            this.places = new ArrayList<>(places);
            this.precision = precision;
            this.actors = new ArrayList<>(actors);
            this.counts = new LinkedHashMap<>(counts);
            this.placeId = placeId;
        }
    }

    private static Dated nearest(List<DateMention> dates, int cueAt, int sentence) {
        DateMention best = null;
        for (DateMention d : dates) {
            if (d.since()) continue;
            if (best == null || Math.abs(d.start() - cueAt) < Math.abs(best.start() - cueAt)) best = d;
        }
        if (best == null) return null;
        if (best.future()) {
            return new Dated(null, best.precision(), best.note() + "; not taken as the date of something reported as done");
        }
        return new Dated(best.date(), best.precision(), best.note());
    }

    private static Dated inherited(Dated d) {
        if (d == null) return new Dated(null, DatePrecision.DAY, "no date in the sentence or in the statement it continues");
        return new Dated(d.date, d.precision, "from the statement this sentence continues: " + d.note);
    }

    /**
     * A cue without a place ("3 آلاف جندي ... يخضعون للتدريب في قواعد عسكرية روسية") joins the event of the
     * same type in its statement, else in its story, so its figures and date are not lost; figures alone
     * join the widest violent event of their statement.
     */
    private static boolean foldInto(Candidate c, List<Candidate> events, boolean sameType) {
        Candidate target = null;
        for (Candidate e : events) {
            boolean fits = sameType ? e.type == c.type : VIOLENT.contains(e.type) && e.claim.chain() == c.claim.chain();
            if (!fits || e.story != c.story) continue;
            if (sameType && target != null && target.claim.chain() == c.claim.chain() && e.claim.chain() != c.claim.chain()) continue;
            if (target == null || better(e, target, c, sameType)) target = e;
        }
        if (target == null) return false;
        c.counts.forEach(target.counts::putIfAbsent);
        if (!sameType) return true;
        for (Actor a : c.actors) if (target.actors.stream().noneMatch(x -> x.name().equals(a.name()))) target.actors.add(a);
        if ((target.date.date == null || !target.date.fromText) && c.date.date != null && c.date.fromText) target.date = c.date;
        return true;
    }

    private static void insertInOrder(List<Candidate> events, Candidate c) {
        int at = 0;
        while (at < events.size() && events.get(at).sentence <= c.sentence) at++;
        events.add(at, c);
    }

    private static boolean better(Candidate e, Candidate current, Candidate c, boolean sameType) {
        if (sameType) {
            boolean eSame = e.claim.chain() == c.claim.chain(), curSame = current.claim.chain() == c.claim.chain();
            if (eSame != curSame) return eSame;
            return Math.abs(e.sentence - c.sentence) < Math.abs(current.sentence - c.sentence);
        }
        return e.precision >= current.precision; // widest place; the latest among equals
    }

    private static List<Candidate> mergeSamePlaceAndDay(List<Candidate> events) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate e : events) {
            Candidate same = null;
            for (Candidate o : out) {
                // "offensive operations in the Kupiansk direction" and "attacks on Kupiansk itself" are the front and the town
                if (o.type == e.type && e.placeId != null && e.placeId.equals(o.placeId) && o.front == e.front
                        && (Objects.equals(o.date.date, e.date.date) && compatible(o.claim.claimedBy(), e.claim.claimedBy())
                        || retold(o, e))) {
                    same = o;
                    break;
                }
            }
            if (same == null) {
                out.add(e);
                continue;
            }
            for (int m : e.places) if (!same.places.contains(m)) same.places.add(m);
            same.precision = Math.min(same.precision, e.precision);
            e.counts.forEach(same.counts::putIfAbsent);
            for (Actor a : e.actors) if (same.actors.stream().noneMatch(x -> x.name().equals(a.name()))) same.actors.add(a);
        }
        return out;
    }

    /**
     * "The ministry reported two dead in an Israeli strike on Deir Billa ... The National News Agency had said an Israeli
     * strike targeted a house in Deir Billa": the same strike told again by another source, with no day of its own (only
     * the statement's), is the strike dated before it, not a second one on the publication day.
     */
    private static boolean retold(Candidate earlier, Candidate later) {
        return earlier.story == later.story && earlier.date.date != null && earlier.date.fromText && !later.date.fromText
                && earlier.claim.claimedBy() != null && later.claim.claimedBy() != null && !compatible(earlier.claim.claimedBy(), later.claim.claimedBy());
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /**
     * "ВС РФ освободили 28 населенных пунктов в Курской области", followed in the same statement by the
     * list of them: the region-level event only repeats the villages' events. It stays when it states
     * figures of its own (the seed's boats destroyed in Kursk Oblast).
     */
    private static boolean summaryOfNamedPlaces(Candidate e, List<Candidate> events, List<Mention> mentions) {
        if (ownFigures(e) || e.places.isEmpty() || !mentions.get(e.places.get(0)).resolved()) return false;
        Place region = mentions.get(e.places.get(0)).resolution().place();
        if (!region.isAdmin1()) return false;
        String name = region.admin1() == null || region.admin1().isEmpty() ? region.name() : region.admin1();
        return events.stream().anyMatch(o -> o != e && !o.places.isEmpty() && o.type == e.type && o.claim.chain() == e.claim.chain()
                && Objects.equals(o.date.date, e.date.date) && o.precision <= 2 && mentions.get(o.places.get(0)).resolved()
                && name.equals(mentions.get(o.places.get(0)).resolution().place().admin1()));
    }

    /** Figures beyond the number of attacks a summary counts: the seed's boats destroyed in Kursk Oblast keep its event. */
    private static boolean ownFigures(Candidate e) {
        return e.counts.keySet().stream().anyMatch(k -> !k.equals(CountExtractor.ATTACKS));
    }

    /**
     * "на Лиманському напрямку ворог провів 25 атак. Росіяни намагалися вклинитися ... у районах Греківка, Зелена Долина":
     * an event on a front (an axis named after a town) whose statement goes on to name the settlements it was fought at,
     * that day, is their summary; ACLED codes the settlements. Alone, the front's event stands, with its count.
     */
    private static boolean summaryOfNamedFront(Candidate e, List<Candidate> events) {
        if (!e.front || ownFigures(e)) return false;
        return events.stream().anyMatch(o -> o != e && !o.front && !o.places.isEmpty() && o.type == e.type
                && o.claim.chain() == e.claim.chain() && o.story == e.story && Objects.equals(o.date.date, e.date.date)
                && o.sentence >= e.sentence && o.sentence <= e.sentence + FRONT_LIST_REACH && o.precision <= 2
                // a place with its own count of attacks is the next front's summary, not this one's list
                && !o.counts.containsKey(CountExtractor.ATTACKS));
    }

    /** How many sentences after a front's summary the list of its settlements may come. */
    private static final int FRONT_LIST_REACH = 2;

    private static List<Event> number(List<Candidate> events, List<Sentence> sentences) {
        List<Event> out = new ArrayList<>();
        for (Candidate c : events) {
            out.add(new Event("e" + (out.size() + 1), c.type, c.date.date, c.date.precision, c.date.note,
                    sentences.get(c.sentence), List.copyOf(c.places), c.precision, List.copyOf(c.actors), c.claim.claimedBy(), c.claim.reportedVia(),
                    // in the order the text states them, the same on every run (Map.copyOf's order changes per JVM)
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(c.counts)), "g" + (c.claim.chain() + 1)));
        }
        return out;
    }

    // ---------------------------------------------------------------- places

    /** The literal places the event happened at, grouped by place (one event each), in text order. */
    private static List<List<Integer>> places(String text, Sentence s, TextFold f, int[] clauses, Cue cue, List<Cue> cues,
                                              List<Mention> mentions, int[] inSentence) {
        int clauseStart = s.start() + f.origin(clauseStart(clauses, cue.start()));
        List<Integer> inClause = new ArrayList<>(), all = new ArrayList<>();
        for (int i : inSentence) {
            Mention m = mentions.get(i);
            // a name recognised but not resolved is still where the event happened: kept, unmapped
            if (!m.literal() || !m.resolved() && !unplacedName(text, m)) continue;
            if (dateline(text, m)) continue;
            // wide enough for "15 kilometres (nine miles) from the town of"
            String before = f.slice(Math.max(0, m.start() - s.start() - 60), m.start() - s.start());
            if (Regexes.mayContainIn(before, f.text(), MEASURED_GUARD) && MEASURED.matcher(before).find()
                    || Regexes.mayContainIn(before, f.text(), ARMY_GUARD) && ARMY_OF.matcher(before).find()) continue;
            Matcher direction = Regexes.mayContainIn(before, f.text(), DIRECTION_GUARD) ? DIRECTION.matcher(before) : null;
            if (direction != null && direction.find()) {
                int at = f.index(m.start() - s.start()) - before.length() + direction.start();
                if (!governedDirection(f.text(), at, cues, s, f, mentions, inSentence, i)) continue;
            }
            if (m.resolved() && m.resolution().place().isCountry() && !LOCATIVE.matcher(before).find()) continue;
            if (m.start() >= clauseStart) inClause.add(i);
            else if (!(Regexes.mayContainIn(before, f.text(), VENUE_GUARD) && VENUE.matcher(before).find())) all.add(i);
        }
        List<Integer> chosen = inClause.isEmpty() ? all : inClause;
        int finest = chosen.stream().mapToInt(i -> level(text, mentions.get(i))).min().orElse(0);
        Map<String, List<Integer>> byPlace = new LinkedHashMap<>();
        for (int i : chosen) {
            if (level(text, mentions.get(i)) != finest) continue;
            byPlace.computeIfAbsent(placeId(mentions.get(i)), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byPlace.values());
    }

    /** "KYIV, Ukraine (AP) —", "DAMASCUS (Reuters) -": after the place of filing and its agency, a dash opens the story. */
    private static final Pattern DATELINE_TAIL = Pattern.compile("^(?:,\\s*[\\p{L}.' ]{2,30})?\\s*(\\([^()\\n]{2,40}\\)\\s*)?[—–-]\\s");

    /**
     * A dateline names where the reporter filed from, not where the story's events happened. It opens a line, in capitals
     * or with its agency after it: a bulletin's "Pokrovsk — 25 attacks" is a front and its figures.
     */
    private static boolean dateline(String text, Mention m) {
        int k = m.start() - 1;
        while (k >= 0 && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) k--;
        if (k >= 0 && text.charAt(k) != '\n') return false;
        Matcher tail = DATELINE_TAIL.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)));
        return tail.find() && (tail.group(1) != null || m.text().length() >= 3 && m.text().equals(m.text().toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * For each sentence (by index), the mentions starting in it, in the order of {@code mentions}. Why: each event
     * sentence read every mention of the article, quadratic in a long article (a 2 MB one holds thousands of each).
     */
    private static int[][] mentionsBySentence(List<Sentence> sentences, List<Mention> mentions) {
        Integer[] byStart = new Integer[mentions.size()];
        for (int i = 0; i < byStart.length; i++) byStart[i] = i;
        // stable: mentions at the same offset keep their order
        java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt(i -> mentions.get(i).start()));
        int[] starts = new int[byStart.length];
        for (int k = 0; k < byStart.length; k++) starts[k] = mentions.get(byStart[k]).start();
        int[][] held = new int[sentences.size()][];
        for (Sentence s : sentences) {
            int from = firstAtOrAfter(starts, s.start()), to = firstAtOrAfter(starts, s.end());
            int[] in = new int[Math.max(0, to - from)];
            for (int k = from; k < to; k++) in[k - from] = byStart[k];
            java.util.Arrays.sort(in);
            held[s.index()] = in;
        }
        return held;
    }

    /** The first position in ascending {@code a} holding a value of at least {@code v} ({@code a.length} if none). */
    private static int firstAtOrAfter(int[] a, int v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** How many words a cue may stand before the direction it governs: "advanced 2 km north of", "هاجمت مواقع جنوب". */
    private static final int DIRECTION_REACH_WORDS = 5;

    /**
     * A direction phrase starting at folded offset {@code at} names where the event happened when a cue governs it: the
     * nearest cue before it lies at most {@link #DIRECTION_REACH_WORDS} words back with no other place between ("Russian
     * troops advanced north of Pokrovsk"). Otherwise it locates something else ("an Israeli strike on Maaysra, a village
     * in a mostly Christian area north of Beirut").
     */
    private static boolean governedDirection(String folded, int at, List<Cue> cues, Sentence s, TextFold f, List<Mention> mentions,
                                             int[] inSentence, int self) {
        int cueEnd = -1;
        for (Cue c : cues) if (c.end() <= at) cueEnd = Math.max(cueEnd, c.end());
        if (cueEnd < 0) return false;
        String between = folded.substring(cueEnd, at).strip();
        if (!between.isEmpty() && BLANKS.split(between).length > DIRECTION_REACH_WORDS) return false;
        for (int j : inSentence) {
            if (j == self) continue;
            int mAt = f.index(mentions.get(j).start() - s.start());
            if (mAt < cueEnd || mAt >= at) continue;
            // "قصفت أطراف بلدة X وشمال بلدة Y": a direction joined by "and" to the place before it is another target of
            // the same cue, not where that place is
            int mEnd = f.index(mentions.get(j).end() - s.start());
            if (mEnd <= at && arabicAndBefore(folded, mEnd, at)) continue;
            return false;
        }
        return true;
    }

    /** Whether only list filler with the Arabic "و" (glued to the direction word or standing alone) lies in [from, at). */
    private static boolean arabicAndBefore(String folded, int from, int at) {
        String gap = folded.substring(from, at);
        boolean glued = folded.startsWith("و", at);
        return LIST_FILLER.matcher(gap).matches() && (glued || AR_AND.matcher(gap).find());
    }

    private static final Pattern AR_AND = Pattern.compile("(?<![\\p{L}])و(?![\\p{L}])");

    /** The nouns that announce a settlement in Arabic, where no capital letter marks a name. */
    private static final Pattern AR_SETTLEMENT_NOUN = Pattern.compile("(?:قري|قرية|قريتي|بلدة|بلدات|بلدتي|مدينة|مدينتي|منطقة|مناطق|حي|احياء|مخيم|ناحية|مديرية)");
    private static final Pattern AR_SETTLEMENT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[وب]|ال|في|و?بال)?" + AR_SETTLEMENT_NOUN.pattern() + "(?![\\p{L}])");
    /** "на Лиманському напрямку", "Покровской": an adjective names an axis or a region's people, not a village. */
    private static final Pattern AXIS_AFTER = Pattern.compile("^\\s+(?:напрям\\S*|направлени\\S*|axis|direction)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s+(\\p{L}+)");

    /**
     * A name the resolver could not place is kept as where an event happened only when it reads as a place name: a
     * capitalised word of four letters or more that names no axis ("на Лиманському напрямку") and no speaker ("писал
     * Смирнов"); in Arabic, one a
     * settlement noun announces in the words before it (قرى وبلدات أورم الصغرى), and not that noun itself cut from
     * its clitics (لدات of وبلدات) nor a common word standing alone (بهدف، وصول).
     */
    private static boolean unplacedName(String text, Mention m) {
        String name = m.text();
        long letters = name.codePoints().filter(Character::isLetter).count();
        int wordStart = m.start();
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) wordStart--;
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        if (Character.UnicodeBlock.of(name.charAt(0)) == Character.UnicodeBlock.ARABIC) {
            // Arabic village names are short (حور، حاس): the settlement noun is the evidence, also at the head of a long list
            if (letters < 3) return false;
            String word = TextFold.fold(text.substring(wordStart, m.end()));
            if (AR_SETTLEMENT_BEFORE.matcher(word).matches()) return false;
            String before = TextFold.fold(text.substring(Math.max(0, wordStart - 250), wordStart));
            return AR_SETTLEMENT_BEFORE.matcher(before).find();
        }
        if (letters < 4 || wordStart != m.start() || !Character.isUpperCase(name.charAt(0))) return false;
        if (AXIS_AFTER.matcher(after).find()) return false;
        String before = text.substring(Math.max(0, m.start() - 30), m.start());
        Matcher previous = LAST_WORD.matcher(before), next = FIRST_WORD.matcher(after);
        return !(previous.find() && ClaimExtractor.SPEECH.find(TextFold.fold(previous.group(1)))
                || next.find() && ClaimExtractor.SPEECH.find(TextFold.fold(next.group(1))));
    }

    /** Where each "that" of the sentence ends, in text order. */
    private static int[] complementizerEnds(String folded) {
        Regexes.Scan m = COMPLEMENTIZER.scan(folded);
        int[] ends = new int[4];
        int n = 0;
        while (m.find()) {
            if (n == ends.length) ends = java.util.Arrays.copyOf(ends, n * 2);
            ends[n++] = m.matcher().end();
        }
        return java.util.Arrays.copyOf(ends, n);
    }

    /** The start of the clause holding the cue: after the last "that" before it. */
    private static int clauseStart(int[] complementizerEnds, int cueStart) {
        int start = 0;
        for (int end : complementizerEnds) {
            if (end > cueStart) break;
            start = end;
        }
        return start;
    }

    private static String placeId(Mention m) {
        if (!m.resolved()) return "unresolved:" + m.text();
        Place p = m.resolution().place();
        return p.id() != null ? p.id() : p.name() + "@" + p.lat() + "," + p.lon();
    }

    /**
     * Containment order of a mention's place. A name the resolver could not place is almost always a village
     * the gazetteer lacks (regions and countries resolve), so it ranks as a settlement and a container beside it
     * gives way to it.
     */
    private static int level(Mention m) {
        // "the town of Barsalogho in Sanmatenga province": an unplaced province is still the town's container
        return m.resolved() ? level(m.resolution().place()) : PlaceNameFinder.namesArea(m.text()) ? 2 : 1;
    }

    /**
     * "غارة على بلدة الخيام في قضاء مرجعيون": after an Arabic district or province noun the name is the container, at
     * least district level, though the gazetteer holds only the town of that name; the village beside it takes the event.
     */
    private static final Pattern AR_DISTRICT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[وب]|في\\s+)?(?:قضاء|مديرية|ناحية|محافظة|ولاية|مقاطعة|اقليم)\\s+$");

    private static final Pattern DISTRICT_WORD = Pattern.compile("(?<![\\p{L}])(?:" + EventCues.alternation(Language.RU, "district-words")
            + "|" + EventCues.alternation(Language.UK, "district-words") + "|" + EventCues.alternation(Language.EN, "district-words")
            + ")(?![\\p{L}])");

    /**
     * A name the text calls a district ("деревня Городище Рыльского района", "громади Синельниківського району") is a
     * district, though the resolver placed it at the district's seat town: beside the villages it holds, it gives way.
     * So does an Arabic name after a district or province noun ({@link #AR_DISTRICT_BEFORE}).
     */
    private static int level(String text, Mention m) {
        int level = level(m);
        if (level >= 2) return level;
        if (ArabicText.isArabicLetter(m.text().charAt(0))) {
            String before = TextFold.fold(text.substring(Math.max(0, m.start() - 20), m.start()));
            if (AR_DISTRICT_BEFORE.matcher(before).find()) return 2;
        }
        if (!m.resolved()) return level;
        String own = TextFold.fold(m.text());
        String next = TextFold.fold(text.substring(m.end(), Math.min(text.length(), m.end() + 16))).stripLeading();
        Matcher inName = DISTRICT_WORD.matcher(own), after = DISTRICT_WORD.matcher(next);
        boolean named = inName.find() && inName.start() > 0 && inName.end() == own.length();
        boolean followed = m.end() < text.length() && Character.isWhitespace(text.charAt(m.end())) && after.lookingAt();
        return named || followed ? 2 : 1;
    }

    /** Containment order: settlement or site 1, district 2, region 3, country 4. */
    private static int level(Place p) {
        if (p.isCountry()) return 4;
        if (p.isAdmin1()) return 3;
        if (p.featureCode() != null && p.featureCode().startsWith("ADM")) return 2;
        // a region without borders or a sea (Donbas, the Black Sea) is region-level, like an oblast
        if (p.isArea()) return 3;
        return 1;
    }

    /** ACLED precision: the place's own level, at least 2 when the text says near it or in its direction. */
    private static int precision(Mention m, Sentence s, TextFold sentence) {
        if (!m.resolved()) return UNKNOWN_PRECISION;
        int level = level(m.resolution().place());
        return nearCue(m, s, sentence) || directionOrAxis(m, s, sentence) ? Math.max(level, 2) : level;
    }

    private static final Pattern FRONT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[وبف]|ال)*محور\\s+$");
    /** The words one of which {@link #AXIS_AFTER}, or {@link #FRONT_BEFORE}, needs: most sentences name no front. */
    private static final String[] AXIS_GUARD = {"напрям", "направлени", "axis", "direction"}, FRONT_GUARD = {"محور"};

    /** "на Лиманському напрямку", "on the Pokrovsk axis", "على محور بوكروفسك": the mention names a front, not the town. */
    private static boolean front(Mention m, Sentence s, TextFold sentence) {
        int from = m.start() - s.start(), to = m.end() - s.start();
        // asked for every place of every event sentence: the sentence's pairs rule both out without cutting or matching
        if (Regexes.mayContain(sentence.text(), AXIS_GUARD)
                && AXIS_AFTER.matcher(sentence.slice(to, Math.min(s.end() - s.start(), to + 30))).find()) return true;
        return Regexes.mayContain(sentence.text(), FRONT_GUARD)
                && FRONT_BEFORE.matcher(sentence.slice(Math.max(0, from - 20), from)).find();
    }

    /**
     * "north of Pokrovsk", "جنوب خان يونس" (a direction from the place) and "на Лиманському напрямку", "on the Pokrovsk
     * axis" (the front named after it): the event is near the place, not in it.
     */
    private static boolean directionOrAxis(Mention m, Sentence s, TextFold sentence) {
        int from = m.start() - s.start();
        String before = sentence.slice(Math.max(0, from - 40), from);
        if (Regexes.mayContainIn(before, sentence.text(), DIRECTION_GUARD) && DIRECTION.matcher(before).find()) return true;
        return front(m, s, sentence);
    }

    /**
     * "في اتجاه بلدتي بليخوفو وبوكروفسكي": the cue governs the whole list after it, so what lies between
     * the cue and the mention may only be other list items, conjunctions and words like "village".
     */
    private static boolean nearCue(Mention m, Sentence s, TextFold sentence) {
        String f = sentence.slice(Math.max(0, m.start() - s.start() - 120), m.start() - s.start());
        Regexes.Scan near = NEAR.scan(f, sentence.text());
        int end = -1;
        while (near.find()) end = near.matcher().end();
        if (end < 0) return false;
        String between = f.substring(end);
        return LIST_FILLER.matcher(stripNames(between)).matches();
    }

    /** String.split compiles its pattern on every call, and these run for every place of every event sentence. */
    private static final Pattern BLANKS = Pattern.compile("\\s+"), COMMAS = Pattern.compile("[،,]");

    /** Removes the words of a list of names: whatever is left between commas must be filler. */
    private static String stripNames(String between) {
        StringBuilder out = new StringBuilder();
        for (String item : COMMAS.split(between)) {
            String t = item.strip();
            String[] words = BLANKS.split(t);
            // a list item is at most four words ("زيليني شلياخ", "Nikolaevo-Darino"); a longer one is a clause
            if (words.length > 4) return between;
            out.append(',');
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- actors

    /**
     * Roles by position: in a violent event the side named before the cue acts and the one after it is
     * acted upon ("شنت روسيا هجومها على أوكرانيا"); a defensive cue ("صد", "repelled", "отразили") turns
     * that round, since whoever repels was attacked. Agreements, ratifications and deployments have parties.
     */
    private static List<Actor> actors(List<ActorNormalizer.Named> named, int[] complementizerEnds, Cue cue) {
        Map<String, Role> roles = new LinkedHashMap<>();
        // the speaker's frame ("said the White House's Kirby, that ...") names no party to the event
        int clause = clauseStart(complementizerEnds, cue.start());
        if (named.stream().anyMatch(n -> n.start() >= clause)) named = named.stream().filter(n -> n.start() >= clause).toList();
        for (ActorNormalizer.Named n : named) {
            Role role;
            if (!VIOLENT.contains(cue.type())) role = Role.PARTY;
            else {
                boolean before = n.start() < cue.start();
                role = before != cue.defensive() ? Role.ATTACKER : Role.TARGET;
            }
            roles.putIfAbsent(n.name(), role);
        }
        List<Actor> out = new ArrayList<>();
        roles.forEach((name, role) -> out.add(new Actor(name, role)));
        return out;
    }

    // ---------------------------------------------------------------- headlines

    /**
     * A headline repeats the story below it (and carries no date of its own), so it yields no event:
     * a line without closing punctuation, or ending in the Arabic headline ".." ("... مع كوريا الشمالية ..").
     */
    static boolean isHeadline(String text, Sentence s) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        if (s.start() == 0) lineStart = 0;
        int lineEnd = text.indexOf('\n', s.start());
        if (lineEnd < 0) lineEnd = text.length();
        // the line's bounds without copying it: each sentence of a long paragraph copied the whole paragraph (as strip() trims)
        while (lineStart < lineEnd && Character.isWhitespace(text.charAt(lineStart))) lineStart++;
        while (lineEnd > lineStart && Character.isWhitespace(text.charAt(lineEnd - 1))) lineEnd--;
        int length = lineEnd - lineStart;
        if (length == 0 || length > 300) return false;
        if (length >= 2 && text.startsWith("..", lineEnd - 2) && !(length >= 3 && text.startsWith("...", lineEnd - 3))) return true;
        char last = text.charAt(lineEnd - 1);
        return ".!?؟…\"”»'’)".indexOf(last) < 0;
    }
}
