package org.kharita.fuse;

import org.kharita.geo.Geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps every report in a fused event and places a new one in time independent of how many are held:
 * fused events are indexed by day bucket × spatial cell (region or country for region- and country-level
 * reports), so a new report is compared only with the few fused events near it in time and space. It
 * joins the nearest one whose every report it may fuse with ({@link FusionRules}), or starts its own.
 * A dataset row alone is listed apart, by dataset ({@link Cell}): the rows of one dataset are distinct
 * events by its coding and never fuse, so a row of a million-row file is not compared with its
 * neighbours in the same file (on dense data, hundreds per search), only with other sources' reports.
 *
 * <p>An analyst's decisions outrank the rules and outlive re-fusion: a merge ties two reports' keys (they
 * end in one fused event whatever the rules say), a split keeps a report apart from each report it was
 * with. The latest decision about a pair wins. Not thread-safe: callers hold one lock around it.
 */
public final class Fuser {
    /** Days per time bucket: a day-precise report sits in one bucket, a month in five, a year in 46. */
    static final int DAY_BUCKET = 8;
    /** Degrees of latitude per cell; 0.25° ≈ 28 km, more than the widest radius, so neighbours suffice. */
    static final double CELL_DEG = 0.25;

    private final Map<Long, Node> nodes = new HashMap<>();
    private final Map<String, Node> byKey = new HashMap<>();
    private final Map<Long, Cell> grid = new HashMap<>();
    private final Map<String, Set<String>> mustLink = new HashMap<>();
    private final Map<String, Set<String>> cannotLink = new HashMap<>();
    /** Counts the searches for a nearest fusable cluster, to mark the clusters each has looked at. */
    private int searches;

    /** A decision an analyst took, as stored: {@code merge} or {@code split}, about two report keys. */
    public record Decision(Kind kind, String key, String otherKey) {
        public enum Kind { MERGE, SPLIT }
    }

    /** A report whose fused event is now {@code fusedId}. */
    public record Assignment(long reportId, long fusedId) {
    }

    private static final class Node {
        final Report report;
        Cluster cluster;

        Node(Report report) {
            this.report = report;
        }
    }

    private static final class Cluster {
        final List<Node> members = new ArrayList<>(2);
        /** The search that last looked at this cluster ({@link #searches}): listed under several keys, it is tested once. */
        int seenBy;

        long id() {
            long min = Long.MAX_VALUE;
            for (Node n : members) min = Math.min(min, n.report.id());
            return min;
        }
    }

    // ---- decisions ----

    /** Applies a decision to the rules only (no report moves): for loading the stored ones before re-fusion. */
    public void remember(Decision d) {
        Map<String, Set<String>> add = d.kind() == Decision.Kind.MERGE ? mustLink : cannotLink;
        Map<String, Set<String>> drop = d.kind() == Decision.Kind.MERGE ? cannotLink : mustLink;
        link(add, d.key(), d.otherKey());
        unlink(drop, d.key(), d.otherKey());
    }

    private static void link(Map<String, Set<String>> m, String a, String b) {
        m.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        m.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    private static void unlink(Map<String, Set<String>> m, String a, String b) {
        Set<String> s = m.get(a);
        if (s != null) s.remove(b);
        s = m.get(b);
        if (s != null) s.remove(a);
    }

    /**
     * Takes one report out of its fused event and keeps it out on every later re-fusion.
     *
     * @return the decisions to store (one per report it was with) and the reports whose fused event changed
     */
    public Change split(long reportId) {
        Node n = nodes.get(reportId);
        if (n == null || n.cluster.members.size() < 2) return Change.NONE;
        List<Decision> decisions = new ArrayList<>();
        Cluster old = n.cluster;
        for (Node other : old.members) {
            if (other != n) decisions.add(new Decision(Decision.Kind.SPLIT, n.report.key(), other.report.key()));
        }
        decisions.forEach(this::remember);
        old.members.remove(n);
        Cluster alone = new Cluster();
        join(n, alone);
        return new Change(decisions, assignments(List.of(old, alone)));
    }

    /** Puts the fused events of two reports together, whatever the rules say, and keeps them so. */
    public Change merge(long reportId, long otherReportId) {
        Node a = nodes.get(reportId), b = nodes.get(otherReportId);
        if (a == null || b == null || a.cluster == b.cluster) return Change.NONE;
        List<Decision> decisions = new ArrayList<>();
        decisions.add(new Decision(Decision.Kind.MERGE, a.report.key(), b.report.key()));
        // An earlier split between any two of their reports is overruled by this later merge, and stored
        // so: re-fusion replays decisions in order, and a split left standing would part them again.
        for (Node x : a.cluster.members) {
            for (Node y : b.cluster.members) {
                if (cannotLink.getOrDefault(x.report.key(), Set.of()).contains(y.report.key())) {
                    decisions.add(new Decision(Decision.Kind.MERGE, x.report.key(), y.report.key()));
                }
            }
        }
        decisions.forEach(this::remember);
        Cluster into = union(a.cluster, b.cluster);
        return new Change(decisions, assignments(List.of(into)));
    }

    /** What a split or merge decided and moved. */
    public record Change(List<Decision> decisions, List<Assignment> assignments) {
        static final Change NONE = new Change(List.of(), List.of());
    }

    // ---- reports ----

    public int size() {
        return nodes.size();
    }

    /**
     * Places a report (replacing one of the same id). Reports of the same fused event before it keep
     * their fused id unless this one's id is smaller, which happens only on re-fusion out of id order.
     *
     * @return every report whose fused event is new or changed, this one included
     */
    public List<Assignment> add(Report r) {
        List<Assignment> removed = nodes.containsKey(r.id()) ? remove(r.id()) : List.of();
        Node n = new Node(r);
        nodes.put(r.id(), n);
        byKey.put(r.key(), n);
        Cluster target = null;
        for (String k : mustLink.getOrDefault(r.key(), Set.of())) {
            Node partner = byKey.get(k);
            if (partner == null || partner == n) continue;
            target = target == null ? partner.cluster : union(target, partner.cluster);
        }
        if (target == null) target = nearestFusable(r);
        if (target == null) target = new Cluster();
        join(n, target);
        List<Assignment> out = new ArrayList<>(removed);
        out.addAll(assignments(List.of(target)));
        return out;
    }

    /** Takes a report out (its article re-read, its dataset deleted); the rest of its fused event stays. */
    public List<Assignment> remove(long reportId) {
        Node n = nodes.remove(reportId);
        if (n == null) return List.of();
        if (byKey.get(n.report.key()) == n) byKey.remove(n.report.key());
        n.cluster.members.remove(n);
        return assignments(List.of(n.cluster));
    }

    /** The fused event's id of a report, or empty when the report is not held. */
    public java.util.OptionalLong fusedIdOf(long reportId) {
        Node n = nodes.get(reportId);
        return n == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(n.cluster.id());
    }

    /** How many reports the fused event of this one holds (0 when the report is not held). */
    public int reportsWith(long reportId) {
        Node n = nodes.get(reportId);
        return n == null ? 0 : n.cluster.members.size();
    }

    /** The reports fused with this one, itself included, in id order. */
    public List<Report> fusedWith(long reportId) {
        Node n = nodes.get(reportId);
        if (n == null) return List.of();
        List<Report> out = new ArrayList<>();
        for (Node m : n.cluster.members) out.add(m.report);
        out.sort((x, y) -> Long.compare(x.id(), y.id()));
        return out;
    }

    /** Fuses a whole corpus from scratch in id order, with the decisions remembered; report id → fused id. */
    public Map<Long, Long> fuseAll(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort((x, y) -> Long.compare(x.id(), y.id()));
        for (Report r : sorted) add(r);
        Map<Long, Long> out = new LinkedHashMap<>();
        for (Report r : sorted) out.put(r.id(), nodes.get(r.id()).cluster.id());
        return out;
    }

    private Cluster nearestFusable(Report r) {
        if (!r.dated()) return null;
        Set<String> apart = cannotLink.getOrDefault(r.key(), Set.of());
        // a cluster begun by a row of this report's dataset holds that row: the rules refuse it unseen
        String sameDataset = FusionRules.isDataset(r) ? r.origin() : null;
        Nearest nearest = new Nearest(++searches, r, apart);
        for (long key : searchKeys(r)) {
            Cell cell = grid.get(key);
            if (cell == null) continue;
            nearest.consider(cell.open);
            for (int i = 0; i < cell.loneOrigins.size(); i++) {
                if (!cell.loneOrigins.get(i).equals(sameDataset)) nearest.consider(cell.lone.get(i));
            }
        }
        return nearest.best;
    }

    /** The nearest cluster a report may join among those looked at so far. */
    private static final class Nearest {
        final int search;
        final Report r;
        final Set<String> apart;
        Cluster best;
        double bestKm = Double.MAX_VALUE;

        Nearest(int search, Report r, Set<String> apart) {
            this.search = search;
            this.r = r;
            this.apart = apart;
        }

        void consider(List<Cluster> at) {
            for (int i = 0; i < at.size(); i++) {
                Cluster c = at.get(i);
                if (c.members.isEmpty() || c.seenBy == search) continue;
                c.seenBy = search;
                double km = 0;
                boolean ok = true;
                for (Node m : c.members) {
                    if (apart.contains(m.report.key()) || !FusionRules.mayFuse(m.report, r)) {
                        ok = false;
                        break;
                    }
                    km = Math.max(km, Geo.km(m.report.lat(), m.report.lon(), r.lat(), r.lon()));
                }
                if (ok && (km < bestKm || (km == bestKm && c.id() < best.id()))) {
                    best = c;
                    bestKm = km;
                }
            }
        }
    }

    /**
     * The clusters listed under one key. A cluster a dataset row begins alone goes to its dataset's list,
     * which the same dataset's rows skip; a cluster of an article's report, or one that a second report
     * joins, goes to {@code open}, which every search reads. A lone cluster that grows stays listed in its
     * dataset's list too, harmlessly: while it holds that row the dataset's rows could not join it, and its
     * other reports are listed in {@code open} under their own keys, which any search that could take them reaches.
     */
    private static final class Cell {
        final List<Cluster> open = new ArrayList<>(1);
        final List<String> loneOrigins = new ArrayList<>(1);
        final List<List<Cluster>> lone = new ArrayList<>(1);

        void listOpen(Cluster c) {
            // a cluster is listed once per key; stale listings of emptied clusters are dropped here
            open.removeIf(x -> x.members.isEmpty());
            if (!open.contains(c)) open.add(c);
        }

        /** A new cluster: in no list yet, so appended without a look through the list. */
        void listLone(String origin, Cluster c) {
            int i = loneOrigins.indexOf(origin);
            if (i < 0) {
                loneOrigins.add(origin);
                lone.add(new ArrayList<>(2));
                i = lone.size() - 1;
            }
            List<Cluster> at = lone.get(i);
            // emptied clusters (rows deleted) are dropped at each doubling: amortised constant time per row
            if (at.size() >= 16 && Integer.bitCount(at.size()) == 1) at.removeIf(x -> x.members.isEmpty());
            at.add(c);
        }
    }

    private void join(Node n, Cluster c) {
        c.members.add(n);
        n.cluster = c;
        if (!n.report.dated()) return;
        boolean lone = c.members.size() == 1 && FusionRules.isDataset(n.report);
        for (long key : ownKeys(n.report)) {
            Cell cell = grid.computeIfAbsent(key, k -> new Cell());
            if (lone) cell.listLone(n.report.origin(), c);
            else cell.listOpen(c);
        }
    }

    private Cluster union(Cluster a, Cluster b) {
        if (a == b) return a;
        Cluster small = a.members.size() < b.members.size() ? a : b, big = small == a ? b : a;
        for (Node n : new ArrayList<>(small.members)) join(n, big);
        small.members.clear();
        return big;
    }

    private static List<Assignment> assignments(List<Cluster> clusters) {
        List<Assignment> out = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.members.isEmpty()) continue;
            long id = c.id();
            for (Node n : c.members) out.add(new Assignment(n.report.id(), id));
        }
        return out;
    }

    // ---- the index: a long per (day bucket, cell) ----

    private static long[] ownKeys(Report r) {
        long place = placeCell(r, 0, 0);
        int from = Math.floorDiv(r.firstDay(), DAY_BUCKET), to = Math.floorDiv(r.lastDay(), DAY_BUCKET);
        long[] out = new long[to - from + 1];
        for (int b = from; b <= to; b++) out[b - from] = key(b, place);
        return out;
    }

    /** The buckets a report's interval touches × the cells within reach of its place. */
    private static long[] searchKeys(Report r) {
        int from = Math.floorDiv(r.firstDay(), DAY_BUCKET), to = Math.floorDiv(r.lastDay(), DAY_BUCKET);
        long[] places;
        if (r.precision() <= 2) {
            double cosLat = Math.max(0.05, Math.cos(Math.toRadians(r.lat())));
            int lonReach = (int) Math.ceil(FusionRules.VAGUE_KM / (111.32 * cosLat * CELL_DEG));
            places = new long[3 * (2 * lonReach + 1)];
            int p = 0;
            for (int dLat = -1; dLat <= 1; dLat++) {
                for (int dLon = -lonReach; dLon <= lonReach; dLon++) places[p++] = placeCell(r, dLat, dLon);
            }
        } else {
            places = new long[]{placeCell(r, 0, 0)};
        }
        long[] out = new long[(to - from + 1) * places.length];
        int k = 0;
        for (int b = from; b <= to; b++) for (long p : places) out[k++] = key(b, p);
        return out;
    }

    /** A grid cell for points; the region's or country's name for reports known only to it. */
    private static long placeCell(Report r, int dLat, int dLon) {
        if (r.precision() >= 3) {
            String area = r.precision() == 3 ? r.country() + "|" + r.region() : String.valueOf(r.country());
            return 0x4000_0000_0000_0000L | (area.hashCode() & 0xffff_ffffL);
        }
        long lat = (long) Math.floor((r.lat() + 90) / CELL_DEG) + dLat;
        long cols = Math.round(360 / CELL_DEG);
        long lon = Math.floorMod((long) Math.floor((r.lon() + 180) / CELL_DEG) + dLon, cols);
        return lat * cols + lon;
    }

    private static long key(int bucket, long place) {
        return place * 1_000_003L + bucket;
    }
}
