package org.kharita.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import org.kharita.extract.Event.DatePrecision;
import org.kharita.extract.EventType;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The current filter's events as files other tools open unchanged: CSV in ACLED's columns (UTF-8
 * with a byte-order mark, which Excel needs to read Arabic and Cyrillic), GeoJSON (RFC 7946,
 * lon/lat, for QGIS) and KML 2.2 (Google Earth), each streamed row by row.
 */
@Service
public class EventExport {
    /** ACLED's column names, then ours. */
    public static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities", "claimedBy", "reportedVia", "fused_id", "fused_sources",
            "fused_contested");

    private final Corpus corpus;

    EventExport(Corpus corpus) {
        this.corpus = corpus;
    }

    public void csv(EventFilter filter, OutputStream out) throws IOException {
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        try (SequenceWriter rows = mapper.writerFor(List.class).with(schema.build())
                .with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).writeValues(w)) {
            corpus.forEachEvent(filter, r -> {
                try {
                    rows.write(neutraliseFormulas(csvRow(r, fused(r))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        w.flush();
    }

    /** The fused event of a report: its id, independent sources and whether its reports disagree. */
    record Fused(long id, int sources, boolean contested) {
        static Fused alone(EventRow r) {
            return new Fused(r.id(), 1, false);
        }
    }

    private Fused fused(EventRow r) {
        var d = corpus.disagreement(r.id());
        return new Fused(corpus.fusedId(r.id()), d.sources(), d.contested());
    }

    static List<Object> csvRow(EventRow r) {
        return csvRow(r, Fused.alone(r));
    }

    /**
     * A row of the events file (one per fused event, its earliest report standing for it) or of the reports
     * file (every report): either way it names its fused event, so the two files join on fused_id.
     */
    static List<Object> csvRow(EventRow r, Fused f) {
        EventType type = EventType.fromCode(r.type());
        return new ArrayList<>(Arrays.asList(id(r), r.dateStart() == null ? "" : r.dateStart().toString(),
                r.dateStart() == null ? "" : String.valueOf(r.dateStart().getYear()), String.valueOf(timePrecision(r)),
                type.acledType(), type.acledSubType(), nz(r.actor1()), nz(r.actor2()), nz(r.country()), nz(r.admin1()),
                nz(r.placeName()), String.valueOf(r.lat()), String.valueOf(r.lon()), String.valueOf(r.locationPrecision()),
                nz(r.source()), nz(r.text()), r.fatalities() == null ? "" : String.valueOf(r.fatalities()),
                nz(r.claimedBy()), nz(r.reportedVia()), String.valueOf(f.id()), String.valueOf(f.sources()),
                String.valueOf(f.contested())));
    }

    /** Columns that only ever hold numbers we wrote ourselves: a leading '-' there is a sign, not a formula. */
    private static final Set<String> NUMERIC_COLUMNS = Set.of("year", "time_precision", "latitude",
            "longitude", "geo_precision", "fatalities");

    /**
     * OWASP's advice against CSV injection: a text cell that a spreadsheet would read as a formula
     * ({@code =HYPERLINK(...)} in a headline from a dataset or an article) gets a leading apostrophe,
     * which Excel and LibreOffice show as plain text. Only the CSV gets this: GeoJSON and KML readers
     * never evaluate cells.
     */
    static List<Object> neutraliseFormulas(List<Object> row) {
        for (int i = 0; i < row.size(); i++) {
            if (NUMERIC_COLUMNS.contains(CSV_COLUMNS.get(i))) continue;
            if (row.get(i) instanceof String s && startsLikeAFormula(s)) row.set(i, "'" + s);
        }
        return row;
    }

    static boolean startsLikeAFormula(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    public void geoJson(EventFilter filter, OutputStream out) throws IOException {
        JsonFactory factory = new JsonFactory();
        factory.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            corpus.forEachEvent(filter, r -> {
                try {
                    feature(g, r, csvRow(r, fused(r)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void feature(JsonGenerator g, EventRow r, List<Object> values) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(r.lon());
        g.writeNumber(r.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        for (int i = 0; i < CSV_COLUMNS.size(); i++) {
            String name = CSV_COLUMNS.get(i);
            if (name.equals("latitude") || name.equals("longitude")) continue;
            g.writeStringField(name, String.valueOf(values.get(i)));
        }
        if (r.area() != null) {
            g.writeArrayFieldStart("area_bbox");
            g.writeNumber(r.area().minLon());
            g.writeNumber(r.area().minLat());
            g.writeNumber(r.area().maxLon());
            g.writeNumber(r.area().maxLat());
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    public void kml(EventFilter filter, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("kml");
            x.writeDefaultNamespace("http://www.opengis.net/kml/2.2");
            x.writeStartElement("Document");
            element(x, "name", "Kharita events");
            corpus.forEachEvent(filter, r -> {
                try {
                    placemark(x, r, csvRow(r, fused(r)));
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void placemark(XMLStreamWriter x, EventRow r, List<Object> values) throws XMLStreamException {
        x.writeStartElement("Placemark");
        x.writeAttribute("id", id(r));
        element(x, "name", nz(r.placeName()) + " · " + EventType.fromCode(r.type()).acledSubType());
        // Google Earth renders a description as HTML: the text is HTML-escaped inside CDATA so that
        // markup in an article ("<img onerror=...>") shows as the characters it is.
        x.writeStartElement("description");
        x.writeCData(Entities.escape(xmlChars(nz(r.text()))));
        x.writeEndElement();
        if (r.dateStart() != null) {
            x.writeStartElement("TimeSpan");
            element(x, "begin", r.dateStart().toString());
            element(x, "end", (r.dateEnd() == null ? r.dateStart() : r.dateEnd()).toString());
            x.writeEndElement();
        }
        x.writeStartElement("ExtendedData");
        for (int i = 0; i < CSV_COLUMNS.size(); i++) {
            x.writeStartElement("Data");
            x.writeAttribute("name", CSV_COLUMNS.get(i));
            element(x, "value", String.valueOf(values.get(i)));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeStartElement("Point");
        element(x, "coordinates", r.lon() + "," + r.lat());
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlChars(text));
        x.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters even escaped; a source's stray ones are dropped. */
    private static String xmlChars(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }

    /** ACLED: 1 the day, 2 a week or a few days, 3 a month or longer. */
    static int timePrecision(EventRow r) {
        if (r.datePrecision() == null || r.datePrecision() == DatePrecision.DAY) {
            return r.dateEnd() != null && r.dateStart() != null && !r.dateEnd().equals(r.dateStart()) ? 2 : 1;
        }
        return 3;
    }

    static String id(EventRow r) {
        if (r.externalId() != null) return r.externalId();
        return "KH-" + (r.eventId() == null ? "" : r.eventId() + "-") + r.id();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
