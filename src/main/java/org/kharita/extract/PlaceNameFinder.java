package org.kharita.extract;

import org.kharita.geo.ArticleLookups;
import org.kharita.geo.Candidate;
import org.kharita.geo.Candidate.MatchKind;
import org.kharita.geo.Gazetteer;
import org.kharita.geo.Geo;
import org.kharita.geo.Language;
import org.kharita.geo.Place;
import org.kharita.geo.names.ArabicText;
import org.kharita.geo.names.NameKeys;
import org.kharita.geo.names.PhoneticKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the spans of a text that name places (CLAVIN's LocationExtractor). Left to right, longest
 * span first, a span is taken when the gazetteer knows it AND the evidence fits how sure the
 * match is: a country or a capital needs nothing more; a village that only sounds like a
 * gazetteer name needs a cue word (قرية, "village of", село) or a place in the same list
 * (دارينو، وزيليني شلياخ، ونيجني كلين). Unknown words after a settlement cue are still reported,
 * unresolved, rather than dropped.
 */
final class PlaceNameFinder {
    /** A sound-alike below this is another name, whatever the context. */
    static final double MIN_PHONETIC = 0.78;
    /** An important place (capital, region, big city) matched by sound needs to sound this close. */
    static final double MIN_PHONETIC_IMPORTANT = 0.88;
    static final long BIG_CITY = 100_000;
    /** A small place known only by sound must sound at least this close to be named without curation. */
    static final double MIN_SOUND_ALONE = 0.85;
    /** A misspelt curated village: one consonant off and otherwise this close. */
    static final double MIN_CURATED_FUZZY = 0.86;
    private static final int MAX_TOKENS = 4;

    private final Gazetteer gazetteer;

    PlaceNameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    enum Cue { NONE, PREPOSITION, DIRECTION, SETTLEMENT, REGION }

    /** A recognised name: its span, what the gazetteer offers, and the context that admitted it. */
    record Found(int start, int end, int sentence, String name, List<Candidate> candidates, Cue cue, boolean listed) {
    }

    List<Found> find(String text, Language lang, List<Sentence> sentences) {
        // one finder per article over a memory of its questions: a long article asks the same ones thousands of times
        return gazetteer instanceof ArticleLookups ? findAll(text, lang, sentences)
                : new PlaceNameFinder(new ArticleLookups(gazetteer)).findAll(text, lang, sentences);
    }

    private List<Found> findAll(String text, Language lang, List<Sentence> sentences) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : sentences) {
            org.kharita.geo.Interruption.check();
            List<Token> tokens = Token.tokenize(text, s.start(), s.end());
            int lastEndToken = -10;
            Found lastFound = null;
            int chainStart = out.size();
            int sentenceStart = out.size();
            int i = 0;
            while (i < tokens.size()) {
                Found f = null;
                int taken = 0;
                boolean listedRaw = listedAfter(text, tokens, i, lastEndToken, lang);
                Cue cue = cueBefore(tokens, i, lang);
                // "مقاطعتي بيلغورود وبريانسك", "Kursk and Belgorod regions": a list shares its head's cue
                if (listedRaw && cue == Cue.NONE && lastFound != null && lastFound.cue() == Cue.REGION) cue = Cue.REGION;
                // "مدينتي صور والنبطية": the dual noun makes both items towns
                if (listedRaw && cue == Cue.NONE && lastFound != null && lastFound.cue() == Cue.SETTLEMENT) cue = Cue.SETTLEMENT;
                // after a country ("وفي سوريا، قتل خمسة") a comma starts a clause, not a list of villages
                boolean listed = listedRaw && isSettlementItem(lastFound);
                boolean blocked = blockedBefore(tokens, i, lang) || quotedUnitName(text, tokens, i, lang)
                        || abbreviation(text, tokens.get(i), s);
                // "президент России Владимир Путин", "Премьер-министр Ливана": after a head's title, its state is named
                boolean titledState = blocked && stateTitleBefore(tokens, i);
                if (!blocked || titledState) {
                    for (int len = Math.min(MAX_TOKENS, tokens.size() - i); len >= 1 && f == null; len--) {
                        if (!spanShape(text, tokens, i, len, lang)) continue;
                        f = tryspan(text, tokens, i, len, s.index(), cue, listed, lang);
                        if (f != null) taken = len;
                    }
                    if (titledState && f != null && !namesCountry(f.candidates())) f = null;
                    boolean arabicCue = ArabicText.isArabicLetter(tokens.get(i).text().charAt(0));
                    // only Arabic puts the region noun before the name (مقاطعة X); "области Вячеслав" is a person
                    if (f == null && !titledState && (cue == Cue.SETTLEMENT || (cue == Cue.REGION && arabicCue)
                            || listed && lastEndToken == i - 1)) {
                        f = unknownName(text, tokens, i, s.index(), cue, listed, lang);
                        if (f != null) taken = 1;
                    }
                    if (!titledState && (f == null || taken == 1) && (cue == Cue.SETTLEMENT || listed && lastEndToken == i - 1)) {
                        Found headed = arabicHeadedName(text, tokens, i, s.index(), cue, listed, lang);
                        if (headed != null) {
                            f = headed;
                            taken = 2;
                        }
                    }
                    if (f == null && !titledState && namedDistrict(text, tokens, i, lang)) {
                        Token name = tokens.get(i), noun = tokens.get(i + 1);
                        f = new Found(name.start(), noun.end(), s.index(), text.substring(name.start(), noun.end()), List.of(), Cue.REGION, false);
                        taken = 2;
                    }
                }
                int organisation = f == null ? 0 : MetonymyDetector.organisationLength(text, tokens, i + taken - 1, lang);
                if (f != null && organisation > 0 && f.candidates().stream().noneMatch(c -> important(c.place()) || c.curated())) {
                    // "The Rapid Support Forces": a word that is some hamlet's name, heading a group's name
                    i += taken + organisation;
                    continue;
                }
                if (f != null) {
                    f = withRegionWordAfter(text, tokens, i + taken - 1, f, lang);
                    if (lastFound != null && lastFound.cue() != Cue.REGION && f.cue() != Cue.REGION
                            && TOWN_REGION_GAP.contains(text.substring(lastFound.end(), f.start()).strip().toLowerCase(Locale.ROOT))
                            && regionOf(f, lastFound)) {
                        // "Celaya, Guanajuato", "قرية فيليكا نوفوسيلكا في دونيتسك": the region holding the town just named
                        f = new Found(f.start(), f.end(), f.sentence(), f.name(), f.candidates(), Cue.REGION, false);
                    }
                    if (!listedRaw) chainStart = out.size();
                    // "the Belgorod and Kursk regions": a plural region word makes the whole list regions
                    if (f.cue() == Cue.REGION && pluralRegionWord(text.substring(f.start(), f.end()))) {
                        for (int j = chainStart; j < out.size(); j++) {
                            Found g = out.get(j);
                            out.set(j, new Found(g.start(), g.end(), g.sentence(), g.name(), g.candidates(), Cue.REGION, g.listed()));
                        }
                    }
                    out.add(f);
                    lastFound = f;
                    lastEndToken = i + taken - 1;
                    // "Sinaloa Cartel": the head belongs to the organisation, not to the next name
                    i += taken + organisation;
                } else {
                    i++;
                }
            }
            framingRegions(text, s, out, sentenceStart);
        }
        return out;
    }

    /** A town named later in a framed sentence this far from the city of the frame's name lies elsewhere in the region. */
    static final double FRAME_KM = 25;
    /** ...or this far, when a settlement noun names it a town of its own (وفي درعا، ... في بلدة طفس, 13 km). */
    static final double FRAME_TOWN_KM = 5;

    /**
     * "In Deir ez-Zor, an explosion in Al-Bukamal", "وفي دير الزور، ... في البوكمال": a name that is both a city and
     * the region it heads, set off by a comma at the head of its sentence, frames the sentence; when a town named
     * later in it lies in that region away from the city, the region is meant (a town does not hold another town).
     */
    private static void framingRegions(String text, Sentence s, List<Found> out, int from) {
        for (int k = from; k < out.size(); k++) {
            Found f = out.get(k);
            if (f.cue() != Cue.PREPOSITION || !commaAfter(text, f.end())
                    || text.substring(s.start(), f.start()).strip().split("\\s+").length > 2) continue;
            for (int j = k + 1; j < out.size(); j++) {
                Found g = out.get(j);
                if (g.cue() == Cue.NONE || g.cue() == Cue.REGION || !elsewhereInRegion(f, g)) continue;
                out.set(k, new Found(f.start(), f.end(), f.sentence(), f.name(), f.candidates(), Cue.REGION, f.listed()));
                break;
            }
        }
    }

    private static boolean commaAfter(String text, int end) {
        for (int k = end; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) || Token.isInvisible(c)) continue;
            return c == ',' || c == '،';
        }
        return false;
    }

    /** Whether {@code town} can lie in the region {@code frame} names, over {@link #FRAME_KM} from its namesake city. */
    private static boolean elsewhereInRegion(Found frame, Found town) {
        for (Candidate r : frame.candidates()) {
            Place region = r.place();
            if (!region.isAdmin1() || region.admin1Code().isEmpty()) continue;
            for (Candidate c : frame.candidates()) {
                Place city = c.place();
                if (!city.isSettlement() || !inRegion(city, region)) continue;
                double minKm = town.cue() == Cue.SETTLEMENT ? FRAME_TOWN_KM : FRAME_KM;
                for (Candidate t : town.candidates()) {
                    Place p = t.place();
                    if (p.isSettlement() && inRegion(p, region) && Geo.km(p.lat(), p.lon(), city.lat(), city.lon()) > minKm) return true;
                }
            }
        }
        return false;
    }

    private static boolean inRegion(Place p, Place region) {
        return p.country().equals(region.country()) && p.admin1Code().equals(region.admin1Code());
    }

    private Found tryspan(String text, List<Token> tokens, int i, int len, int sentence, Cue cue, boolean listed, Language lang) {
        Token first = tokens.get(i), last = tokens.get(i + len - 1);
        boolean arabic = ArabicText.isArabicLetter(first.text().charAt(0));
        List<ArabicText.Reading> readings = arabic ? ArabicText.readings(first.text())
                : List.of(new ArabicText.Reading(stripPossessive(first.text()), 0));
        Found best = null;
        double bestSim = -1;
        // a preposition or cue word is never the start of a name, whatever its letters peel to (بين is not ب + ين)
        // (but "West Bank", "North Korea", "South Sudan" start with a direction word and are names)
        // "مدينة الأبيض": right after a settlement noun a common word may be a town's Arabic name (الأبيض "white"
        // is El Obeid), taken only as the exact name the gazetteer holds
        // "نحو الأبيض": after a direction word too, but only as a big town's name (see below)
        // ...but only a word with the article: a preposition or particle (القرى على بعد "the villages lie at a distance")
        // is never a town, though some Iraqi hamlet is spelt على
        boolean cuedCommonWord = arabic && len == 1 && (cue == Cue.SETTLEMENT || cue == Cue.DIRECTION) && StopWords.is(first.text(), lang)
                && !isCueWord(first.text(), lang) && !StopWords.isProse(first.text(), lang)
                && first.text().startsWith(ArabicText.DEFINITE_ARTICLE_STRING);
        if (len == 1 && isCueWord(first.text(), lang)
                || (arabic && StopWords.is(first.text(), lang) && !directionWord(first.text()) && !cuedCommonWord)) return null;
        if (arabic && len == 1 && definiteCueNoun(first, lang)) return null;
        // an Arabic span may open with a direction word only as a whole name the gazetteer knows (شمال كردفان)
        boolean exactOnly = arabic && len > 1 && isCueWord(first.text(), lang) || cuedCommonWord;
        boolean listedName = listed && !arabic && first.capitalized();
        // و + a function word is still a function word (وثلاث "and three"): no reading of it is a name
        if (arabic && len == 1 && !cuedCommonWord) {
            for (ArabicText.Reading r : readings) if (StopWords.is(r.stem(), lang)) return null;
        }
        if (len > 1 && StopWords.isPhrase(text.substring(first.start(), last.end()))) return null;
        if (len == 1 && !arabic && (monthOfDate(tokens, i, lang) || compoundHead(text, first))) return null;
        // "У Сумській області": a capitalised preposition opening the sentence is not part of the name
        if (len > 1 && !arabic && PlaceCues.in(PlaceCues.PREPOSITION, first.text(), lang) && !directionWord(first.text())) return null;
        // right after its noun (قرية، بلدة، مقاطعة) a name takes no preposition: قرية كفرنبل is not "like Farnabl"
        boolean nounBefore = arabic && (cue == Cue.SETTLEMENT || cue == Cue.REGION) && i > 0 && cueNoun(tokens.get(i - 1), lang);
        String knownWord = null;
        for (ArabicText.Reading r : readings) {
            int start = first.start() + r.peeled();
            // "Burkina Faso’s military": the possessive ends a many-word name too
            int end = len == 1 && !arabic ? first.start() + r.stem().length()
                    : arabic ? last.end() : last.start() + stripPossessive(last.text()).length();
            String surface = text.substring(start, end);
            // safe peeling: a reading that is a word of the language (بلدات "towns" in وبلدات) is that word, and
            // peeling on into its root (ب + لدات) makes no name
            if (knownWord != null && knownWord.length() > r.stem().length() && knownWord.endsWith(r.stem())) continue;
            if (arabic && len == 1 && (isCueWord(r.stem(), lang) || StopWords.is(r.stem(), lang))) knownWord = r.stem();
            if (nounBefore && r.peeled() > 0 && peeledPreposition(first.text(), r.peeled())) continue;
            // a common word (Правда, Мирный) is a place only when it stands in a list of places
            if (len == 1 && !listedName && !cuedCommonWord && (StopWords.is(surface, lang) || StopWords.is(r.stem(), lang))) continue;
            if (cuedCommonWord && r.peeled() > 0) continue;
            if (len == 1 && surface.length() < 3) continue;
            if ((len == 1 || arabic && !exactOnly) && isCueWord(r.stem(), lang)) continue;
            Cue effective = cue;
            if (r.peeled() > 0 && effective == Cue.NONE && peeledPreposition(first.text(), r.peeled())) effective = Cue.PREPOSITION;
            Map<String, Candidate> cands = new LinkedHashMap<>();
            boolean regionWordNext = i + 1 < tokens.size() && (PlaceCues.in(PlaceCues.REGION, tokens.get(i + 1).text(), lang)
                    || districtWordAfter(tokens, i));
            boolean adjectiveRegion = false;
            if (!arabic && len == 1 && (PlaceCues.cyrillicAdjective(surface) || regionWordNext && PlaceCues.cyrillicAdjectiveAny(surface))
                    && addRegionReadings(surface, cands, tokens, i)) {
                effective = Cue.REGION;
                adjectiveRegion = true;
            }
            if (!arabic && len == 1 && !adjectiveRegion && addShchynaReadings(surface, cands)) {
                effective = Cue.REGION;
                adjectiveRegion = true;
            }
            for (Candidate c : gazetteer.exact(surface)) cands.putIfAbsent(c.place().id(), c);
            for (Candidate c : gazetteer.stem(surface)) cands.putIfAbsent(c.place().id(), c);
            if (!arabic && len == 1) {
                // noun cases the light stemmer cuts too deep or not at all: Покровська, Курском, Харкові
                for (String base : PlaceCues.cyrillicNounBases(surface)) {
                    for (Candidate c : gazetteer.exact(base)) cands.putIfAbsent(c.place().id(), c);
                }
            }
            boolean evidence = effective != Cue.NONE || listed;
            // transcribed foreign names never carry the Arabic article: الإجماع is a word, not a village
            if (arabic && endsWithTanween(first.text())) continue;
            boolean withArticle = arabic && surface.startsWith(ArabicText.DEFINITE_ARTICLE_STRING);
            // a name read without its article (الفاشر -> فاشر) is an Arabic name: exact matches only
            boolean articlePeeled = arabic && !withArticle && r.peeled() > 0 && first.text().startsWith(ArabicText.DEFINITE_ARTICLE_STRING, r.peeled() - 2);
            // ...and the feminine ة ends Arabic nouns (نتيجة "result"), where transcriptions write ا
            boolean soundable = !(arabic && (articlePeeled || hasPronounSuffix(surface) || surface.endsWith("ة") && len == 1));
            if (soundable && !exactOnly && (evidence || (!arabic && first.capitalized()) || !cands.isEmpty())) {
                double min = cands.isEmpty() ? MIN_PHONETIC : MIN_PHONETIC_IMPORTANT;
                // without a settlement cue or a list, only a capital, region, big city or curated village
                // can be accepted by sound (see accept), so only those are scored
                boolean strong = effective == Cue.SETTLEMENT || effective == Cue.DIRECTION || effective == Cue.REGION || listed;
                // a preposition standing as its own word (في كوستي); a glued one (بصاروخ) more often starts a noun
                boolean afterPreposition = arabic && cue == Cue.PREPOSITION && r.peeled() == 0 && cands.isEmpty();
                java.util.function.Predicate<Place> worth = strong && cands.isEmpty() ? p -> true
                        : afterPreposition ? p -> important(p) || arabTown(p) : PlaceNameFinder::important;
                // misspellings are looked for among curated villages only (curatedNear, below): a
                // one-consonant-off match against 200k world towns is a guess, not an answer
                for (Candidate c : gazetteer.phonetic(surface, min, worth)) {
                    if (!cands.isEmpty() && !(important(c.place()) || c.curated())) continue;
                    // تدمير (destruction) sounds like Tadmur, whose Arabic name تدمر an Arabic writer would use;
                    // an article form (الفاشر ~ El Fasher) is the one way an Arab town is matched by sound,
                    // and the article makes it an Arab town
                    // every country has its Arabic names in the gazetteer: one that only sounds like an
                    // Arabic word (بينما ~ Panama) is that word
                    if (arabic && c.place().isCountry()) continue;
                    boolean arabTown = PlaceCues.ARABIC_SPEAKING.contains(c.place().country());
                    if (arabic && !c.curated() && withArticle && !arabTown) continue;
                    // a village whose gazetteer row lacks its Arabic name (كفرنبل ~ Kafr Nabl) is still
                    // matched by sound, but only right after قرية/بلدة/مخيم and sounding nearly the same
                    boolean settled = (effective == Cue.SETTLEMENT || effective == Cue.DIRECTION) && c.similarity() >= MIN_PHONETIC_IMPORTANT;
                    // a two-word Arab name (دير البلح ~ Deir al-Balah) after a preposition, sounding all but the same
                    boolean longName = len > 1 && (effective != Cue.NONE || listed) && c.similarity() >= 0.92;
                    // ...or after في/إلى when it is a district town and sounds all but the same (في كوستي ~ Kosti)
                    boolean townAfterPreposition = afterPreposition && soundTown(c, len);
                    if (arabic && !c.curated() && arabTown && !withArticle && !(settled || longName || townAfterPreposition)) {
                        continue;
                    }
                    // الفاشر ~ El Fasher after في: an article form sounding all but the same as a district town
                    boolean articleTown = withArticle && effective == Cue.PREPOSITION && soundTown(c, len);
                    if (withArticle && !articleTown && (c.similarity() < MIN_PHONETIC_IMPORTANT || !(effective == Cue.SETTLEMENT
                            || effective == Cue.DIRECTION || effective == Cue.REGION || listed))) continue;
                    Candidate prev = cands.get(c.place().id());
                    if (prev == null) cands.put(c.place().id(), c);
                }
            }
            if (cands.isEmpty() && soundable && surface.length() >= 8) {
                // a long word one consonant off a curated village (سفيلدليكوفو, a misspelt Sverdlikovo)
                for (Candidate c : gazetteer.curatedNear(surface, MIN_CURATED_FUZZY)) cands.putIfAbsent(c.place().id(), c);
            }

            // "Кфар-Тибнит", "Мейс-эль-Джебель": a part of a hyphened Cyrillic name sounds like Caen or Medan and a
            // later part is spelt like Dzhebel in Bulgaria; the head is taken only as spelt (Мейс is no case of Mesa), a
            // later part not at all
            if (!arabic && hyphenedTail(text, first)) continue;
            if (!arabic && hyphenedHead(text, last)) cands.values().removeIf(c -> c.kind() != MatchKind.EXACT && c.kind() != MatchKind.ALIAS);
            // ...and the whole of one (Мейс-эль-Джебель ~ Mesa, Arizona) sounds like a place only of as many words
            if (!arabic && len > 1 && hyphenedTail(text, last)) {
                cands.values().removeIf(c -> (c.kind() == MatchKind.PHONETIC || c.kind() == MatchKind.FUZZY)
                        && c.place().name().split("[\\s\\-‑]+").length < len);
            }
            // السورية read as ال + سورية is the adjective "Syrian": Arabic country names never take an article they lack
            if (articlePeeled) cands.values().removeIf(c -> c.place().isCountry());
            // "باتجاه الشمال" is "northwards", though a Qatari municipality is called so: a common word after a
            // direction word is only a big town it names
            if (cuedCommonWord && cue == Cue.DIRECTION) cands.values().removeIf(c -> !(c.place().isSettlement() && important(c.place())));
            // "near Sumy" sounds like Suomi: a country is written with its own name, so one the name only sounds like
            // gives way to a place spelt exactly so
            if (latin(surface) && cands.values().stream().anyMatch(c -> c.kind() == MatchKind.EXACT)) {
                cands.values().removeIf(c -> c.place().isCountry() && (c.kind() == MatchKind.PHONETIC || c.kind() == MatchKind.FUZZY));
            }
            // "Gao" is also Guantánamo's airport code: a name of three letters or fewer is a place's own name, not an alias
            if (latin(surface) && surface.length() <= 3) {
                cands.values().removeIf(c -> c.kind() == MatchKind.EXACT && !TextFold.fold(c.place().name()).equals(TextFold.fold(surface))
                        && cands.values().stream().anyMatch(o -> TextFold.fold(o.place().name()).equals(TextFold.fold(surface))));
            }
            if (cands.isEmpty()) continue;
            List<Candidate> list = shortlist(cands.values());
            // "село Гордеевка Кореневского района": a district adjective after a village is the village's district,
            // not the tail of a two-word name
            if (!arabic && len == 1 && !adjectiveRegion && (insideLongerName(text, tokens, i) || headOfLongerName(text, tokens, i, lang))) continue;
            // "Владимир Путин", "فلاديمير بوتين": a given name before a surname is a person, not the city
            if (len == 1 && PlaceCues.in(PlaceCues.GIVEN_NAME, first.text(), lang) && i + 1 < tokens.size()
                    && (arabic ? !StopWords.is(tokens.get(i + 1).text(), lang) : tokens.get(i + 1).capitalized())) continue;
            if (len == 1 && cyrillicPersonName(text, tokens, i, lang)) continue;
            if (len == 1 && lonePersonName(text, tokens, i, effective, listed, list, lang)) continue;
            boolean initial = sentenceInitial(first) || afterOpeningQuote(text, first)
                    // "the Study of War": after "the", a capital starts an institution unless the place is well known
                    || (i > 0 && tokens.get(i - 1).text().equals("the"));
            if (!accept(list, surface, effective, listed, arabic, first, initial, len)) continue;
            double sim = 0;
            for (Candidate c : list) sim = Math.max(sim, c.similarity() + (c.kind() == MatchKind.FUZZY ? -0.1 : 0));
            if (sim > bestSim + 1e-9) {
                bestSim = sim;
                best = new Found(start, end, sentence, surface, list, effective, listed);
            }
        }
        return best;
    }

    /**
     * An adjective standing for a region or district: "в Курской и Сумской [областях]", "Глушковского
     * района". The region is looked up as adjective + область; a district, by the seat town the
     * adjective is made from (Глушковский район has its seat at Глушково).
     */
    private boolean addRegionReadings(String adjective, Map<String, Candidate> cands, List<Token> tokens, int i) {
        boolean district = districtWordAfter(tokens, i);
        if (district) {
            String stem = NameKeys.stem(adjective);
            if (stem == null) return false;
            String seat = stem.replaceAll("(ск|ськ|цк|цьк)$", "");
            for (String root : PlaceCues.seatRoots(seat)) {
                // the seat's nominative is the adjective's root plus a short ending: Глушков-о, Судж-а, Курск, Мирів-ське
                for (String ending : List.of("", "о", "а", "е", "и", "ы", "ка", "ое", "ий", "ский", "ське")) {
                    for (Candidate c : gazetteer.exact(root + ending)) {
                        if (c.place().isSettlement()) cands.putIfAbsent(c.place().id(), c);
                    }
                }
            }
            return !cands.isEmpty();
        }
        for (String region : List.of(" область", " області")) {
            for (Candidate c : gazetteer.stem(adjective + region)) {
                if (c.place().isAdmin1()) cands.putIfAbsent(c.place().id(), c);
            }
        }
        return !cands.isEmpty();
    }

    /**
     * "на Харківщині", "Сумщину", "Нікопольщини": Ukrainian names a land after its town with -щина. The oblast whose
     * adjective the town gives (Харківська область) is meant; where there is none, the town's district, read by the
     * town as districts are. A village spelt like the land (Харківщина, a hamlet) stays a lesser candidate.
     */
    private boolean addShchynaReadings(String word, Map<String, Candidate> cands) {
        String town = PlaceCues.shchynaTown(word);
        if (town == null) return false;
        for (Candidate c : gazetteer.stem(town + "ська область")) {
            if (c.place().isAdmin1()) cands.putIfAbsent(c.place().id(), c);
        }
        if (cands.isEmpty()) {
            for (String ending : List.of("", "и", "а")) {
                for (Candidate c : gazetteer.exact(town + ending)) {
                    if (c.place().isSettlement()) cands.putIfAbsent(c.place().id(), c);
                }
            }
        }
        return !cands.isEmpty();
    }

    /**
     * Whether a district word follows the adjective at {@code i}, right after it or after a second adjective joined by
     * a conjunction: "Мирівській та Покровській громадах" names two hromadas.
     */
    private static boolean districtWordAfter(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && DISTRICT_WORDS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) return true;
        if (i + 3 >= tokens.size() || !DISTRICT_WORDS.contains(tokens.get(i + 3).text().toLowerCase(Locale.ROOT))) return false;
        String conj = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
        return (conj.equals("и") || conj.equals("та") || conj.equals("і") || conj.equals("й"))
                && PlaceCues.cyrillicAdjectiveAny(tokens.get(i + 2).text());
    }

    /** A district, or a Ukrainian hromada, named by an adjective of its seat: Глушковского района, Краснопільській громаді. */
    private static final java.util.Set<String> DISTRICT_WORDS = java.util.Set.of("район", "района", "районе", "району",
            "районом", "районі", "округа", "округе", "громада", "громади", "громаді", "громаду", "громадою", "громадах",
            "районах", "районов", "районів");

    private static boolean acronym(String s) {
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean exactName(List<Candidate> cands) {
        for (Candidate c : cands) if (c.kind() == MatchKind.EXACT) return true;
        return false;
    }

    private static boolean exactCountry(List<Candidate> cands) {
        for (Candidate c : cands) if (c.kind() == MatchKind.EXACT && (c.place().isCountry() || c.place().isAdmin1())) return true;
        return false;
    }

    private static boolean directionWord(String w) {
        String f = PlaceCues.fold(w, Language.AR);
        return f.equals("شمال") || f.equals("جنوب") || f.equals("شرق") || f.equals("غرب")
                || f.equals("north") || f.equals("south") || f.equals("east") || f.equals("west");
    }

    static boolean endsWithTanween(String w) {
        for (int k = w.length() - 1; k >= 0 && k >= w.length() - 2; k--) {
            char c = w.charAt(k);
            if (c == '\u064B' || c == '\u064C' || c == '\u064D') return true;
        }
        return false;
    }

    /** Candidates the resolver weighs: more than this are sound-alikes across the world, best first. */
    static final int SHORTLIST = 40;

    /**
     * A common skeleton (krsk, nfvnfk) matches hundreds of places; the resolver needs the best
     * spellings, with curated rows and the populous kept, not all of them.
     */
    static List<Candidate> shortlist(java.util.Collection<Candidate> all) {
        List<Candidate> list = new ArrayList<>(all);
        if (list.size() <= SHORTLIST) return list;
        list.sort(java.util.Comparator.comparingDouble((Candidate c) -> -(c.similarity()
                + (c.curated() ? 0.2 : 0) + (important(c.place()) ? 0.1 : 0) + Math.log10(c.place().population() + 1) / 100)));
        return new ArrayList<>(list.subList(0, SHORTLIST));
    }

    /** Whether a token is a settlement or region noun, whatever proclitics it carries (وقرية، بمقاطعة). */
    private static boolean cueNoun(Token t, Language lang) {
        for (ArabicText.Reading r : ArabicText.readings(t.text())) {
            if (PlaceCues.in(PlaceCues.SETTLEMENT, r.stem(), lang) || PlaceCues.in(PlaceCues.REGION, r.stem(), lang)) return true;
        }
        return false;
    }

    /** "Aug 8", "8 Aug.", "Aug. 8": a month beside a day number is a date, even in a list of places. */
    static boolean monthOfDate(List<Token> tokens, int i, Language lang) {
        if (!StopWords.isMonth(tokens.get(i).text(), lang)) return false;
        return i + 1 < tokens.size() && dayNumber(tokens.get(i + 1).text()) || i > 0 && dayNumber(tokens.get(i - 1).text());
    }

    private static boolean dayNumber(String w) {
        return w.length() <= 2 && w.chars().allMatch(Character::isDigit) && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31;
    }

    /**
     * "Премьер-министр", "вице-премьер": a Cyrillic word joined by a hyphen to a lowercase word is half a compound
     * noun, not a name; but Ростов-на-Дону and Мейс-эль-Джебель join names with a small word.
     */
    static boolean compoundHead(String text, Token t) {
        int e = t.end();
        if (e + 1 >= text.length() || text.charAt(e) != '-' && text.charAt(e) != '‑') return false;
        char next = text.charAt(e + 1);
        if (!Character.isLowerCase(next)) return false;
        int k = e + 1;
        while (k < text.length() && Character.isLetter(text.charAt(k))) k++;
        String joined = text.substring(e + 1, k);
        // Cyrillic only: in English "Kyiv-based" and "Moscow-backed" still name the place
        return !COMPOUND_LINKS.contains(joined) && Character.UnicodeScript.of(next) == Character.UnicodeScript.CYRILLIC;
    }

    /** The small words inside hyphenated Cyrillic place names: Ростов-на-Дону, Кфар-эль-..., Рас-эль-Айн. */
    private static final java.util.Set<String> COMPOUND_LINKS = java.util.Set.of("на", "над", "под", "при", "эль", "ель", "аль",
            "ад", "ас", "аш", "ар", "ан", "аз", "ат", "ез", "ес", "уль", "де", "ла", "ле");

    private static boolean isCueWord(String w, Language lang) {
        // folded once: asked of every word of every span, eight folds were a fifteenth of the finder's time
        String f = PlaceCues.fold(w, lang);
        return PlaceCues.SETTLEMENT.contains(f) || PlaceCues.REGION.contains(f) || PlaceCues.DIRECTION.contains(f)
                || PlaceCues.PREPOSITION.contains(f) || PlaceCues.BETWEEN.contains(f) || PlaceCues.METONYM_HEAD.contains(f)
                || PlaceCues.NOT_PLACE_BEFORE.contains(f) || PlaceCues.PERSON_TITLE.contains(f);
    }

    /**
     * The evidence rule. Exact matches of important places stand alone; exact matches of small
     * places need a cue or a list in Arabic (no capital letters to tell a name from a word) and a
     * capital letter elsewhere; sound-alikes need a settlement/direction cue or a list, and must
     * have at least three consonants so that short Arabic words do not pass for villages.
     */
    private boolean accept(List<Candidate> cands, String surface, Cue cue, boolean listed, boolean arabic, Token first,
                           boolean initial, int len) {
        boolean exact = false, important = false, soundsLike = false, soundsLikeImportant = false, curated = false;
        boolean exactMajor = false, exactTown = false, soundsLikeTown = false;
        double bestSound = 0;
        for (Candidate c : cands) {
            boolean imp = important(c.place()) || c.curated();
            // a stem at the start of a sentence is as likely a common noun (Колонна ~ Колон, Colón)
            boolean stemOnly = c.kind() == MatchKind.STEM && initial && cue == Cue.NONE && !listed;
            if (!stemOnly && (c.kind() == MatchKind.EXACT || c.kind() == MatchKind.STEM || c.kind() == MatchKind.ALIAS)) {
                exact = true;
                important |= imp;
                exactMajor |= major(c.place()) || c.curated();
                exactTown |= arabTown(c.place());
                curated |= c.curated();
            } else {
                soundsLike = true;
                if (c.kind() == MatchKind.PHONETIC || c.similarity() >= MIN_SOUND_ALONE) bestSound = Math.max(bestSound, c.similarity());
                if (imp && c.similarity() >= MIN_PHONETIC_IMPORTANT) soundsLikeImportant = true;
                soundsLikeTown |= arabic && cue == Cue.PREPOSITION && soundTown(c, len);
                curated |= c.curated() && c.similarity() >= MIN_PHONETIC_IMPORTANT;
            }
        }
        boolean strongCue = cue == Cue.SETTLEMENT || cue == Cue.REGION || cue == Cue.DIRECTION;
        boolean anyCue = cue != Cue.NONE || listed;
        int consonants = PhoneticKey.skeleton(surface).length();
        // acronyms (OSINT, ISW) are not towns, though countries go by theirs (USA, РФ)
        if (!arabic && acronym(surface) && !exactCountry(cands)) return false;
        // a Cyrillic abbreviation keeps its capitals when declined (КАБами, БпЛА): a weapon or a body, only sounding like a village
        if (!arabic && PlaceCues.inflectedAbbreviation(surface) && !exactName(cands)) return false;
        if (exact && (arabic ? exactMajor : important)) return true;
        // sentence-initial capitals prove nothing: "Study", "Игра" are villages somewhere
        if (exact && !arabic) return anyCue || (first.capitalized() && !initial);
        if (exact && important && anyCue) return true;
        // two Arabic words that together are a town's Arabic name by chance are rare: دير البلح after في
        if (exact && arabic && len > 1 && anyCue) return true;
        if (exact && (strongCue || listed)) return true;
        // a district town of an Arab country by its own Arabic name after في/إلى (في طولكرم, إلى تدمر):
        // reporters name such towns bare, and a seat of local government is rarely also a common word
        if (exact && arabic && cue == Cue.PREPOSITION && exactTown) return true;
        if (!soundsLike || consonants < 3) return false;
        if (curated) return anyCue || (!arabic && first.capitalized()) || consonants >= 5;
        if (soundsLikeTown) return true;
        if (soundsLikeImportant) {
            // an Arabic word sounding like a big city proves little (بلاده ~ Blida): after a mere
            // preposition it must be a long, near-identical sound or a multi-word name (بيونج يانج)
            // a capital letter proves only a name, and person names sound like cities (Nuland ~ Nilandhoo,
            // Peterson ~ Paterson): outside Arabic a sound-alike needs a preposition or cue too
            if (!arabic) return anyCue || first.capitalized() && !initial && !latin(surface);
            if (strongCue || listed) return true;
            return anyCue && (len > 1 || (consonants >= 4 && bestSound >= 0.95));
        }
        if (arabic && !strongCue && surface.length() < 5) return false; // قتل, صدت: verbs, not villages
        return (strongCue || listed) && bestSound >= MIN_SOUND_ALONE;
    }

    /**
     * A seat of local government or a town of 20,000 in an Arabic-speaking country, or in Israel,
     * whose towns Arabic media name daily (سديروت, نهاريا, كريات شمونة).
     */
    static boolean arabTown(Place p) {
        if (!PlaceCues.ARABIC_SPEAKING.contains(p.country()) && !p.country().equals("IL")) return false;
        String code = p.featureCode();
        return code.equals("PPLA2") || code.equals("PPLA3") || p.population() >= 20_000 || important(p);
    }

    /**
     * A town matched by sound alone after في/إلى must be this close and this big: everyday nouns after a
     * preposition sound like small district seats (حديث ~ Haditha, الميناء ~ Minya at 0.93-0.94).
     */
    static final double MIN_SOUND_TOWN = 0.95;

    /** Two words sounding like a town's two (كريات شمونة) are rarely prose: the looser bar of 0.92 and any district town. */
    static boolean soundTown(Candidate c, int words) {
        Place p = c.place();
        if (words > 1) return c.similarity() >= 0.92 && arabTown(p);
        return c.similarity() >= MIN_SOUND_TOWN && arabTown(p)
                && (p.population() >= 50_000 || p.featureCode().equals("PPLA") || p.isCapital());
    }

    /** Places a reporter names without introducing them: regions, capitals, big cities. */
    static boolean important(Place p) {
        return p.isCountry() || p.isAdmin1() || p.isCapital() || p.featureCode().equals("PPLA")
                || p.population() >= BIG_CITY;
    }

    /**
     * Places whose Arabic name alone is evidence enough. Arabic has no capital letters, and many
     * Arabic town names are also words (البلاد "the country", دوما the Duma): only countries,
     * regions, capitals and cities of half a million stand without a cue.
     */
    static boolean major(Place p) {
        return p.isCountry() || p.isAdmin1() || p.isCapital() || p.population() >= 500_000;
    }

    /** A word right after a settlement or region cue that no gazetteer knows: still a name. */
    private Found unknownName(String text, List<Token> tokens, int i, int sentence, Cue cue, boolean listed, Language lang) {
        Token t = tokens.get(i);
        if (t.isDigit() || StopWords.is(t.text(), lang)) return null;
        boolean arabic = ArabicText.isArabicLetter(t.text().charAt(0));
        int peeled = 0;
        if (arabic) {
            List<ArabicText.Reading> rs = ArabicText.readings(t.text());
            for (ArabicText.Reading r : rs) if (StopWords.is(r.stem(), lang)) return null;
            // a common noun after a cue carries the article (منطقة العمليات); a transcribed name does not
            if (t.text().startsWith("ال") || t.text().startsWith("وال") || t.text().startsWith("بال")) return null;
            if (hasPronounSuffix(t.text()) || endsWithTanween(t.text())) return null;
            // Slavic names end in ا, not the feminine ة of Arabic nouns (نتيجة "result");
            // and a list item must be long enough to be a transcription, not a verb like صدت
            String bare = t.text().substring(peeled);
            if (bare.endsWith("ة") || bare.endsWith("ه")) return null;
            // nor do they end in the Arabic plurals -ات and -ون (اشتباكات "clashes", مسلحون "gunmen")
            if (bare.endsWith("ات") || bare.endsWith("ون")) return null;
            // nor are they shaped like a verbal noun of form II, taf'il (تدمير "destruction", تحرير, تفجير): with
            // five times more villages known, such words follow a found village in "X وتدمير دبابة" far more often
            for (ArabicText.Reading r : rs) if (verbalNounFormTwo(r.stem())) return null;
            if (cue != Cue.SETTLEMENT && bare.length() < 5) return null;
            if (listed && rs.size() > 1 && rs.get(1).stem().length() >= 3) peeled = rs.get(1).peeled();
            // a short Arab village name right after its noun (وبلدة حاس) has two consonants; elsewhere two
            // consonants are a verb or a particle
            int consonants = cue == Cue.SETTLEMENT && bare.length() >= 3 ? 2 : 3;
            if (PhoneticKey.skeleton(t.text().substring(peeled)).length() < consonants) return null;
        } else if (!t.capitalized()) {
            return null;
        }
        int start = t.start() + peeled;
        return new Found(start, t.end(), sentence, text.substring(start, t.end()), List.of(), cue, listed);
    }

    /** {@code lang/ar/name-heads.txt}: أم، بيت، تل، عين، كفر، ود ... */
    private static final java.util.Set<String> AR_NAME_HEADS = Lexicon.of(Language.AR, "name-heads");

    /**
     * "قرية أم الخير", "بلدة ود الحليو": after a settlement noun, a head noun of Arab place names and the word after it are one
     * name, which the gazetteer may not know; alone, the head would be cut from its name or matched to some "Umm" or "Tall".
     * Null unless token {@code i} (or it after و) is such a head and a word of the same phrase follows.
     */
    private Found arabicHeadedName(String text, List<Token> tokens, int i, int sentence, Cue cue, boolean listed, Language lang) {
        if (i + 1 >= tokens.size()) return null;
        Token head = tokens.get(i), next = tokens.get(i + 1);
        if (!ArabicText.isArabicLetter(head.text().charAt(0)) || !ArabicText.isArabicLetter(next.text().charAt(0))) return null;
        if (!text.substring(head.end(), next.start()).isBlank()) return null;
        int peeled = -1;
        for (ArabicText.Reading r : ArabicText.readings(head.text())) {
            boolean and = r.peeled() == 1 && head.text().charAt(0) == '\u0648';
            if ((r.peeled() == 0 || and) && PlaceCues.in(AR_NAME_HEADS, r.stem(), lang)) peeled = r.peeled();
        }
        if (peeled < 0 || StopWords.is(next.text(), lang) || isCueWord(next.text(), lang) || hasPronounSuffix(next.text())) return null;
        for (ArabicText.Reading r : ArabicText.readings(next.text())) if (isCueWord(r.stem(), lang)) return null;
        int start = head.start() + peeled;
        return new Found(start, next.end(), sentence, text.substring(start, next.end()), List.of(), cue, listed);
    }

    static boolean verbalNounFormTwo(String w) {
        return w.length() == 5 && w.charAt(0) == 'ت' && w.charAt(3) == 'ي';
    }

    /** A list that continues a village may name an unknown village; one after a region usually does not. */
    private static boolean isSettlementItem(Found f) {
        if (f == null || f.cue() == Cue.REGION) return false;
        if (f.candidates().isEmpty()) return true; // an unknown name after a settlement cue
        for (Candidate c : f.candidates()) if (!c.place().isSettlement()) return false;
        return true;
    }

    /** Arabic words with an attached pronoun (تكبيدها "inflicting it", بلاده "his country") are not names. */
    static boolean hasPronounSuffix(String w) {
        if (w.length() < 5) return false;
        return w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما") || w.endsWith("كم") || w.endsWith("هن");
    }

    /** "Kursk region", "Курской области": the region word belongs to the name (gold spans include it). */
    private Found withRegionWordAfter(String text, List<Token> tokens, int lastIdx, Found f, Language lang) {
        if (lastIdx + 1 >= tokens.size()) return f;
        Token next = tokens.get(lastIdx + 1);
        if (!onlySpaceBetween(text, f.end(), next.start())) return f;
        // "the Kursk border region": a qualifier between the name and its region noun
        if (PlaceCues.in(REGION_QUALIFIER, next.text(), lang) && lastIdx + 2 < tokens.size()
                && onlySpaceBetween(text, next.end(), tokens.get(lastIdx + 2).start())) {
            next = tokens.get(lastIdx + 2);
        }
        if (!PlaceCues.in(PlaceCues.REGION, next.text(), lang)) return f;
        return new Found(f.start(), next.end(), f.sentence(), f.name(), f.candidates(), Cue.REGION, f.listed());
    }

    private static final java.util.Set<String> REGION_QUALIFIER = Lexicon.ofAll("region-qualifiers");

    private static final java.util.Set<String> TOWN_REGION_GAP = java.util.Set.of(",", "،", "in", "в", "у", "في", "بمحافظة", "بولاية");

    /** Whether {@code f} can be the first-level region holding the town named just before it. */
    private static boolean regionOf(Found f, Found town) {
        for (Candidate r : f.candidates()) {
            if (!r.place().isAdmin1() || r.place().admin1Code().isEmpty()) continue;
            for (Candidate t : town.candidates()) {
                if (t.place().isSettlement() && inRegion(t.place(), r.place())) return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PLURAL_REGION = java.util.regex.Pattern.compile(
            "(?iu).*\\s(regions|oblasts|provinces|governorates|districts|областях|областей|областям|областях|областях)$");

    private static boolean pluralRegionWord(String span) {
        return PLURAL_REGION.matcher(span).matches();
    }

    private static Cue cueBefore(List<Token> tokens, int i, Language lang) {
        // "the village of Kherbet", "the province of Sourou": English links the noun to its name with "of"
        if (i >= 2 && PlaceCues.in(PlaceCues.NAME_LINK, tokens.get(i - 1).text(), lang)) {
            String noun = tokens.get(i - 2).text();
            if (PlaceCues.in(PlaceCues.SETTLEMENT, noun, lang)) return Cue.SETTLEMENT;
            if (PlaceCues.in(PlaceCues.REGION, noun, lang)) return Cue.REGION;
        }
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            Token t = tokens.get(i - back);
            for (ArabicText.Reading r : readingsOf(t)) {
                String w = r.stem();
                // "في البلدة صباح اليوم": the head of a name (مدينة حلب) never takes the article; with it the noun is
                // "the town" already named, and the word after it is no name
                boolean definite = definiteReading(t, r);
                if (!definite && PlaceCues.in(PlaceCues.REGION, w, lang)) return Cue.REGION;
                if (!definite && PlaceCues.in(PlaceCues.SETTLEMENT, w, lang)) return Cue.SETTLEMENT;
                if (PlaceCues.in(PlaceCues.DIRECTION, w, lang)) return Cue.DIRECTION;
                if (back == 1 && (PlaceCues.in(PlaceCues.PREPOSITION, w, lang) || PlaceCues.in(PlaceCues.BETWEEN, w, lang))) {
                    return Cue.PREPOSITION;
                }
                // "بعد سقوط الفاشر", "تحرير بلدة": a town falls or is taken, as it is "in" or "at" one
                if (back == 1 && PlaceCues.in(PlaceCues.CAPTURE_NOUN, w, lang)) return Cue.PREPOSITION;
                if (back == 1 && r.peeled() == 0 && ON.equals(PlaceCues.fold(w, lang)) && firedBefore(tokens, i - 1, lang)) {
                    return Cue.PREPOSITION;
                }
                // "قصفت بلدات في ريف إدلب، بينها كفرنبل وحاس": "among them" after a plural settlement noun
                if (back == 1 && PlaceCues.in(PlaceCues.INCLUDING, w, lang) && pluralSettlementBefore(tokens, i - 1, lang)) {
                    return Cue.SETTLEMENT;
                }
            }
            // "بالقرب من X", "в районе X": look one word further only through a preposition
            if (!PlaceCues.in(PlaceCues.PREPOSITION, t.text(), lang)) break;
        }
        return Cue.NONE;
    }

    private static final String ON = PlaceCues.fold("على", Language.AR);

    /** Whether reading {@code r} of token {@code t} took off the article (البلدة، بالمدينة، للمنطقة). */
    private static boolean definiteReading(Token t, ArabicText.Reading r) {
        if (r.peeled() < 2) return false;
        String peeled = t.text().substring(r.peeled() - 2, r.peeled());
        return peeled.equals(ArabicText.DEFINITE_ARTICLE_STRING) || peeled.equals("\u0644\u0644");
    }

    /** "ضواحي المدينة", "في المنطقة": a settlement or region noun with the article is "the city", "the area", never a name. */
    private static boolean definiteCueNoun(Token t, Language lang) {
        for (ArabicText.Reading r : readingsOf(t)) {
            if (definiteReading(t, r) && (PlaceCues.in(PlaceCues.SETTLEMENT, r.stem(), lang) || PlaceCues.in(PlaceCues.REGION, r.stem(), lang))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a plural settlement noun (بلدات، قرى، villages, сёл) stands in the sentence before token {@code k}. */
    private static boolean pluralSettlementBefore(List<Token> tokens, int k, Language lang) {
        for (int j = k - 1; j >= 0; j--) {
            for (ArabicText.Reading r : readingsOf(tokens.get(j))) {
                if (PlaceCues.in(PlaceCues.SETTLEMENT_PLURAL, r.stem(), lang)) return true;
            }
        }
        return false;
    }

    /** Whether a word of firing or seizing stands within the four words before على at {@code on}. */
    private static boolean firedBefore(List<Token> tokens, int on, Language lang) {
        for (int k = on - 1; k >= Math.max(0, on - 4); k--) {
            for (ArabicText.Reading r : readingsOf(tokens.get(k))) {
                if (PlaceCues.in(PlaceCues.FIRE_BEFORE_ON, r.stem(), lang)) return true;
            }
        }
        return false;
    }

    private static boolean blockedBefore(List<Token> tokens, int i, Language lang) {
        if (i == 0) return false;
        Token prev = tokens.get(i - 1);
        // "Губернатор Белгородской области Вячеслав Гладков", "Governor of Belgorod region": the title's region
        // comes first, then the person
        boolean titlesRegion = i + 1 < tokens.size() && PlaceCues.in(PlaceCues.REGION, tokens.get(i + 1).text(), lang);
        for (ArabicText.Reading r : readingsOf(prev)) {
            String f = PlaceCues.fold(r.stem(), lang);
            if (PlaceCues.NOT_PLACE_BEFORE.contains(f) || PlaceCues.GIVEN_NAME.contains(f)) return true;
            if (PlaceCues.PERSON_TITLE.contains(f) && !titlesRegion) return true;
        }
        if (titlesRegion) return false;
        // "الرئيس الروسي فلاديمير": a title, then an adjective of nationality, then the person
        if (i >= 2) {
            for (ArabicText.Reading r : readingsOf(tokens.get(i - 2))) {
                if (PlaceCues.in(PlaceCues.PERSON_TITLE, r.stem(), lang)) return true;
            }
        }
        return false;
    }

    /** Titles of a state's head or minister, which Russian and Ukrainian follow with the state in the genitive. */
    private static final java.util.Set<String> STATE_TITLES = java.util.Set.of("президент", "министр", "міністр",
            "премьер", "прем'єр", "прем’єр", "канцлер", "король", "глава", "голова", "лидер", "лідер");

    private static boolean stateTitleBefore(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || t.text().isEmpty() || Character.UnicodeScript.of(t.text().charAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return false;
        }
        return STATE_TITLES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    private static boolean namesCountry(List<Candidate> cands) {
        for (Candidate c : cands) {
            if (c.place().isCountry() && (c.kind() == MatchKind.EXACT || c.kind() == MatchKind.STEM)) return true;
        }
        return false;
    }

    /**
     * "группировки войск «Днепр»", "угруповання військ «Хортиця»": a quoted name one or two words after a unit's
     * or an outlet's noun is that unit's name, though a city's.
     */
    private static boolean quotedUnitName(String text, List<Token> tokens, int i, Language lang) {
        if (i == 0 || text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).chars().noneMatch(c -> c == '«' || c == '"' || c == '“')) {
            return false;
        }
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            if (PlaceCues.in(PlaceCues.NOT_PLACE_BEFORE, tokens.get(i - back).text(), lang)) return true;
        }
        return false;
    }

    private static List<ArabicText.Reading> readingsOf(Token t) {
        return ArabicText.isArabicLetter(t.text().charAt(0)) ? ArabicText.readings(t.text())
                : List.of(new ArabicText.Reading(t.text(), 0));
    }

    /** Whether token i continues a list whose previous item (ending at token lastEnd) was a place. */
    private static boolean listedAfter(String text, List<Token> tokens, int i, int lastEnd, Language lang) {
        // "الشيخ عقيل" و"جمعية المعري" و"حور": quoted items joined by و hold the list across one no gazetteer knows
        if (lastEnd >= 0 && i - lastEnd > 2 && i - lastEnd <= 6 && quotedWawItem(text, tokens, i)
                && quotedWawItem(text, tokens, lastEnd + 2)) return true;
        if (lastEnd != i - 1 && lastEnd != i - 2) return false;
        Token prev = tokens.get(lastEnd);
        Token cur = tokens.get(i);
        String gap = text.substring(prev.end(), cur.start());
        if (lastEnd == i - 2) {
            // "Sudzha and Korenevo", "Суджа и Коренево"; Arabic و stands alone before a quoted item: "بالا" و"حور"
            String conj = tokens.get(i - 1).text().toLowerCase();
            return (conj.equals("and") || conj.equals("и") || conj.equals("та") || conj.equals("і") || conj.equals("or")
                    || conj.equals("\u0648"))
                    && !gap.contains(".");
        }
        String g = gap.replace('"', ' ').replace('«', ' ').replace('»', ' ').replace('“', ' ').replace('”', ' ').strip();
        if (g.equals(",") || g.equals("،") || g.equals("/")) return true;
        // Arabic و glued to the next item: "بليخوفو وسفيردليكوفو"
        return g.isEmpty() && cur.text().length() >= 3 && cur.text().charAt(0) == '\u0648';
    }

    /** Whether token k opens a quoted Arabic item after a free-standing و that follows a closing quote: ..." و"X. */
    private static boolean quotedWawItem(String text, List<Token> tokens, int k) {
        if (k < 2 || k >= tokens.size() || !tokens.get(k - 1).text().equals("\u0648")) return false;
        String before = text.substring(tokens.get(k - 2).end(), tokens.get(k - 1).start());
        String after = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
        return before.strip().matches("[\"”»]") && after.strip().matches("[\"“«]");
    }

    /** A span may not run across punctuation, and outside Arabic every word must be capitalised. */
    private static boolean spanShape(String text, List<Token> tokens, int i, int len, Language lang) {
        Token first = tokens.get(i);
        boolean arabic = ArabicText.isArabicLetter(first.text().charAt(0));
        if (!arabic && !first.capitalized() && !(len > 1 && romanisedArticle(text, tokens, i))) return false;
        for (int k = i; k < i + len; k++) {
            Token t = tokens.get(k);
            if (ArabicText.isArabicLetter(t.text().charAt(0)) != arabic) return false;
            if (k > i) {
                if (!onlySpaceBetween(text, tokens.get(k - 1).end(), t.start())) return false;
                boolean regionWordLast = k == i + len - 1 && PlaceCues.in(PlaceCues.REGION, t.text(), lang);
                if (!arabic && !t.capitalized() && !connector(t.text()) && !regionWordLast) return false;
                if (arabic && (StopWords.is(t.text(), lang) || isCueWord(t.text(), lang))) return false;
                // a و-prefixed word inside an Arabic span starts the next list item, not this name
                if (arabic && t.text().charAt(0) == '\u0648' && len > 1 && k == i + len - 1 && t.text().length() > 4) return false;
            }
        }
        if (!arabic && connector(tokens.get(i + len - 1).text())) return false;
        // "ООН Антони" (the UN, then a person) is no two-word name; "Washington DC" may end in one
        if (!arabic && len > 1 && acronym(first.text())) return false;
        return true;
    }

    /**
     * "Lloyd Austin", "Wagner Group", "Andrei Belousov": a capitalised word right after another one
     * that is no place, no title and no nationality word is the tail of a longer proper name.
     */
    private boolean insideLongerName(String text, List<Token> tokens, int i) {
        if (i == 0) return false;
        // the tail of "Paris Hilton", whose head was already read as a first name
        if (headOfLongerName(text, tokens, i - 1, null)) return true;
        Token prev = tokens.get(i - 1);
        if (!prev.capitalized() || sentenceInitial(prev) && !PlaceCues.in(PlaceCues.GIVEN_NAME, prev.text(), null)) return false;
        if (!onlySpaceBetween(text, prev.end(), tokens.get(i).start())) return false;
        String w = prev.text();
        // a declined abbreviation is a common noun (ударили КАБами Ізюм), no head of a name
        if (PlaceCues.inflectedAbbreviation(w)) return false;
        if (PlaceCues.in(PlaceCues.REGION, w, null) || PlaceCues.in(PlaceCues.SETTLEMENT, w, null)
                || PlaceCues.in(PlaceCues.DIRECTION, w, null) || PlaceCues.in(PlaceCues.PREPOSITION, w, null)) return false;
        if (DEMONYMS.contains(w.toLowerCase(Locale.ROOT))) return false;
        // a place before it ("Sumy Kharkiv"?) is rare; a place name before is a list without comma: keep
        return gazetteer.exact(w).stream().noneMatch(c -> important(c.place()) || c.curated());
    }

    /**
     * "Victoria Nuland", "Jordan Peterson", "Israel Katz", "Paris Hilton": a place name followed, with only
     * a space between, by a capitalised word that is no place, no place word and no nationality is the
     * first name of a person or the head of a longer proper name.
     */
    private boolean headOfLongerName(String text, List<Token> tokens, int i, Language lang) {
        if (i + 1 >= tokens.size()) return false;
        Token self = tokens.get(i), next = tokens.get(i + 1);
        // Latin script only: Russian capitalises whole region names (Донецкой Народной Республике, Одеської ОВА)
        if (!latin(self.text()) || !self.capitalized()) return false;
        // romanised Arabic names open with such words: Ain Issa, Tal Abyad, Deir Hafer, Kafr Nabl
        if (ARABIC_NAME_HEADS.contains(self.text().toLowerCase(Locale.ROOT))) return false;
        if (!next.capitalized() || self.text().endsWith("'s") || self.text().endsWith("’s")) return false;
        if (!text.substring(self.end(), next.start()).equals(" ")) return false;
        String w = next.text();
        if (PlaceCues.in(PlaceCues.REGION, w, lang) || PlaceCues.in(PlaceCues.SETTLEMENT, w, lang)
                || PlaceCues.in(PlaceCues.DIRECTION, w, lang) || PlaceCues.in(PlaceCues.PREPOSITION, w, lang)
                || PlaceCues.in(PlaceCues.ORGANISATION_AFTER, w, lang) || PlaceCues.in(PlaceCues.ORGANISATION_MODIFIER, w, lang)
                || StopWords.is(w, lang) || connector(w.toLowerCase(Locale.ROOT))) return false;
        if (DEMONYMS.contains(w.toLowerCase(Locale.ROOT)) || NAME_TAILS.contains(w.toLowerCase(Locale.ROOT))) return false;
        // "Sumy Kharkiv" (a list without its comma) or a two-word place the gazetteer knows
        // ("Paris Hilton": Hilton is a few small towns somewhere, not a place a reporter names bare)
        return gazetteer.exact(w).stream().noneMatch(c -> important(c.place()) || c.curated())
                && gazetteer.stem(w).stream().noneMatch(c -> important(c.place()) || c.curated());
    }

    /** Russian and Ukrainian surnames: Иванов/Иванова, Петров, Пушкин, Шевченко, Ковальчук, Петрович. */
    private static final java.util.regex.Pattern CYRILLIC_SURNAME = java.util.regex.Pattern.compile(
            "(?iu)\\p{IsCyrillic}{2,}(ов|ова|ову|овой|ым|ев|ева|еву|евой|ёв|ёва|ин|ина|ину|иной|ын|ына|енко|ук|юк|чук|ич|ича|вич|вна|вны)");

    /**
     * "Анна Петрова", "Ольга Иванова", "Вера Гончарова": two capitalised Cyrillic words side by side, one of
     * them shaped like a surname, are a person, not a village Анна (Voronezh oblast) or Petrove. Only in the
     * nominative-like position: after a preposition ("в Москве Иванов заявил") the name is a place.
     */
    private static boolean cyrillicPersonName(String text, List<Token> tokens, int i, Language lang) {
        Token self = tokens.get(i);
        if (!self.capitalized() || self.text().isEmpty() || Character.UnicodeScript.of(self.text().codePointAt(0)) != Character.UnicodeScript.CYRILLIC) {
            return false;
        }
        if (i > 0 && (PlaceCues.in(PlaceCues.PREPOSITION, tokens.get(i - 1).text(), lang) || isCueWord(tokens.get(i - 1).text(), lang))) {
            return false;
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.capitalized() && text.substring(self.end(), next.start()).equals(" ")
                    && CYRILLIC_SURNAME.matcher(next.text()).matches() && !PlaceCues.cyrillicAdjectiveAny(next.text())) {
                return true;
            }
        }
        if (i > 0) {
            Token prev = tokens.get(i - 1);
            // "писал Смирнов", "сказал Петров": a surname-shaped word right after a verb of speech is the speaker
            if (!prev.capitalized() && text.substring(prev.end(), self.start()).equals(" ") && PlaceCues.personalVerb(prev.text())
                    && CYRILLIC_SURNAME.matcher(self.text()).matches()) {
                return true;
            }
            return prev.capitalized() && text.substring(prev.end(), self.start()).equals(" ")
                    && CYRILLIC_SURNAME.matcher(self.text()).matches() && PlaceCues.in(PlaceCues.GIVEN_NAME, prev.text(), lang);
        }
        return false;
    }

    /**
     * "Вера рассказала", "сказала Надежда", "пенсионерка Любовь", "мать Марьяна", "по словам Антони": a lone
     * Cyrillic first name with a person's word beside it and no place cue before it is a person, though some
     * village bears the name (Надежда, Анна) or a city sounds like it (Марьяна ~ Maliana). After в/у/под/біля,
     * after село or in a list of places it stays a place.
     */
    private static boolean lonePersonName(String text, List<Token> tokens, int i, Cue cue, boolean listed,
                                          List<Candidate> cands, Language lang) {
        Token self = tokens.get(i);
        if (cue != Cue.NONE || listed) return false;
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        boolean adjacent = prev != null && onlySpaceBetween(text, prev.end(), self.start());
        if (adjacent && PlaceCues.in(PlaceCues.SPEAKER_INTRO, prev.text(), lang) && PlaceCues.cyrillicFirstName(self.text())) return true;
        // only a nominative names the person: "жители Анны", "житель Надежды" are the residents of a village
        if (!PlaceCues.cyrillicFirstNameNominative(self.text())) return false;
        // right before, or over one word (местная жительница Вера, 73-летняя пенсионерка Любовь, жительница Суджи Вера)
        for (int back = 1; back <= 2 && i - back >= 0; back++) {
            Token t = tokens.get(i - back);
            if (!onlySpaceBetween(text, t.end(), tokens.get(i - back + 1).start())) break;
            if (PlaceCues.in(PlaceCues.PERSON_NOUN, t.text(), lang)) return true;
        }
        // "София заявила": a capital or a country speaking is its government, which MetonymyDetector rules on
        // (a mere sound-alike does not count: Ольга ~ Wellington)
        if (cands.stream().anyMatch(c -> c.kind() != MatchKind.PHONETIC && c.kind() != MatchKind.FUZZY
                && (c.place().isCapital() || c.place().isCountry() || c.place().isAdmin1()))) return false;
        if (i + 1 < tokens.size() && onlySpaceBetween(text, self.end(), tokens.get(i + 1).start())
                && PlaceCues.personalVerb(tokens.get(i + 1).text())) return true;
        return adjacent && PlaceCues.personalVerb(prev.text());
    }

    private static boolean latin(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static final java.util.Set<String> ARABIC_NAME_HEADS = java.util.Set.of("ain", "ayn", "ras", "tal", "tall", "tell",
            "deir", "dayr", "kafr", "kfar", "beit", "bayt", "bir", "khan", "jabal", "jebel", "wadi", "abu", "umm", "bani",
            "beni", "nahr", "jisr", "qasr", "sheikh", "shaykh", "hay", "hayy", "mazraat", "tel", "maarat", "marat");

    /** Words that continue a place's own name or date it, not a person's: Donetsk People's Republic, Kyiv Monday. */
    private static final java.util.Set<String> NAME_TAILS = java.util.Set.of("people's", "republic", "strip", "bank", "valley",
            "heights", "airport", "port", "station", "bridge", "dam", "plant", "oblast", "krai", "raion", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "on", "in", "at");

    private static final java.util.Set<String> DEMONYMS = java.util.Set.of("russian", "ukrainian", "belarusian", "syrian",
            "lebanese", "israeli", "palestinian", "sudanese", "yemeni", "iraqi", "iranian", "american", "korean", "western",
            "eastern", "northern", "southern", "central", "occupied", "liberated", "российский", "украинский");

    private static boolean sentenceInitial(Token t) {
        return t.index() == 0;
    }

    /** After an opening quote a capital letter starts a quoted sentence: «Игра ...» proves nothing. */
    private static boolean afterOpeningQuote(String text, Token t) {
        for (int k = t.start() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) continue;
            return c == '«' || c == '“' || c == '"' || c == '„' || c == '(' || c == ':';
        }
        return true;
    }

    private static boolean hyphenedTail(String text, Token first) {
        return first.start() > 0 && (text.charAt(first.start() - 1) == '-' || text.charAt(first.start() - 1) == '‑')
                && Character.UnicodeScript.of(first.text().charAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean hyphenedHead(String text, Token last) {
        return last.end() < text.length() && (text.charAt(last.end()) == '-' || text.charAt(last.end()) == '‑')
                && Character.UnicodeScript.of(last.text().charAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** English nouns of an administrative area that follow its name: "Sourou province", "Kyaukme Township". */
    private static final java.util.Set<String> AREA_NOUN_AFTER = java.util.Set.of("province", "district", "township", "county",
            "governorate", "prefecture", "municipality", "raion", "oblast");

    /**
     * "attacks in Sourou province", "Kyaukme Township": a capitalised word with an area noun after it names a
     * district the gazetteer may lack (it holds first-level regions and settlements); reported unplaced rather
     * than lost. Not after another capitalised word (the tail of a longer name) nor a nationality.
     */
    private static boolean namedDistrict(String text, List<Token> tokens, int i, Language lang) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size() || !t.capitalized() || ArabicText.isArabicLetter(t.text().charAt(0)) || acronym(t.text())
                || Character.UnicodeScript.of(t.text().charAt(0)) != Character.UnicodeScript.LATIN) return false;
        Token noun = tokens.get(i + 1);
        if (!AREA_NOUN_AFTER.contains(noun.text().toLowerCase(Locale.ROOT)) || !onlySpaceBetween(text, t.end(), noun.start())) return false;
        if (StopWords.is(t.text(), lang) || isCueWord(t.text(), lang) || StopWords.isMonth(t.text(), lang)
                || DEMONYMS.contains(t.text().toLowerCase(Locale.ROOT))) return false;
        return i == 0 || !tokens.get(i - 1).capitalized() || sentenceInitial(tokens.get(i - 1))
                || !onlySpaceBetween(text, tokens.get(i - 1).end(), t.start());
    }

    /** Whether an English name ends in the noun of an administrative area ("Sanmatenga province"): a container, not a town. */
    static boolean namesArea(String surface) {
        int space = surface.lastIndexOf(' ');
        return space > 0 && AREA_NOUN_AFTER.contains(surface.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * "Maj. Gen. Ahmed", "on Aug. 14": a short word with a full stop inside the sentence is an abbreviation (the sentence
     * splitter ends a sentence at a name's full stop), not a place it spells the start of (Majuro, Augusta).
     */
    private static boolean abbreviation(String text, Token t, Sentence s) {
        if (t.end() >= text.length() || text.charAt(t.end()) != '.' || t.text().length() > 4) return false;
        int end = s.end();
        while (end > t.end() && Character.isWhitespace(text.charAt(end - 1))) end--;
        return t.end() + 1 < end && Character.UnicodeScript.of(t.text().charAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** "el-Obeid", "al-Fasher": a lowercase romanised Arabic article hyphened to a capitalised name opens it. */
    private static boolean romanisedArticle(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.text().equals("el") || t.text().equals("al")) && i + 1 < tokens.size() && t.end() < text.length()
                && text.charAt(t.end()) == '-' && tokens.get(i + 1).start() == t.end() + 1 && tokens.get(i + 1).capitalized();
    }

    private static boolean connector(String w) {
        return switch (w) {
            case "on", "upon", "de", "del", "la", "al", "el", "na", "nad", "pod", "of",
                 // the Arabic article as romanised before sun letters: Deir ez-Zor, Ras al-Ain, Ash Shaddadi
                 "ad", "an", "ar", "as", "ash", "at", "az", "ed", "en", "er", "es", "et", "ez", "ud", "un", "ur", "us",
                 "bin", "ibn", "du", "des", "da", "dos", "do" -> true;
            default -> false;
        };
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !Token.isInvisible(c) && c != '-') return false;
        }
        return true;
    }

    private static boolean peeledPreposition(String word, int peeled) {
        char c = word.charAt(peeled - 1);
        if (c == 'ل' && peeled >= 2 && word.charAt(peeled - 2) == 'ا') c = word.charAt(Math.max(0, peeled - 3));
        return c == 'ب' || c == 'ل' || c == 'ك';
    }

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) return w.substring(0, w.length() - 2);
        return w;
    }
}
