package org.kharita.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kharita.extract.Analysis;
import org.kharita.extract.Event;
import org.kharita.extract.Mention;
import org.kharita.geo.Place;
import org.kharita.geo.Resolution;

import java.util.Map;

/** The geoparse JSON of ../shared/design/CONTRACT.md. Fields may be added here, never renamed. */
public final class AnalysisJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    public static ObjectNode of(Analysis a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("language", a.language().code());
        if (a.publishedAt() != null) root.put("publishedAt", a.publishedAt().toString());
        else root.putNull("publishedAt");
        ArrayNode mentions = root.putArray("mentions");
        for (Mention m : a.mentions()) mentions.add(mention(m));
        ArrayNode events = root.putArray("events");
        for (Event e : a.events()) events.add(event(e));
        return root;
    }

    static ObjectNode mention(Mention m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("sentence", m.sentence());
        o.put("literal", m.literal());
        Resolution r = m.resolution();
        if (r == null || r.place() == null) {
            o.putNull("place");
            // weighed and left unresolved (a namesake far from the article's places): say why, and what was weighed
            if (r != null && !r.alternatives().isEmpty()) {
                o.put("unresolved", r.explanation());
                ArrayNode cands = o.putArray("candidates");
                for (Resolution.Alternative alt : r.alternatives()) cands.add(place(alt.place()).put("score", alt.score()));
            }
            return o;
        }
        ObjectNode p = place(r.place());
        p.put("confidence", r.confidence());
        // Added field (CONTRACT.md allows additions): how far off a coarse point may be; absent when it is the place.
        if (r.approximate()) p.put("approximateKm", Math.round(r.coordinateKm()));
        p.put("explanation", r.explanation());
        ArrayNode alts = p.putArray("alternatives");
        for (Resolution.Alternative alt : r.alternatives()) {
            alts.add(place(alt.place()).put("score", alt.score()));
        }
        o.set("place", p);
        return o;
    }

    static ObjectNode place(Place pl) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("id", pl.id());
        p.put("name", pl.name());
        p.put("lat", pl.lat());
        p.put("lon", pl.lon());
        p.put("featureCode", pl.featureCode());
        p.put("country", pl.country());
        p.put("admin1", pl.admin1());
        if (pl.bbox() != null) {
            ArrayNode b = p.putArray("bbox");
            b.add(pl.bbox().minLon()).add(pl.bbox().minLat()).add(pl.bbox().maxLon()).add(pl.bbox().maxLat());
        }
        return p;
    }

    static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().code());
        o.put("acledEventType", e.type().acledType());
        o.put("acledSubEventType", e.type().acledSubType());
        if (e.date() != null) o.put("date", e.date().toString());
        else o.putNull("date");
        // a precision without a date would claim more than we know
        if (e.date() != null && e.datePrecision() != null) o.put("datePrecision", e.datePrecision().name().toLowerCase());
        else o.putNull("datePrecision");
        o.put("dateNote", e.dateNote());
        ObjectNode s = o.putObject("sentence");
        s.put("index", e.sentence().index());
        s.put("start", e.sentence().start());
        s.put("end", e.sentence().end());
        ArrayNode places = o.putArray("places");
        e.places().forEach(places::add);
        // 0: no place on the map (none named, or a name the resolver could not place), so no precision to state
        if (e.locationPrecision() > 0) o.put("locationPrecision", e.locationPrecision());
        else o.putNull("locationPrecision");
        ArrayNode actors = o.putArray("actors");
        ArrayNode roles = o.putArray("actorRoles");
        for (Event.Actor a : e.actors()) {
            actors.add(a.name());
            roles.addObject().put("name", a.name()).put("role", a.role().name().toLowerCase());
        }
        if (e.claimedBy() != null) o.put("claimedBy", e.claimedBy());
        else o.putNull("claimedBy");
        if (e.reportedVia() != null) o.put("reportedVia", e.reportedVia());
        else o.putNull("reportedVia");
        ObjectNode counts = o.putObject("counts");
        ObjectNode details = o.putObject("countDetails");
        for (Map.Entry<String, Event.Count> c : e.counts().entrySet()) {
            counts.put(c.getKey(), c.getValue().value());
            details.putObject(c.getKey())
                    .put("value", c.getValue().value())
                    .put("qualifier", c.getValue().qualifier().name().toLowerCase())
                    .put("phrase", c.getValue().phrase());
        }
        if (e.group() != null) o.put("group", e.group());
        return o;
    }
}
