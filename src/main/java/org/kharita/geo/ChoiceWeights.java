package org.kharita.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The weights {@link PlaceResolver} gives each piece of evidence when it chooses among a name's candidates, and the
 * temperature that turns score gaps into confidence. {@link #RULES} are the hand-set weights the resolver's Javadoc
 * argues for; {@code train} fits another set by regularised conditional logistic regression on gold passages
 * (see {@code cli.TrainCommand}), written as a versioned resource read by {@link #read}.
 */
public record ChoiceWeights(String version, double[] weights, double temperature) {

    /**
     * The evidence, each a number the resolver computes for a (name, candidate) pair. The first group depends on the
     * name and the candidate alone (scored once); the second on what the rest of the article chose (every round).
     */
    public enum Feature {
        /** spelling similarity, 0..1 */
        NAME(PlaceResolver.NAME),
        /** matched by its folded spelling or Cyrillic stem */
        EXACT(PlaceResolver.EXACT_BONUS),
        /** matched one consonant off */
        FUZZY(-PlaceResolver.FUZZY_PENALTY),
        /** log population, 0..1 (a city of ten million is 1) */
        POPULATION(PlaceResolver.POPULATION),
        /** a row of the curated theatre layer */
        CURATED(PlaceResolver.CURATED),
        /** a Who's On First village nobody counted, named without a village cue */
        UNCOUNTED_UNCUED(-PlaceResolver.UNCOUNTED_VILLAGE),
        /** a first-level region after a region word */
        REGION_CUED_REGION(PlaceResolver.REGION_CUE),
        /** a settlement after a region word */
        REGION_CUED_SETTLEMENT(-PlaceResolver.REGION_CUE / 2),
        /** a settlement after a settlement word */
        SETTLEMENT_CUED_SETTLEMENT(PlaceResolver.SETTLEMENT_CUE),
        /** anything else after a settlement word */
        SETTLEMENT_CUED_OTHER(-PlaceResolver.SETTLEMENT_CUE),
        /** a country named without a cue */
        UNCUED_COUNTRY(PlaceResolver.COUNTRY_NAME),
        /** a capital named without a cue */
        UNCUED_CAPITAL(PlaceResolver.CAPITAL),
        /** a seat of local government (PPLA*) named without a cue */
        UNCUED_SEAT(PlaceResolver.ADMIN_SEAT),
        /** in a country the article names */
        COUNTRY_CONTEXT(PlaceResolver.COUNTRY_CONTEXT),
        /** a settlement outside the region its sentence names */
        REGION_CONFLICT(-PlaceResolver.REGION_CONFLICT),
        /** inside a region the article names: 1 in the same sentence, less from another */
        ADMIN_CONTEXT(PlaceResolver.ADMIN_CONTEXT),
        /** closeness to the nearest settlement chosen for another name, exp(-km / 60) */
        COHERENCE(PlaceResolver.COHERENCE);

        final double rule;

        Feature(double rule) {
            this.rule = rule;
        }

        /** The first of the features that depend on the rest of the article. */
        public static final Feature FIRST_CONTEXTUAL = COUNTRY_CONTEXT;
    }

    public static final int SIZE = Feature.values().length;

    public static final ChoiceWeights RULES = rules();

    /** The learned weights shipped in the jar; see {@link #read}. */
    public static final String LEARNED_RESOURCE = "/org/kharita/geo/choice-weights.txt";

    public ChoiceWeights {
        if (weights.length != SIZE) throw new IllegalArgumentException("expected " + SIZE + " weights, got " + weights.length);
        weights = weights.clone();
    }

    private static ChoiceWeights rules() {
        double[] w = new double[SIZE];
        for (Feature f : Feature.values()) w[f.ordinal()] = f.rule;
        return new ChoiceWeights("rules", w, PlaceResolver.TEMPERATURE);
    }

    public double weight(Feature f) {
        return weights[f.ordinal()];
    }

    /** The weights of features {@code from} (inclusive) to {@code to} (exclusive) against the same slice of {@code f}. */
    double dot(double[] f, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) s += weights[k] * f[k];
        return s;
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The text form: a {@code version} line, a {@code temperature} line, then one {@code FEATURE weight} line per
     * feature, in declaration order. Numbers are Java's shortest round-trip spelling, so a write then read gives the
     * same doubles and two trainings of the same data give the same file.
     */
    public String write() {
        StringBuilder b = new StringBuilder();
        b.append("version ").append(version).append('\n');
        b.append("temperature ").append(temperature).append('\n');
        for (Feature f : Feature.values()) b.append(f.name()).append(' ').append(weights[f.ordinal()]).append('\n');
        return b.toString();
    }

    public static ChoiceWeights read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = null;
        double temperature = Double.NaN;
        double[] w = new double[SIZE];
        boolean[] seen = new boolean[SIZE];
        for (String line; (line = r.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] kv = line.split("\\s+", 2);
            if (kv.length != 2) throw new IOException("choice weights: bad line: " + line);
            switch (kv[0]) {
                case "version" -> version = kv[1];
                case "temperature" -> temperature = Double.parseDouble(kv[1]);
                default -> {
                    Feature f = Feature.valueOf(kv[0].toUpperCase(Locale.ROOT));
                    w[f.ordinal()] = Double.parseDouble(kv[1]);
                    seen[f.ordinal()] = true;
                }
            }
        }
        for (Feature f : Feature.values()) {
            if (!seen[f.ordinal()]) throw new IOException("choice weights: no weight for " + f);
        }
        if (version == null || Double.isNaN(temperature)) throw new IOException("choice weights: no version or temperature");
        return new ChoiceWeights(version, w, temperature);
    }

    /** The system property that picks the weights the engine runs with: {@code rules} (the default) or {@code learned}. */
    public static final String PROPERTY = "kharita.resolver.choice";

    /**
     * The weights the engine runs with. The rules stay the default: judged by leave-one-passage-out over dev-eval,
     * the learned weights place regions better but settlements worse (README, "A learned candidate choice").
     */
    public static ChoiceWeights configured() {
        String which = System.getProperty(PROPERTY, "rules");
        return switch (which) {
            case "rules" -> RULES;
            case "learned" -> {
                ChoiceWeights w = learned();
                if (w == null) throw new IllegalStateException(LEARNED_RESOURCE + " is missing from the jar");
                yield w;
            }
            default -> throw new IllegalArgumentException(PROPERTY + " must be rules or learned, not " + which);
        };
    }

    /** The weights shipped in the jar, or null when the jar has none. */
    public static ChoiceWeights learned() {
        try (InputStream in = ChoiceWeights.class.getResourceAsStream(LEARNED_RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoiceWeights c && version.equals(c.version) && Arrays.equals(weights, c.weights)
                && Double.compare(temperature, c.temperature) == 0;
    }

    @Override
    public int hashCode() {
        return version.hashCode() * 31 + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return write();
    }
}
