package org.kharita.geo;

import org.kharita.geo.Candidate.MatchKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks one place per recognised name, for all names of an article at once, because the other
 * names are the best evidence there is. Each heuristic is a named weight; together they settle:
 * <ul>
 *   <li>several Novoivanovkas: {@link #ADMIN_CONTEXT} (the one inside the oblast the text names)
 *       and {@link #COHERENCE} (the one near the article's other villages);</li>
 *   <li>Pokrovsky the hamlet vs Pokrovsk the city: the closer spelling ({@link #NAME}) and
 *       coherence outweigh population, which only breaks ties ({@link #POPULATION});</li>
 *   <li>Kursk the oblast vs Kursk the city: a region word (مقاطعة, область, oblast) makes the
 *       ADM1 ({@link #REGION_CUE}); a bare name later in the same article keeps the sense it had
 *       (one sense per discourse);</li>
 *   <li>"Ukraine" the country vs a village Ukraina: {@link #COUNTRY_NAME};</li>
 *   <li>a front-line village the gazetteer lacks (Удачне by Pokrovsk) vs its namesake in Crimea: the best candidate
 *       lies over {@link #FAR_FROM_ANCHORS_KM} from the article's anchors, so the name stays unresolved with its
 *       candidates listed; two such namesakes near each other lend one another no coherence.</li>
 * </ul>
 * Analyst aliases (corrections) win outright.
 */
public final class PlaceResolver {
    static final double NAME = 2.0;
    static final double EXACT_BONUS = 0.2;
    static final double FUZZY_PENALTY = 0.25;
    static final double POPULATION = 0.3;
    static final double CURATED = 0.35;
    /**
     * A Who's On First village nobody counted (most of that layer): five times more small places means five
     * times more namesakes, so without a village cue such a row must earn its place from the article (its oblast
     * named, its neighbours near) rather than outrank a counted town of the same name on spelling alone.
     */
    static final double UNCOUNTED_VILLAGE = 0.15;
    static final double REGION_CUE = 1.2;
    static final double SETTLEMENT_CUE = 0.4;
    static final double COUNTRY_NAME = 0.6;
    static final double CAPITAL = 0.35;
    static final double ADMIN_SEAT = 0.2;
    static final double ADMIN_CONTEXT = 0.7;
    static final double COUNTRY_CONTEXT = 0.35;
    /** The share of {@link #ADMIN_CONTEXT} a region earns from another sentence than the village's. */
    static final double OTHER_SENTENCE = 0.6;
    static final double COHERENCE = 0.9;
    /**
     * A village said to be in a region ("Новая Полтавка в Донецкой Народной Республике") that lies
     * outside it is another village of the same name; when no candidate lies inside, the name stays
     * unresolved rather than pinned hundreds of kilometres away.
     */
    static final double REGION_CONFLICT = 1.5;
    /** How far outside a named region's box a village may lie before the conflict counts (borders are fuzzy, boxes crude). */
    static final double REGION_SLACK_KM = 100;
    /** Characters between a village and the region that places it: "X in the Y region" and its kin. */
    static final int REGION_WINDOW = 40;
    /** A region named elsewhere in the sentence: a namesake this far outside it is not the one meant. */
    static final double REGION_FAR_KM = 300;
    /** Distance (km) at which coherence has fallen to 1/e: the scale of a front-line district. */
    static final double COHERENCE_KM = 60;
    /**
     * The places an article is surely about, against which a small village's namesakes are checked: a first-level
     * or informal region (Darfur), a curated place, a capital or district seat, or a town of this many people. Their names stand
     * alone in the finder and rarely have a namesake of their size, so their sense is settled before the villages'.
     */
    static final long ANCHOR_POPULATION = 15_000;
    /**
     * A village whose every candidate lies this far from every anchor is not in the gazetteer under that name:
     * in a General Staff report on the Pokrovsk axis, Удачне is not Udachnoye in Crimea (330 km off) but a
     * village cities500 lacks. The figure is a front sector's depth: an article's villages lie within it of
     * the axis, the oblast or the towns it names.
     */
    static final double FAR_FROM_ANCHORS_KM = 200;
    /** Softmax temperature turning score gaps into confidence. */
    static final double TEMPERATURE = 0.3;
    static final int ALTERNATIVES = 4;

    /**
     * What the resolver needs of one recognised name; {@code sentence} groups names said together (-1: unknown).
     * {@code clauseEnd}: where the name's clause ends (-1: unknown), so a region in the next clause does not place
     * it ("...صاروخا على إيلات، فيما حصل الجيش على تعزيزات في مأرب" does not put Eilat in Marib).
     * {@code lendsContext}: false for a name that stands for a government ("the United States said"): it says
     * nothing about where the article's towns are.
     */
    public record Query(String name, List<Candidate> candidates, boolean regionCue, boolean settlementCue, int sentence,
                        int start, int end, int clauseEnd, boolean lendsContext) {
        public Query(String name, List<Candidate> candidates, boolean regionCue, boolean settlementCue, int sentence,
                     int start, int end) {
            this(name, candidates, regionCue, settlementCue, sentence, start, end, -1, true);
        }

        public Query notLendingContext() {
            return new Query(name, candidates, regionCue, settlementCue, sentence, start, end, clauseEnd, false);
        }

        public Query(String name, List<Candidate> candidates, boolean regionCue, boolean settlementCue) {
            this(name, candidates, regionCue, settlementCue, -1, -1, -1);
        }

        public Query(String name, List<Candidate> candidates, boolean regionCue, boolean settlementCue, int sentence) {
            this(name, candidates, regionCue, settlementCue, sentence, -1, -1);
        }
    }

    /** Analyst corrections: a folded name to the place they chose. */
    public interface Aliases {
        Place lookup(String name);

        Aliases NONE = name -> null;
    }

    /**
     * Sees, after each {@link #resolve}, every candidate's evidence measured against the article's final choices:
     * what {@code train} fits {@link ChoiceWeights} on. {@code features.get(i).get(k)} belongs to
     * {@code candidates.get(i).get(k)}, the candidates of query i after same-place copies were merged.
     */
    public interface FeatureSink {
        void resolved(List<Query> queries, List<List<Candidate>> candidates, List<List<double[]>> features);
    }

    private final Aliases aliases;
    private final ChoiceWeights weights;
    private final FeatureSink sink;

    public PlaceResolver(Aliases aliases) {
        this(aliases, ChoiceWeights.configured(), null);
    }

    public PlaceResolver(Aliases aliases, ChoiceWeights weights, FeatureSink sink) {
        this.aliases = aliases;
        this.weights = weights;
        this.sink = sink;
    }

    public List<Resolution> resolve(List<Query> queries) {
        int n = queries.size();
        Resolution[] out = new Resolution[n];
        Place[] choice = new Place[n];
        List<List<Scored>> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Interruption.check();
            Query q = queries.get(i);
            Place alias = aliases.lookup(q.name());
            if (alias != null) {
                choice[i] = alias;
                out[i] = new Resolution(alias, 1.0, List.of(), "analyst correction of \"" + q.name() + "\"");
            }
            List<Scored> s = new ArrayList<>();
            for (Candidate c : sameplaceMerged(q.candidates())) {
                double[] f = new double[ChoiceWeights.SIZE];
                priorFeatures(c, q, f);
                s.add(new Scored(c, f, weights.dot(f, 0, CONTEXTUAL)));
            }
            s.sort(Comparator.comparingDouble((Scored x) -> -x.score));
            scored.add(s);
            if (choice[i] == null && !s.isEmpty()) choice[i] = s.get(0).c.place();
        }
        for (int round = 0; round < 2; round++) {
            // every name of a round is scored against the choices the round began with, so that the work per
            // candidate can be shared by all mentions of one name (and the answer does not hang on the order)
            Context ctx = context(queries, choice.clone(), scored);
            for (int i = 0; i < n; i++) {
                Interruption.check();
                if (out[i] != null && out[i].confidence() == 1.0 && out[i].explanation().startsWith("analyst")) continue;
                List<Scored> s = scored.get(i);
                for (Scored x : s) x.total = x.score + contextual(x, i, queries, ctx);
                s.sort(Comparator.comparingDouble((Scored x) -> -x.total));
                if (!s.isEmpty()) choice[i] = s.get(0).c.place();
            }
        }
        oneSensePerDiscourse(queries, scored, choice);
        Context ctx = context(queries, choice, scored);
        if (sink != null) report(queries, scored, ctx);
        for (int i = 0; i < n; i++) {
            if (out[i] != null) continue;
            List<Scored> s = scored.get(i);
            if (s.isEmpty()) continue;
            Place chosen = choice[i];
            Scored best = s.stream().filter(x -> x.c.place() == chosen).findFirst().orElse(s.get(0));
            if (best.conflict) continue; // every candidate lies outside the region the sentence names
            List<Place> anchors = ctx.anchorsBesides(queries.get(i).name());
            // the choice, not every candidate: with Who's On First's villages some namesake nearly always lies near
            // an anchor, and the old test (all far) then let a far town through
            if (best.c.place().isSettlement() && !anchor(best.c) && !anchors.isEmpty() && kmToNearest(best.c.place(), anchors) > FAR_FROM_ANCHORS_KM) {
                out[i] = new Resolution(null, 0, alternatives(null, s), String.format(Locale.ROOT,
                        "unresolved: the best candidate lies over %.0f km from %s, which the article is about; a village the gazetteer lacks?",
                        FAR_FROM_ANCHORS_KM, names(anchors)));
                continue;
            }
            out[i] = new Resolution(best.c.place(), confidence(best, s), alternatives(best, s), best.why());
        }
        List<Resolution> list = new ArrayList<>(n);
        for (Resolution r : out) list.add(r);
        return list;
    }

    /** Within this distance two candidates of one kind are one place held by two layers (cities500 and curated). */
    static final double SAME_PLACE_KM = 3;

    /** Keeps one candidate per real place, the curated copy when there is one, so two copies do not split the vote. */
    static List<Candidate> sameplaceMerged(List<Candidate> cands) {
        List<Candidate> out = new ArrayList<>(cands.size());
        outer:
        for (Candidate c : cands) {
            for (int k = 0; k < out.size(); k++) {
                Candidate o = out.get(k);
                if (o.place().featureClass() == c.place().featureClass() && o.place().isCountry() == c.place().isCountry()
                        && o.place().isAdmin1() == c.place().isAdmin1()
                        && Geo.km(o.place().lat(), o.place().lon(), c.place().lat(), c.place().lon()) < SAME_PLACE_KM) {
                    // on a tie the bigger row is the place meant (London, not the City of London within it)
                    boolean better = c.curated() && !o.curated() || c.curated() == o.curated() && (c.similarity() > o.similarity()
                            || c.similarity() == o.similarity() && c.place().population() > o.place().population());
                    if (better) out.set(k, c);
                    continue outer;
                }
            }
            out.add(c);
        }
        return out;
    }

    private static final int CONTEXTUAL = ChoiceWeights.Feature.FIRST_CONTEXTUAL.ordinal();

    private static void set(double[] f, ChoiceWeights.Feature k, double v) {
        f[k.ordinal()] = v;
    }

    private static void set(double[] f, ChoiceWeights.Feature k, boolean v) {
        if (v) f[k.ordinal()] = 1;
    }

    /** The evidence of the name and the candidate alone, into the first {@link #CONTEXTUAL} slots of {@code f}. */
    private static void priorFeatures(Candidate c, Query q, double[] f) {
        Place p = c.place();
        set(f, ChoiceWeights.Feature.NAME, c.similarity());
        set(f, ChoiceWeights.Feature.EXACT, c.kind() == MatchKind.EXACT || c.kind() == MatchKind.STEM);
        set(f, ChoiceWeights.Feature.FUZZY, c.kind() == MatchKind.FUZZY);
        set(f, ChoiceWeights.Feature.POPULATION, Math.min(1, Math.log10(p.population() + 1) / 7));
        set(f, ChoiceWeights.Feature.CURATED, c.curated());
        set(f, ChoiceWeights.Feature.UNCOUNTED_UNCUED, !q.settlementCue() && p.isUncountedVillage());
        if (q.regionCue()) {
            set(f, ChoiceWeights.Feature.REGION_CUED_REGION, p.isAdmin1());
            set(f, ChoiceWeights.Feature.REGION_CUED_SETTLEMENT, !p.isAdmin1() && p.isSettlement());
        } else if (q.settlementCue()) {
            set(f, ChoiceWeights.Feature.SETTLEMENT_CUED_SETTLEMENT, p.isSettlement());
            set(f, ChoiceWeights.Feature.SETTLEMENT_CUED_OTHER, !p.isSettlement());
        } else {
            set(f, ChoiceWeights.Feature.UNCUED_COUNTRY, p.isCountry());
            set(f, ChoiceWeights.Feature.UNCUED_CAPITAL, p.isCapital());
            set(f, ChoiceWeights.Feature.UNCUED_SEAT, p.featureCode().startsWith("PPLA"));
        }
    }

    /** Every candidate's evidence against the final choices, for {@link FeatureSink}. */
    private void report(List<Query> queries, List<List<Scored>> scored, Context ctx) {
        List<List<Candidate>> cands = new ArrayList<>(queries.size());
        List<List<double[]>> feats = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            List<Candidate> cs = new ArrayList<>();
            List<double[]> fs = new ArrayList<>();
            for (Scored x : scored.get(i)) {
                double[] f = x.f.clone();
                contextFeatures(x.c.place(), i, queries, ctx, f, new ArrayList<>());
                cs.add(x.c);
                fs.add(f);
            }
            cands.add(cs);
            feats.add(fs);
        }
        sink.resolved(queries, cands, feats);
    }

    /** A place chosen for a name, once per distinct pair: the unit the context is built of. */
    private record Named(Place place, String name) {
    }

    /** The nearest neighbour a candidate has among the article's other settlements. */
    private record Near(double km, Place place) {
    }

    /**
     * What the article says around its names, built once per round from the choices the round began with:
     * the countries and regions it names, its anchors ({@link #ANCHOR_POPULATION}) and the settlements that
     * may vouch for a neighbour. Each is kept once per distinct (place, name), in the order first said, and
     * what one candidate draws from them is kept per (candidate, name): the cost grows with the article's
     * distinct names, not with the product of its mentions.
     */
    private static final class Context {
        final Set<String> countries = new HashSet<>();
        /** the regions the article names, each once, with the sentence it was first named in */
        final List<Place> regions = new ArrayList<>();
        final List<Integer> regionSentences = new ArrayList<>();
        /** query j's choice when it is an anchor, else null */
        final Place[] anchors;
        final boolean hasAnchors;
        final List<Named> anchorPairs = new ArrayList<>();
        /** the settlements that lend a neighbour coherence (not capitals, not far namesakes) */
        final List<Named> neighbours = new ArrayList<>();
        /** by sentence, the queries whose choice is a first-level region, in text order */
        final Map<Integer, List<Integer>> regionQueries = new HashMap<>();
        final Place[] choice;
        private final Map<String, List<Place>> anchorsBesides = new HashMap<>();
        private final Map<String, Map<String, Near>> nearest = new HashMap<>();

        Context(List<Query> queries, Place[] choice, List<List<Scored>> scored) {
            this.choice = choice;
            anchors = new Place[choice.length];
            // a place is known by its id: the gazetteer may hand out one place as several objects
            Set<String> regionSeen = new HashSet<>();
            Map<String, Set<String>> anchorSeen = new HashMap<>();
            boolean any = false;
            for (int i = 0; i < choice.length; i++) {
                Place p = choice[i];
                if (p == null) continue;
                if (p.isAdmin1()) regionQueries.computeIfAbsent(queries.get(i).sentence(), k -> new ArrayList<>()).add(i);
                if (!queries.get(i).lendsContext()) continue;
                for (Scored x : scored.get(i)) {
                    if (x.c.place() == p) {
                        if (anchor(x.c)) {
                            anchors[i] = p;
                            any = true;
                            if (anchorSeen.computeIfAbsent(p.id(), k -> new HashSet<>()).add(queries.get(i).name())) {
                                anchorPairs.add(new Named(p, queries.get(i).name()));
                            }
                        }
                        break;
                    }
                }
                if (p.isCountry()) countries.add(p.country());
                if (p.isAdmin1()) {
                    // the first mention decides which sentence a region counts from, as it did when each
                    // mention was kept: a later repeat of the same region never came first
                    if (regionSeen.add(p.id())) {
                        regions.add(p);
                        regionSentences.add(queries.get(i).sentence());
                    }
                    countries.add(p.country());
                }
                if (p.isSettlement() && !scored.get(i).isEmpty() && scored.get(i).size() == 1) countries.add(p.country());
            }
            hasAnchors = any;
            Map<String, Set<String>> neighbourSeen = new HashMap<>();
            Map<String, Map<String, Boolean>> unanchored = new HashMap<>();
            for (int j = 0; j < choice.length; j++) {
                Place o = choice[j];
                if (o == null || !o.isSettlement() || o.isCapital()) continue;
                String name = queries.get(j).name();
                // two namesakes far from everything the article is about must not vouch for each other
                // (Udachnoye and Novopavlovka in Crimea, 61 km apart, for two villages by Pokrovsk)
                if (anchors[j] == null && hasAnchors
                        && unanchored.computeIfAbsent(name, k -> new HashMap<>()).computeIfAbsent(o.id(), k -> farFromAnchors(o, name))) {
                    continue;
                }
                if (neighbourSeen.computeIfAbsent(o.id(), k -> new HashSet<>()).add(name)) neighbours.add(new Named(o, name));
            }
        }

        /** Whether a neighbour's place lies far from every anchor but those of its own name. */
        private boolean farFromAnchors(Place o, String name) {
            List<Place> others = anchorsBesides(name);
            return !others.isEmpty() && kmToNearest(o, others) > FAR_FROM_ANCHORS_KM;
        }

        /** The anchors named otherwise than {@code name}, each once, in the order first said. */
        List<Place> anchorsBesides(String name) {
            return anchorsBesides.computeIfAbsent(name, self -> {
                Set<Place> out = new LinkedHashSet<>();
                for (Named a : anchorPairs) if (!a.name().equals(self)) out.add(a.place());
                return new ArrayList<>(out);
            });
        }

        /** The settlement nearest {@code p} among those chosen for other names than {@code self}; null when none. */
        Near nearestNeighbour(Place p, String self) {
            return nearest.computeIfAbsent(p.id(), k -> new HashMap<>()).computeIfAbsent(self, name -> {
                double best = Double.MAX_VALUE;
                Place near = null;
                for (Named o : neighbours) {
                    if (o.place().id().equals(p.id()) || o.name().equals(name)) continue;
                    double d = Geo.km(p.lat(), p.lon(), o.place().lat(), o.place().lon());
                    if (d < best) {
                        best = d;
                        near = o.place();
                    }
                }
                return near == null ? null : new Near(best, near);
            });
        }
    }

    /** The countries and regions the article itself names, read off its confident answers. */
    private static Context context(List<Query> queries, Place[] choice, List<List<Scored>> scored) {
        return new Context(queries, choice, scored);
    }

    /** A candidate the article can be read around: see {@link #ANCHOR_POPULATION}. */
    static boolean anchor(Candidate c) {
        Place p = c.place();
        // a region with an extent: an oblast, or one without borders that reporting names (Darfur, Donbas)
        if (p.isAdmin1() || (p.featureClass() == 'L' || p.featureClass() == 'A') && !p.isCountry() && p.bbox() != null) return true;
        if (!p.isSettlement()) return false;
        return c.curated() || p.isCapital() || p.featureCode().equals("PPLA") || p.featureCode().equals("PPLA2")
                || p.population() >= ANCHOR_POPULATION;
    }

    /** Distance to the nearest anchor; a region counts from its border (0 inside it). */
    static double kmToNearest(Place p, List<Place> anchors) {
        double best = Double.MAX_VALUE;
        for (Place a : anchors) {
            double d = a.isAdmin1() && inside(p, a) ? 0 : !a.isSettlement() && a.bbox() != null ? kmOutside(a.bbox(), p.lat(), p.lon())
                    : p.kmTo(a.lat(), a.lon());
            best = Math.min(best, d);
        }
        return best;
    }

    private static String names(List<Place> places) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < places.size() && k < 3; k++) b.append(k == 0 ? "" : ", ").append(places.get(k).name());
        if (places.size() > 3) b.append(", ...");
        return b.toString();
    }

    private double contextual(Scored x, int self, List<Query> queries, Context ctx) {
        x.reasons.clear();
        x.conflict = contextFeatures(x.c.place(), self, queries, ctx, x.f, x.reasons);
        return weights.dot(x.f, CONTEXTUAL, ChoiceWeights.SIZE);
    }

    /**
     * The evidence the rest of the article gives a candidate, into the slots from {@link #CONTEXTUAL} on, with a
     * reason for each; true when the candidate lies outside the region its sentence names.
     */
    private static boolean contextFeatures(Place p, int self, List<Query> queries, Context ctx, double[] f, List<String> reasons) {
        java.util.Arrays.fill(f, CONTEXTUAL, f.length, 0);
        set(f, ChoiceWeights.Feature.COUNTRY_CONTEXT, ctx.countries.contains(p.country()) && !p.isCountry());
        boolean conflict = p.isSettlement() && !important(p) && regionConflict(p, self, queries, ctx);
        if (conflict) {
            set(f, ChoiceWeights.Feature.REGION_CONFLICT, true);
            reasons.add("outside the region the sentence names");
        }
        if (!p.isAdmin1() && !p.isCountry()) {
            for (int k = 0; k < ctx.regions.size(); k++) {
                Place r = ctx.regions.get(k);
                if (inside(p, r)) {
                    // a region named in another sentence is weaker evidence: reports move from oblast to
                    // oblast ("...in Dnipropetrovsk region. Near Toretsk and Pokrovsk...")
                    int said = ctx.regionSentences.get(k), here = queries.get(self).sentence();
                    set(f, ChoiceWeights.Feature.ADMIN_CONTEXT, said == here || said < 0 || here < 0 ? 1 : OTHER_SENTENCE);
                    reasons.add("in " + r.name() + ", named in the text");
                    break;
                }
            }
            Near near = ctx.nearestNeighbour(p, queries.get(self).name());
            if (near != null) {
                set(f, ChoiceWeights.Feature.COHERENCE, Math.exp(-near.km() / COHERENCE_KM));
                if (near.km() < 100) reasons.add(String.format("%.0f km from %s", near.km(), near.place().name()));
            }
        }
        return conflict;
    }

    private static boolean regionConflict(Place p, int self, List<Query> queries, Context ctx) {
        Query q = queries.get(self);
        if (q.sentence() < 0) return false;
        boolean anyRegion = false;
        for (int j : ctx.regionQueries.getOrDefault(q.sentence(), List.of())) {
            Place r = ctx.choice[j];
            if (j == self) continue;
            // only a region said right after the village places it ("Новая Полтавка в Донецкой ...", "X, Kursk
            // region"); elsewhere in the sentence it may be another region of the story ("Idlib province ...
            // near Manbij")
            Query rq = queries.get(j);
            // a region in a later clause of the sentence speaks of something else
            if (q.clauseEnd() >= 0 && rq.start() >= q.clauseEnd()) continue;
            boolean placesIt = q.end() < 0 || rq.start() < 0 || (rq.start() >= q.end() && rq.start() - q.end() <= REGION_WINDOW);
            if (!placesIt) {
                // a region named elsewhere in the sentence only rules out the far side of the map
                // ("В Белгородской области ... село Журавлевка" is not the Zhuravlyovka in Crimea)
                anyRegion = true;
                if (r.bbox() == null || kmOutside(r.bbox(), p.lat(), p.lon()) <= REGION_FAR_KM) return false;
                continue;
            }
            anyRegion = true;
            if (inside(p, r)) return false;
            boolean near = r.bbox() != null && kmOutside(r.bbox(), p.lat(), p.lon()) <= REGION_SLACK_KM;
            if (!r.country().equals(p.country()) && near) return false;
        }
        return anyRegion;
    }

    private static boolean inside(Place p, Place region) {
        return p.admin1Code().isEmpty()
                ? region.bbox() != null && region.bbox().contains(p.lat(), p.lon())
                : region.country().equals(p.country()) && region.admin1Code().equals(p.admin1Code());
    }

    /** Distance from a point to a box, 0 inside. */
    static double kmOutside(BBox b, double lat, double lon) {
        double clat = Math.max(b.minLat(), Math.min(b.maxLat(), lat));
        double clon = Math.max(b.minLon(), Math.min(b.maxLon(), lon));
        return Geo.km(lat, lon, clat, clon);
    }

    private static boolean important(Place p) {
        return p.isCapital() || p.featureCode().equals("PPLA") || p.population() >= 100_000;
    }

    /** A bare "Kursk" after "Kursk Oblast" means what the article already said it means. */
    private static void oneSensePerDiscourse(List<Query> queries, List<List<Scored>> scored, Place[] choice) {
        Map<String, Place> regionSense = new HashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).regionCue() && choice[i] != null && choice[i].isAdmin1()) {
                regionSense.putIfAbsent(choice[i].id(), choice[i]);
            }
        }
        if (regionSense.isEmpty()) return;
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            if (q.regionCue() || q.settlementCue() || choice[i] == null || choice[i].isAdmin1()) continue;
            for (Scored x : scored.get(i)) {
                if (regionSense.containsKey(x.c.place().id())) {
                    choice[i] = x.c.place();
                    x.reasons.add("the text calls it a region elsewhere");
                    // the discourse decided: rank it first so confidence speaks of the chosen sense
                    double top = scored.get(i).get(0).total;
                    x.total = Math.max(x.total, top + 1.0);
                    break;
                }
            }
        }
    }

    private double confidence(Scored best, List<Scored> all) {
        double z = 0;
        for (Scored x : all) z += Math.exp((x.total - best.total) / weights.temperature());
        double p = 1 / z;
        return Math.round(Math.min(1, p * (0.5 + 0.5 * best.c.similarity())) * 1000) / 1000.0;
    }

    /** The runners-up with their shares; with {@code best == null}, every candidate (an unresolved name's list). */
    private List<Resolution.Alternative> alternatives(Scored best, List<Scored> all) {
        double top = best != null ? best.total : all.get(0).total;
        double z = 0;
        for (Scored x : all) z += Math.exp((x.total - top) / weights.temperature());
        List<Resolution.Alternative> out = new ArrayList<>();
        for (Scored x : all) {
            if (x == best) continue;
            double p = Math.exp((x.total - top) / weights.temperature()) / z;
            out.add(new Resolution.Alternative(x.c.place(), Math.round(p * 1000) / 1000.0));
            if (out.size() == ALTERNATIVES + (best == null ? 1 : 0)) break;
        }
        return out;
    }

    private static final class Scored {
        final Candidate c;
        /** the evidence: the prior part fixed, the contextual part rewritten every round */
        final double[] f;
        final double score;
        double total;
        boolean conflict;
        final List<String> reasons = new ArrayList<>();

        Scored(Candidate c, double[] f, double score) {
            this.c = c;
            this.f = f;
            this.score = score;
            this.total = score;
        }

        String why() {
            StringBuilder b = new StringBuilder();
            b.append(switch (c.kind()) {
                case ALIAS -> "analyst alias";
                case EXACT -> "same name";
                case STEM -> "inflected form of " + c.place().name();
                case PHONETIC -> String.format("sounds like %s (%.2f)", c.place().name(), c.similarity());
                case FUZZY -> String.format("near spelling of %s (%.2f)", c.place().name(), c.similarity());
            });
            if (c.curated()) b.append("; curated geodata layer");
            if (c.place().isAdmin1()) b.append("; first-level region");
            for (String r : reasons) b.append("; ").append(r);
            return b.toString();
        }
    }
}
