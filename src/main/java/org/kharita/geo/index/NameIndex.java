package org.kharita.geo.index;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;
import org.kharita.geo.BBox;
import org.kharita.geo.Candidate;
import org.kharita.geo.Candidate.MatchKind;
import org.kharita.geo.Gazetteer;
import org.kharita.geo.GazetteerRecord;
import org.kharita.geo.GazetteerSource;
import org.kharita.geo.Place;
import org.kharita.geo.names.NameKeys;
import org.kharita.geo.names.NameSimilarity;
import org.kharita.geo.names.PhoneticKey;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's name index: every key of every name (see {@link NameKeys}, {@link PhoneticKey})
 * in one Lucene {@link FST} that maps the key to a postings run of (place, spelling) pairs.
 * An FST shares prefixes and suffixes, so ~1.5 million keys of cities500 fit in a few MB and load
 * in one read; a lookup walks at most the key's length of arcs.
 *
 * <p>Key spaces share the FST under one-byte prefixes: {@code =} exact, {@code ~} Cyrillic stem,
 * {@code #} consonant skeleton.
 */
public final class NameIndex implements Gazetteer {
    private static final int FORMAT = 5;
    private static final byte EXACT = '=', STEM = '~', SKELETON = '#';
    /** Phonetic matching on shorter skeletons finds too many unrelated places to be worth it. */
    static final int MIN_SKELETON = 2;

    private final Place[] places;
    private final boolean[] curated;
    private final FST<Long> fst;
    private final int[] postings;
    private final byte[] finePool;
    private final int[] fineOffsets;
    /** Decoded spellings, filled as lookups touch them: the hot ones are few. */
    private final String[] fineCache;
    /**
     * Place index + 1 by its id's hash, open addressing (0 = empty). A {@code HashMap<String, Integer>} of the 394k
     * ids held 23 MB of nodes, boxed ints and table: a seventh of the CLI's live heap, and at -Xmx256m the margin
     * whose lack made the old generation fill every second and a third of the CPU go to full collections (dev-eval
     * x40, -Xlog:gc). The ids' own Strings cache their hashes, so a probe costs one compare.
     */
    private final int[] byId;
    /** (place, spelling) pairs of curated places, and their skeletons' one-deletion neighbourhoods (SymSpell). */
    private final int[] curatedPairs;
    private final Map<String, int[]> curatedDeletions = new HashMap<>();
    /** Places whose point is coarse, by index: how many km off it may be (few: sparse). */
    private final Map<Integer, Float> coarseKm;
    /**
     * A phonetic filter's verdict per place (0 not asked yet, 1 no, 2 yes), one array per filter instance. A two-letter
     * skeleton holds thousands of postings and most lookups admit only capitals and big cities, so asking the filter
     * of every posting's Place (a pointer chase and a few String compares each) was a quarter of the CLI's CPU time
     * (JFR, dev-eval x40); a byte per place answers it from a 330 kB array. The callers' filters are lambdas without
     * captures, one instance each for the JVM's life; a capturing one would fill {@link #MAX_FILTERS} slots and from
     * then on be asked directly.
     */
    private final Map<java.util.function.Predicate<Place>, byte[]> verdicts = new java.util.IdentityHashMap<>();
    private static final int MAX_FILTERS = 16;

    private NameIndex(Place[] places, boolean[] curated, FST<Long> fst, int[] postings, byte[] finePool, int[] fineOffsets,
                      int[] curatedPairs, Map<Integer, Float> coarseKm) {
        this.coarseKm = coarseKm;
        this.places = places;
        this.curated = curated;
        this.fst = fst;
        this.postings = postings;
        this.finePool = finePool;
        this.fineOffsets = fineOffsets;
        this.fineCache = new String[Math.max(0, fineOffsets.length - 1)];
        this.byId = new int[Integer.highestOneBit(Math.max(1, places.length) * 2) * 2];
        for (int i = 0; i < places.length; i++) {
            int slot = slotOf(places[i].id());
            if (byId[slot] == 0) byId[slot] = i + 1; // the first place under an id wins, as before
        }
        this.curatedPairs = curatedPairs;
        Map<String, List<Integer>> del = new HashMap<>();
        for (int k = 0; k < curatedPairs.length; k += 2) {
            String skel = PhoneticKey.skeletonOfFine(fine(curatedPairs[k + 1]));
            for (String d : deletions(skel)) del.computeIfAbsent(d, x -> new ArrayList<>()).add(k);
        }
        del.forEach((key, v) -> curatedDeletions.put(key, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The skeleton itself and every skeleton one consonant shorter: two of them meet iff one edit apart. */
    private static List<String> deletions(String skel) {
        List<String> out = new ArrayList<>(skel.length() + 1);
        out.add(skel);
        for (int i = 0; i < skel.length(); i++) out.add(skel.substring(0, i) + skel.substring(i + 1));
        return out;
    }

    @Override
    public List<Candidate> curatedNear(String name, double minSimilarity) {
        String fine = PhoneticKey.fine(name);
        String skel = PhoneticKey.skeletonOfFine(fine);
        if (skel.length() < 4) return List.of();
        Map<Integer, Candidate> out = new LinkedHashMap<>();
        for (String d : deletions(skel)) {
            int[] hits = curatedDeletions.get(d);
            if (hits == null) continue;
            for (int k : hits) {
                int place = curatedPairs[k];
                String f = fine(curatedPairs[k + 1]);
                double sim = NameSimilarity.of(fine, f);
                if (sim < minSimilarity) continue;
                Candidate prev = out.get(place);
                if (prev == null || prev.similarity() < sim) out.put(place, new Candidate(places[place], sim, MatchKind.FUZZY, f, true));
            }
        }
        return new ArrayList<>(out.values());
    }

    // ---------------------------------------------------------------- lookups

    @Override
    public List<Candidate> exact(String name) {
        String key = NameKeys.exact(name);
        if (key.isEmpty()) return List.of();
        return collect(EXACT, key, MatchKind.EXACT, null, 0, p -> true);
    }

    @Override
    public List<Candidate> stem(String name) {
        String key = NameKeys.stem(name);
        if (key == null || key.length() < 3) return List.of();
        return collect(STEM, key, MatchKind.STEM, null, 0, p -> true);
    }

    @Override
    public List<Candidate> phonetic(String name, double minSimilarity, java.util.function.Predicate<Place> filter) {
        String fine = PhoneticKey.fine(name);
        String skel = PhoneticKey.skeletonOfFine(fine);
        if (skel.length() < MIN_SKELETON) return List.of();
        return collect(SKELETON, skel, MatchKind.PHONETIC, fine, minSimilarity, filter);
    }

    /** The slot holding {@code id}, or the empty slot where it would go. */
    private int slotOf(String id) {
        int mask = byId.length - 1;
        int h = id.hashCode() * 0x9E3779B9;
        int slot = (h ^ h >>> 16) & mask;
        while (byId[slot] != 0 && !places[byId[slot] - 1].id().equals(id)) slot = (slot + 1) & mask;
        return slot;
    }

    private int indexOf(String id) {
        return byId[slotOf(id)] - 1;
    }

    @Override
    public Optional<Place> byId(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(places[i]);
    }

    @Override
    public double coordinateKm(Place place) {
        if (coarseKm.isEmpty()) return 0;
        int i = indexOf(place.id());
        Float km = i < 0 ? null : coarseKm.get(i);
        return km == null ? 0 : km;
    }

    @Override
    public int size() {
        return places.length;
    }

    /** Every place, read-only: for spatial lookups (org.kharita.geo.NearestPlaces) that walk them all once. */
    public List<Place> places() {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(places));
    }

    private List<Candidate> collect(byte space, String key, MatchKind kind, String queryFine, double minSim,
                                    java.util.function.Predicate<Place> filter) {
        Long at;
        try {
            at = Util.get(fst, keyBytes(space, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (at == null) return List.of();
        int off = (int) (long) at;
        int n = postings[off];
        List<Candidate> out = new ArrayList<>(Math.min(n, 16));
        // many places share one spelling (a dozen Novoivanovkas): score each spelling once
        int lastRef = -1;
        double lastSim = 0;
        Scores sims = queryFine != null && n > 8 ? new Scores() : null;
        NameSimilarity.Query query = queryFine == null ? null : NameSimilarity.query(queryFine);
        byte[] admitted = verdicts(filter);
        for (int k = 0; k < n; k++) {
            int place = postings[off + 1 + 2 * k];
            int fineRef = postings[off + 2 + 2 * k];
            if (!admits(admitted, filter, place)) continue;
            double sim;
            if (queryFine == null) sim = 1.0;
            else if (fineRef == lastRef) sim = lastSim;
            else if (sims != null && sims.has(fineRef)) sim = sims.get(fineRef);
            else {
                sim = NameSimilarity.atLeast(query, fine(fineRef), minSim);
                if (sims != null) sims.put(fineRef, sim);
            }
            lastRef = fineRef;
            lastSim = sim;
            if (sim < minSim) continue;
            out.add(new Candidate(places[place], sim, kind, fine(fineRef), curated[place]));
        }
        return out;
    }

    private byte[] verdicts(java.util.function.Predicate<Place> filter) {
        synchronized (verdicts) {
            byte[] v = verdicts.get(filter);
            if (v == null && verdicts.size() < MAX_FILTERS) verdicts.put(filter, v = new byte[places.length]);
            return v;
        }
    }

    /** Curated places pass every filter. Racing threads at worst both ask the filter and write the same byte. */
    private boolean admits(byte[] admitted, java.util.function.Predicate<Place> filter, int place) {
        if (admitted == null) return curated[place] || filter.test(places[place]);
        byte v = admitted[place];
        if (v == 0) admitted[place] = v = curated[place] || filter.test(places[place]) ? (byte) 2 : (byte) 1;
        return v == 2;
    }

    /**
     * Spelling ref -> score within one lookup, open addressing over primitives: a HashMap of boxed Integer and
     * Double was a tenth of a geoparse's CPU (JFR, dev-eval x40), more than the scores it remembered.
     */
    static final class Scores {
        private int[] refs = empty(64);
        private double[] values = new double[64];
        private int size;

        private static int[] empty(int n) {
            int[] a = new int[n];
            Arrays.fill(a, -1);
            return a;
        }

        private static int slot(int[] refs, int ref) {
            int h = ref * 0x9E3779B9;
            int i = (h ^ h >>> 16) & (refs.length - 1);
            while (refs[i] != -1 && refs[i] != ref) i = (i + 1) & (refs.length - 1);
            return i;
        }

        boolean has(int ref) {
            return refs[slot(refs, ref)] == ref;
        }

        double get(int ref) {
            return values[slot(refs, ref)];
        }

        void put(int ref, double value) {
            int i = slot(refs, ref);
            if (refs[i] == -1) {
                if (2 * (size + 1) > refs.length) {
                    grow();
                    i = slot(refs, ref);
                }
                size++;
            }
            refs[i] = ref;
            values[i] = value;
        }

        private void grow() {
            int[] oldRefs = refs;
            double[] oldValues = values;
            refs = empty(oldRefs.length * 2);
            values = new double[oldRefs.length * 2];
            for (int j = 0; j < oldRefs.length; j++) {
                if (oldRefs[j] == -1) continue;
                int i = slot(refs, oldRefs[j]);
                refs[i] = oldRefs[j];
                values[i] = oldValues[j];
            }
        }
    }

    private String fine(int ref) {
        String f = fineCache[ref];
        if (f == null) {
            f = new String(finePool, fineOffsets[ref], fineOffsets[ref + 1] - fineOffsets[ref], StandardCharsets.ISO_8859_1);
            fineCache[ref] = f;
        }
        return f;
    }

    private static BytesRef keyBytes(byte space, String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[k.length + 1];
        b[0] = space;
        System.arraycopy(k, 0, b, 1, k.length);
        return new BytesRef(b);
    }

    // ---------------------------------------------------------------- building

    /** Builds an index in memory from gazetteer sources; later sources' duplicate ids are skipped. */
    public static NameIndex build(List<? extends GazetteerSource> sources) throws IOException {
        Builder b = new Builder();
        for (GazetteerSource s : sources) s.forEach(b::add);
        return b.finish();
    }

    static final class Builder {
        private static final Transliterator CYRILLIC_TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
        private final List<Place> places = new ArrayList<>();
        private final List<Boolean> curated = new ArrayList<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<String, Integer> fines = new LinkedHashMap<>();
        /** key bytes (as ISO-8859-1 string for cheap sorting of raw bytes) -> packed (place, fine) pairs */
        private final Map<String, long[]> keys = new HashMap<>();
        private final Map<String, Integer> keyFill = new HashMap<>();
        private final List<int[]> curatedPairs = new ArrayList<>();
        private final Map<Integer, Float> coarseKm = new HashMap<>();

        void add(GazetteerRecord r) {
            if (ids.containsKey(r.place().id())) return;
            int idx = places.size();
            ids.put(r.place().id(), idx);
            places.add(r.place());
            curated.add(r.curated());
            if (r.coordinateKm() >= GazetteerRecord.COARSE_KM) coarseKm.put(idx, (float) r.coordinateKm());
            List<String> names = new ArrayList<>(r.names());
            for (String n : r.names()) {
                if (!n.isEmpty() && NameKeys.isCyrillic(n.charAt(0))) {
                    names.add(CYRILLIC_TO_LATIN.transliterate(n));
                }
            }
            for (String n : r.names()) {
                String g = ukrainianHAsG(n);
                if (g != null) names.add(g);
            }
            for (String name : names) {
                if (!usableScript(name)) continue;
                String exact = NameKeys.exact(name);
                if (exact.isEmpty()) continue;
                String fine = PhoneticKey.fine(name);
                int fineRef = fines.computeIfAbsent(fine, f -> fines.size());
                if (r.curated() && r.place().isSettlement()) curatedPairs.add(new int[]{idx, fineRef});
                put(EXACT, exact, idx, fineRef);
                String stem = NameKeys.stem(name);
                if (stem != null && stem.length() >= 3) put(STEM, stem, idx, fineRef);
                String skel = PhoneticKey.skeletonOfFine(fine);
                if (skel.length() >= MIN_SKELETON) put(SKELETON, skel, idx, fineRef);
            }
        }

        /**
         * Ukrainian г is h in Latin (Novohrodivka, Hlukhiv) but g in Russian and often غ in Arabic
         * (نوفوغرودوفكا): a Latin name's lone h also gets a g reading so every spelling meets.
         */
        static String ukrainianHAsG(String latin) {
            if (latin.isEmpty() || latin.charAt(0) >= 0x250) return null;
            StringBuilder b = new StringBuilder(latin);
            boolean changed = false;
            for (int i = 0; i < b.length(); i++) {
                char c = Character.toLowerCase(b.charAt(i));
                if (c != 'h') continue;
                char prev = i > 0 ? Character.toLowerCase(b.charAt(i - 1)) : ' ';
                if ("kszcdtgp".indexOf(prev) >= 0) continue;
                b.setCharAt(i, Character.isUpperCase(b.charAt(i)) ? 'G' : 'g');
                changed = true;
            }
            return changed ? b.toString() : null;
        }

        private static boolean usableScript(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!Character.isLetter(c)) continue;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.CYRILLIC
                        && s != Character.UnicodeScript.ARABIC) return false;
            }
            return true;
        }

        private void put(byte space, String key, int place, int fineRef) {
            String k = new String(keyBytes(space, key).bytes, StandardCharsets.ISO_8859_1);
            long pair = ((long) place << 32) | (fineRef & 0xffffffffL);
            long[] arr = keys.get(k);
            int fill = keyFill.getOrDefault(k, 0);
            if (arr == null) {
                arr = new long[2];
                keys.put(k, arr);
            } else {
                for (int i = 0; i < fill; i++) if ((int) (arr[i] >>> 32) == place) return; // one spelling per place is enough
                if (fill == arr.length) {
                    arr = Arrays.copyOf(arr, fill * 2);
                    keys.put(k, arr);
                }
            }
            arr[fill] = pair;
            keyFill.put(k, fill + 1);
        }

        /**
         * GeoNames rows carry only an admin1 code; once the region layer is in, every place gets its
         * region's English name, which the resolver explains with and the eval compares.
         */
        private void fillAdmin1Names() {
            Map<String, String> names = new HashMap<>();
            for (Place p : places) if (p.isAdmin1()) names.putIfAbsent(p.country() + "." + p.admin1Code(), p.name());
            if (names.isEmpty()) return;
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                if (!p.admin1().isEmpty() || p.admin1Code().isEmpty()) continue;
                String a1 = names.get(p.country() + "." + p.admin1Code());
                if (a1 != null) {
                    places.set(i, new Place(p.id(), p.name(), p.lat(), p.lon(), p.featureClass(), p.featureCode(), p.country(),
                            p.admin1Code(), a1, p.population(), p.bbox()));
                }
            }
        }

        NameIndex finish() throws IOException {
            fillAdmin1Names();
            String[] sorted = keys.keySet().toArray(new String[0]);
            Arrays.sort(sorted); // ISO-8859-1 chars sort as their unsigned bytes: the FST's order
            FSTCompiler<Long> compiler = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, PositiveIntOutputs.getSingleton()).build();
            IntsRefBuilder scratch = new IntsRefBuilder();
            int total = 0;
            for (String k : sorted) total += 1 + 2 * keyFill.get(k);
            int[] postings = new int[total];
            int off = 0;
            for (String k : sorted) {
                long[] arr = keys.get(k);
                int n = keyFill.get(k);
                compiler.add(Util.toIntsRef(new BytesRef(k.getBytes(StandardCharsets.ISO_8859_1)), scratch), (long) off);
                postings[off++] = n;
                for (int i = 0; i < n; i++) {
                    postings[off++] = (int) (arr[i] >>> 32);
                    postings[off++] = (int) arr[i];
                }
            }
            FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
            byte[][] fineBytes = new byte[fines.size()][];
            int poolSize = 0, i = 0;
            for (String f : fines.keySet()) {
                fineBytes[i] = f.getBytes(StandardCharsets.US_ASCII);
                poolSize += fineBytes[i++].length;
            }
            byte[] pool = new byte[poolSize];
            int[] offsets = new int[fineBytes.length + 1];
            int p = 0;
            for (int j = 0; j < fineBytes.length; j++) {
                offsets[j] = p;
                System.arraycopy(fineBytes[j], 0, pool, p, fineBytes[j].length);
                p += fineBytes[j].length;
            }
            offsets[fineBytes.length] = p;
            boolean[] cur = new boolean[curated.size()];
            for (int j = 0; j < cur.length; j++) cur[j] = curated.get(j);
            int[] cp = new int[curatedPairs.size() * 2];
            for (int j = 0; j < curatedPairs.size(); j++) {
                cp[2 * j] = curatedPairs.get(j)[0];
                cp[2 * j + 1] = curatedPairs.get(j)[1];
            }
            return new NameIndex(places.toArray(new Place[0]), cur, fst, postings, pool, offsets, cp, Map.copyOf(coarseKm));
        }
    }

    // ---------------------------------------------------------------- persistence

    public void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        out.writeInt(FORMAT);
        out.writeInt(places.length);
        for (int i = 0; i < places.length; i++) {
            Place p = places[i];
            out.writeUTF(p.id());
            out.writeUTF(p.name());
            out.writeDouble(p.lat());
            out.writeDouble(p.lon());
            out.writeChar(p.featureClass());
            out.writeUTF(p.featureCode());
            out.writeUTF(p.country());
            out.writeUTF(p.admin1Code());
            out.writeUTF(p.admin1());
            out.writeLong(p.population());
            out.writeBoolean(curated[i]);
            out.writeBoolean(p.bbox() != null);
            if (p.bbox() != null) {
                out.writeDouble(p.bbox().minLat());
                out.writeDouble(p.bbox().minLon());
                out.writeDouble(p.bbox().maxLat());
                out.writeDouble(p.bbox().maxLon());
            }
        }
        out.writeInt(postings.length);
        for (int v : postings) out.writeInt(v);
        out.writeInt(finePool.length);
        out.write(finePool);
        out.writeInt(fineOffsets.length);
        for (int v : fineOffsets) out.writeInt(v);
        out.writeInt(curatedPairs.length);
        for (int v : curatedPairs) out.writeInt(v);
        out.writeInt(coarseKm.size());
        for (Map.Entry<Integer, Float> e : coarseKm.entrySet()) {
            out.writeInt(e.getKey());
            out.writeFloat(e.getValue());
        }
        OutputStreamDataOutput fstOut = new OutputStreamDataOutput(out);
        fst.save(fstOut, fstOut);
        out.flush();
    }

    /** A length-prefixed run of big-endian ints in one read: int by int through DataInputStream was 8 % of a load. */
    private static int[] readInts(DataInputStream in) throws IOException {
        int[] out = new int[in.readInt()];
        byte[] bytes = new byte[Math.min(out.length, 1 << 16) * Integer.BYTES];
        for (int done = 0; done < out.length; ) {
            int chunk = Math.min(out.length - done, bytes.length / Integer.BYTES);
            in.readFully(bytes, 0, chunk * Integer.BYTES);
            java.nio.ByteBuffer.wrap(bytes, 0, chunk * Integer.BYTES).asIntBuffer().get(out, done, chunk);
            done += chunk;
        }
        return out;
    }

    public static NameIndex read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        int format = in.readInt();
        if (format != FORMAT) throw new IOException("gazetteer index format " + format + ", expected " + FORMAT + ": rebuild it");
        int n = in.readInt();
        Place[] places = new Place[n];
        boolean[] curated = new boolean[n];
        Map<String, String> interned = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            String name = in.readUTF();
            double lat = in.readDouble(), lon = in.readDouble();
            char fclass = in.readChar();
            String fcode = interned.computeIfAbsent(in.readUTF(), s -> s);
            String country = interned.computeIfAbsent(in.readUTF(), s -> s);
            String a1c = interned.computeIfAbsent(in.readUTF(), s -> s);
            String a1 = interned.computeIfAbsent(in.readUTF(), s -> s);
            long pop = in.readLong();
            curated[i] = in.readBoolean();
            BBox bbox = in.readBoolean() ? new BBox(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()) : null;
            places[i] = new Place(id, name, lat, lon, fclass, fcode, country, a1c, a1, pop, bbox);
        }
        int[] postings = readInts(in);
        byte[] pool = new byte[in.readInt()];
        in.readFully(pool);
        int[] offsets = readInts(in);
        int[] curatedPairs = readInts(in);
        Map<Integer, Float> coarseKm = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) coarseKm.put(in.readInt(), in.readFloat());
        InputStreamDataInput fstIn = new InputStreamDataInput(in);
        FST<Long> fst = new FST<>(FST.readMetadata(fstIn, PositiveIntOutputs.getSingleton()), fstIn);
        return new NameIndex(places, curated, fst, postings, pool, offsets, curatedPairs, Map.copyOf(coarseKm));
    }
}
