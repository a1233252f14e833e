package org.kharita.fuse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * How close a clustering is to a gold one, over the same items: pairwise precision and recall of the
 * merges (every pair put together), and B-cubed precision, recall and F1 (per item, the share of its
 * cluster that belongs with it, averaged), the usual scores for coreference of events.
 *
 * @param pairs       gold pairs, system pairs and pairs both put together (counted over pairs the filter keeps)
 */
public record ClusterScores(long goldPairs, long systemPairs, long correctPairs, double bcubedPrecision,
                            double bcubedRecall, int items) {

    /** @param gold and system: item → cluster label, over the same items */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> system) {
        return of(gold, system, null);
    }

    /**
     * Pairwise counts over the pairs the filter keeps (e.g. one language pair; null: all, counted from the
     * cluster sizes); B-cubed over all items.
     */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> system, BiPredicate<String, String> pairs) {
        if (!gold.keySet().equals(system.keySet())) throw new IllegalArgumentException("gold and system name different items");
        List<String> items = List.copyOf(gold.keySet());
        long g = 0, s = 0, both = 0;
        Map<String, Integer> goldSize = sizes(gold), systemSize = sizes(system);
        Map<String, Integer> overlap = new HashMap<>();
        for (String item : items) overlap.merge(gold.get(item) + "\u0000" + system.get(item), 1, Integer::sum);
        if (pairs == null) {
            // every pair: counted from cluster sizes, not pair by pair (80,000 UCDP rows are 3 billion pairs)
            for (int n : goldSize.values()) g += (long) n * (n - 1) / 2;
            for (int n : systemSize.values()) s += (long) n * (n - 1) / 2;
            for (int n : overlap.values()) both += (long) n * (n - 1) / 2;
        }
        for (int i = 0; pairs != null && i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                String a = items.get(i), b = items.get(j);
                if (!pairs.test(a, b) && !pairs.test(b, a)) continue;
                boolean inGold = gold.get(a).equals(gold.get(b)), inSystem = system.get(a).equals(system.get(b));
                if (inGold) g++;
                if (inSystem) s++;
                if (inGold && inSystem) both++;
            }
        }
        double p = 0, r = 0;
        for (String item : items) {
            int common = overlap.get(gold.get(item) + "\u0000" + system.get(item));
            p += common / (double) systemSize.get(system.get(item));
            r += common / (double) goldSize.get(gold.get(item));
        }
        int n = items.size();
        return new ClusterScores(g, s, both, n == 0 ? 1 : p / n, n == 0 ? 1 : r / n, n);
    }

    private static Map<String, Integer> sizes(Map<String, String> clusters) {
        Map<String, Integer> out = new HashMap<>();
        for (String c : clusters.values()) out.merge(c, 1, Integer::sum);
        return out;
    }

    /** Of the merges made, the share gold makes too (1 when none made). */
    public double pairPrecision() {
        return systemPairs == 0 ? 1 : correctPairs / (double) systemPairs;
    }

    /** Of the merges gold makes, the share made (1 when gold makes none). */
    public double pairRecall() {
        return goldPairs == 0 ? 1 : correctPairs / (double) goldPairs;
    }

    public double bcubedF1() {
        double p = bcubedPrecision, r = bcubedRecall;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
