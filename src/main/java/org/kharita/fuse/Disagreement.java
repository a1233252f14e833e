package org.kharita.fuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the reports of one fused event disagree. Disagreement is kept, not averaged away: a killed
 * count is a range over the reports that give one, the types and dates are listed side by side.
 *
 * @param types          the distinct types the reports give (more than one: "captured" against "repelled")
 * @param minKilled      the smallest killed count reported, null when no report gives one
 * @param maxKilled      the largest
 * @param datesDisagree  the dated reports have no day in common (one says Tuesday, one Thursday)
 * @param sources        independent sources: distinct outlets or datasets
 */
public record Disagreement(Set<String> types, Integer minKilled, Integer maxKilled, boolean datesDisagree, int sources) {

    /**
     * A dataset's coarse type against an article's precise one ("battle" for UCDP's state-based violence
     * against "shelling") is vagueness, not a claim: only the types articles give are compared.
     */
    public static Disagreement of(Collection<Report> reports) {
        Set<String> types = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        Integer min = null, max = null;
        int latestFirst = Integer.MIN_VALUE, earliestLast = Integer.MAX_VALUE;
        boolean anyDated = false;
        for (Report r : reports) {
            if (!FusionRules.isDataset(r)) types.add(r.type());
            sources.add(r.source() == null ? r.origin() : r.source());
            if (r.fatalities() != null) {
                min = min == null ? r.fatalities() : Math.min(min, r.fatalities());
                max = max == null ? r.fatalities() : Math.max(max, r.fatalities());
            }
            if (r.dated()) {
                anyDated = true;
                latestFirst = Math.max(latestFirst, r.firstDay());
                earliestLast = Math.min(earliestLast, r.lastDay());
            }
        }
        return new Disagreement(types, min, max, anyDated && latestFirst > earliestLast, sources.size());
    }

    public boolean contested() {
        return types.size() > 1 || (minKilled != null && !minKilled.equals(maxKilled)) || datesDisagree;
    }

    /** What is disputed, in words for a popup or an export: "type: battle / territory_change; killed 12–40". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (types.size() > 1) parts.add("type: " + String.join(" / ", types));
        if (minKilled != null && !minKilled.equals(maxKilled)) parts.add("killed " + minKilled + "–" + maxKilled);
        if (datesDisagree) parts.add("dates differ");
        return String.join("; ", parts);
    }
}
