package org.kharita.geo;

import java.util.List;

/** Small hand-made gazetteer rows for tests: facts, not copies of any dataset. */
public final class Places {
    private Places() {
    }

    public static Place ppl(String id, String name, double lat, double lon, String cc, String a1, long pop) {
        return new Place(id, name, lat, lon, 'P', "PPL", cc, a1, "", pop, null);
    }

    public static Place city(String id, String name, double lat, double lon, String cc, String a1, String code, long pop) {
        return new Place(id, name, lat, lon, 'P', code, cc, a1, "", pop, null);
    }

    public static Place region(String id, String name, double lat, double lon, String cc, String a1, BBox box) {
        return new Place(id, name, lat, lon, 'A', "ADM1", cc, a1, name, 0, box);
    }

    public static GazetteerRecord rec(Place p, boolean curated, String... names) {
        return new GazetteerRecord(p, List.of(names), curated);
    }
}
