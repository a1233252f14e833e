package org.kharita.fuse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FuserTest {
    private static final int OCT_23 = (int) LocalDate.of(2024, 10, 23).toEpochDay();
    // Darino and Zeleny Shlyakh, Sudzhansky district: about 8 km apart
    private static final double[] DARINO = {51.2206, 35.0828};
    private static final double[] ZELENY = {51.2838, 35.1412};

    static Report article(long id, String article, String type, int day, double[] at, Integer killed) {
        String place = at == DARINO ? "darino" : at == ZELENY ? "zeleny" : null;
        return new Report(id, "e" + id + ":m0", "a" + article, "outlet " + article, type, day, day, at[0], at[1], 1,
                "RU", "Kursk Oblast", killed, place);
    }

    @Test
    void the_same_village_and_day_in_three_articles_is_one_fused_event() {
        Fuser f = new Fuser();
        f.add(article(1, "en", "battle", OCT_23, DARINO, null));
        f.add(article(2, "en", "battle", OCT_23, ZELENY, null));
        f.add(article(3, "ru", "battle", OCT_23, DARINO, null));
        f.add(article(4, "ar", "territory_change", OCT_23, DARINO, null));
        f.add(article(5, "ru", "battle", OCT_23, ZELENY, null));
        assertThat(f.fusedWith(1)).extracting(Report::id).containsExactly(1L, 3L, 4L);
        assertThat(f.fusedWith(2)).extracting(Report::id).containsExactly(2L, 5L);
        assertThat(f.fusedIdOf(4)).hasValue(1);
    }

    @Test
    void villages_a_few_km_apart_stay_apart_even_on_the_same_day() {
        Fuser f = new Fuser();
        f.add(article(1, "en", "battle", OCT_23, DARINO, null));
        f.add(article(2, "ru", "battle", OCT_23, ZELENY, null));
        assertThat(f.fusedWith(1)).hasSize(1);
    }

    @Test
    void two_gazetteer_entries_at_one_approximate_coordinate_stay_apart() {
        Fuser f = new Fuser();
        // villages with no coordinate source sit at their district seat: the entry, not the point, decides
        f.add(new Report(1, "k1", "a1", "s1", "battle", OCT_23, OCT_23, 51.1976, 35.2726, 1, "RU", null, null, "darino"));
        f.add(new Report(2, "k2", "a2", "s2", "battle", OCT_23, OCT_23, 51.1976, 35.2726, 1, "RU", null, null, "nizhny-klin"));
        f.add(new Report(3, "k3", "a3", "s3", "battle", OCT_23, OCT_23, 51.1976, 35.2726, 1, "RU", null, null, "darino"));
        assertThat(f.fusedWith(1)).extracting(Report::id).containsExactly(1L, 3L);
        assertThat(f.fusedWith(2)).hasSize(1);
    }

    @Test
    void dates_that_cannot_overlap_and_incompatible_types_do_not_fuse() {
        Fuser f = new Fuser();
        f.add(article(1, "en", "battle", OCT_23, DARINO, null));
        f.add(article(2, "ru", "battle", OCT_23 + 2, DARINO, null));
        f.add(article(3, "ar", "missile_strike", OCT_23, DARINO, null));
        f.add(article(4, "uk", "air_strike", OCT_23, DARINO, null));
        assertThat(f.fusedWith(1)).hasSize(1);
        assertThat(f.fusedWith(3)).hasSize(1);
        // the vague word bridges: "shelling" may be the missile
        f.add(article(5, "xx", "shelling", OCT_23, DARINO, null));
        assertThat(f.fusedWith(5)).hasSize(2);
    }

    @Test
    void a_month_precise_report_fuses_with_a_day_inside_its_month() {
        Fuser f = new Fuser();
        int oct1 = (int) LocalDate.of(2024, 10, 1).toEpochDay();
        f.add(new Report(1, "k1", "a1", "s1", "battle", oct1, oct1 + 30, DARINO[0], DARINO[1], 1, "RU", null, null));
        f.add(article(2, "ru", "battle", OCT_23, DARINO, null));
        assertThat(f.fusedWith(2)).hasSize(2);
    }

    @Test
    void two_rows_of_one_dataset_never_fuse_but_a_dataset_row_fuses_with_an_article() {
        Fuser f = new Fuser();
        f.add(new Report(1, "d1:UCDP-1", "d1", "UCDP GED", "battle", OCT_23, OCT_23, DARINO[0], DARINO[1], 1, "RU", null, 3));
        f.add(new Report(2, "d1:UCDP-2", "d1", "UCDP GED", "battle", OCT_23, OCT_23, DARINO[0], DARINO[1], 1, "RU", null, 5));
        assertThat(f.fusedWith(1)).hasSize(1);
        f.add(article(3, "ru", "shelling", OCT_23, new double[]{DARINO[0] + 0.01, DARINO[1]}, 40));
        assertThat(f.fusedWith(3)).hasSize(2);
    }

    @Test
    void nearby_same_day_rows_of_one_dataset_stay_apart_while_an_article_and_another_dataset_fuse_with_them() {
        Fuser f = new Fuser();
        // a dense file: forty rows of one dataset within a few hundred metres, the same day, all vague (25 km)
        for (int i = 1; i <= 40; i++) {
            f.add(new Report(i, "d1:UCDP-" + i, "d1", "UCDP GED", "battle", OCT_23, OCT_23, DARINO[0] + i * 0.001,
                    DARINO[1], 2, "RU", null, i));
        }
        for (int i = 1; i <= 40; i++) assertThat(f.fusedWith(i)).hasSize(1);
        f.add(article(41, "ru", "shelling", OCT_23, new double[]{DARINO[0] + 0.0101, DARINO[1]}, 40));
        assertThat(f.fusedWith(41)).extracting(Report::id).containsExactly(10L, 41L);
        // a row of another dataset joins the nearest row of the first that it may fuse with
        f.add(new Report(42, "d2:GDELT-1", "d2", "GDELT", "battle", OCT_23, OCT_23, DARINO[0] + 0.0302, DARINO[1], 2,
                "RU", null, null));
        assertThat(f.fusedWith(42)).extracting(Report::id).containsExactly(30L, 42L);
        // and a later row of the first dataset does not join what its own rows are in
        f.add(new Report(43, "d1:UCDP-43", "d1", "UCDP GED", "battle", OCT_23, OCT_23, DARINO[0] + 0.0101, DARINO[1], 2,
                "RU", null, 1));
        assertThat(f.fusedWith(43)).hasSize(1);
    }

    @Test
    void the_grid_fuses_as_comparing_every_pair_would() {
        java.util.Random random = new java.util.Random(7);
        String[] origins = {"d1", "d1", "d1", "d2", "d2", "a1", "a2", "a3", "a4"};
        String[] types = {"battle", "territory_change", "shelling", "air_strike", "attack_on_civilians"};
        List<Report> reports = new java.util.ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            String origin = origins[random.nextInt(origins.length)];
            int day = OCT_23 + random.nextInt(20);
            int last = random.nextInt(10) == 0 ? day + 30 : day;
            int precision = 1 + random.nextInt(4);
            reports.add(new Report(i, origin + ":" + i, origin, origin, types[random.nextInt(types.length)], day, last,
                    51 + random.nextDouble() * 0.6, 35 + random.nextDouble() * 0.8, precision, "RU",
                    "R" + random.nextInt(3), null));
        }
        Fuser f = new Fuser();
        Map<Long, Long> grid = f.fuseAll(reports);
        assertThat(grid).isEqualTo(pairwise(reports));
        assertThat(grid.values().stream().distinct().count()).isLessThan(reports.size());
    }

    /** The fusion without the index: every report compared with every fused event so far. */
    private static Map<Long, Long> pairwise(List<Report> reports) {
        List<List<Report>> clusters = new java.util.ArrayList<>();
        Map<Long, Long> out = new java.util.LinkedHashMap<>();
        for (Report r : reports) {
            List<Report> best = null;
            double bestKm = Double.MAX_VALUE;
            for (List<Report> c : clusters) {
                double km = 0;
                boolean ok = true;
                for (Report m : c) {
                    if (!FusionRules.mayFuse(m, r)) {
                        ok = false;
                        break;
                    }
                    km = Math.max(km, org.kharita.geo.Geo.km(m.lat(), m.lon(), r.lat(), r.lon()));
                }
                if (ok && (km < bestKm || (km == bestKm && c.get(0).id() < best.get(0).id()))) {
                    best = c;
                    bestKm = km;
                }
            }
            if (best == null) clusters.add(best = new java.util.ArrayList<>());
            best.add(r);
        }
        for (List<Report> c : clusters) for (Report m : c) out.put(m.id(), c.get(0).id());
        Map<Long, Long> sorted = new java.util.LinkedHashMap<>();
        reports.forEach(r -> sorted.put(r.id(), out.get(r.id())));
        return sorted;
    }

    @Test
    void a_split_survives_refusion_and_a_later_merge_overrides_it() {
        Fuser f = new Fuser();
        List<Report> reports = List.of(article(1, "en", "battle", OCT_23, DARINO, null),
                article(2, "ru", "battle", OCT_23, DARINO, null), article(3, "ar", "battle", OCT_23, DARINO, null));
        f.fuseAll(reports);
        Fuser.Change split = f.split(3);
        assertThat(split.decisions()).hasSize(2);
        assertThat(split.assignments()).contains(new Fuser.Assignment(3, 3));

        Fuser again = new Fuser();
        split.decisions().forEach(again::remember);
        Map<Long, Long> fused = again.fuseAll(reports);
        assertThat(fused).containsEntry(1L, 1L).containsEntry(2L, 1L).containsEntry(3L, 3L);

        Fuser.Change merge = again.merge(3, 1);
        assertThat(merge.assignments()).extracting(Fuser.Assignment::fusedId).containsOnly(1L);
        Fuser third = new Fuser();
        split.decisions().forEach(third::remember);
        merge.decisions().forEach(third::remember);
        assertThat(third.fuseAll(reports).values()).containsOnly(1L);
    }

    @Test
    void a_merge_after_a_split_is_replayed_whole_on_refusion() {
        List<Report> reports = List.of(article(1, "en", "battle", OCT_23, DARINO, null),
                article(2, "ru", "battle", OCT_23, DARINO, null), article(3, "ar", "battle", OCT_23, DARINO, null));
        Fuser f = new Fuser();
        f.fuseAll(reports);
        List<Fuser.Decision> stored = new java.util.ArrayList<>(f.split(3).decisions());
        stored.addAll(f.merge(3, 2).decisions());
        assertThat(f.fusedWith(1)).hasSize(3);
        Fuser again = new Fuser();
        stored.forEach(again::remember);
        assertThat(again.fuseAll(reports).values()).containsOnly(1L);
    }

    @Test
    void a_merge_ties_reports_the_rules_keep_apart() {
        Fuser f = new Fuser();
        f.add(article(1, "en", "battle", OCT_23, DARINO, null));
        f.add(article(2, "ru", "battle", OCT_23, ZELENY, null));
        f.merge(2, 1);
        Fuser again = new Fuser();
        again.remember(new Fuser.Decision(Fuser.Decision.Kind.MERGE, "e2:m0", "e1:m0"));
        // the partner comes after: it joins the one that was there
        again.add(article(2, "ru", "battle", OCT_23, ZELENY, null));
        again.add(article(1, "en", "battle", OCT_23, DARINO, null));
        assertThat(again.fusedWith(1)).hasSize(2);
        assertThat(again.fusedIdOf(2)).hasValue(1);
    }

    @Test
    void removing_the_first_report_renames_the_fused_event_to_the_next() {
        Fuser f = new Fuser();
        f.add(article(1, "en", "battle", OCT_23, DARINO, null));
        f.add(article(2, "ru", "battle", OCT_23, DARINO, null));
        assertThat(f.remove(1)).containsExactly(new Fuser.Assignment(2, 2));
    }

    @Test
    void disagreement_keeps_both_counts_and_both_types() {
        Disagreement d = Disagreement.of(List.of(article(1, "ru", "territory_change", OCT_23, DARINO, 40),
                article(2, "uk", "battle", OCT_23, DARINO, 12), article(3, "en", "battle", OCT_23, DARINO, null)));
        assertThat(d.contested()).isTrue();
        assertThat(d.minKilled()).isEqualTo(12);
        assertThat(d.maxKilled()).isEqualTo(40);
        assertThat(d.sources()).isEqualTo(3);
        assertThat(d.summary()).isEqualTo("type: territory_change / battle; killed 12–40");
        assertThat(Disagreement.of(List.of(article(1, "ru", "battle", OCT_23, DARINO, 4),
                article(2, "uk", "battle", OCT_23, DARINO, 4))).contested()).isFalse();
    }

    @Test
    void scores_count_pairs_and_bcubed() {
        Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2", "d", "3");
        Map<String, String> sys = Map.of("a", "x", "b", "y", "c", "z", "d", "z");
        ClusterScores s = ClusterScores.of(gold, sys);
        assertThat(s.pairPrecision()).isEqualTo(0.0);
        assertThat(s.pairRecall()).isEqualTo(0.0);
        // precision: a 1, b 1, c 1/2, d 1/2 → 0.75; recall: a 1/2, b 1/2, c 1, d 1 → 0.75
        assertThat(s.bcubedF1()).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ClusterScores.of(gold, gold).bcubedF1()).isEqualTo(1.0);
        Map<String, String> merged = Map.of("a", "x", "b", "x", "c", "x", "d", "y");
        ClusterScores bySize = ClusterScores.of(gold, merged), byPair = ClusterScores.of(gold, merged, (p, q) -> true);
        assertThat(bySize.systemPairs()).isEqualTo(byPair.systemPairs()).isEqualTo(3);
        assertThat(bySize.correctPairs()).isEqualTo(byPair.correctPairs()).isEqualTo(1);
        assertThat(bySize.goldPairs()).isEqualTo(byPair.goldPairs()).isEqualTo(1);
    }
}
