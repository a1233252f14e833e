package org.kharita.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kharita.corpus.EventExport;
import org.kharita.corpus.EventFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /export/events.{csv,geojson,kml}?(the viewer's own query): the file for exactly the filter a
 * permalink shows. Parameters that do not read are ignored as in the viewer, and named in a header.
 */
@RestController
class ExportController {
    private final EventExport export;

    ExportController(EventExport export) {
        this.export = export;
    }

    /** Every report of the fused events the filter selects, each naming its fused event: the second table. */
    @GetMapping("/export/reports.csv")
    void reports(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"kharita-reports.csv\"");
        OutputStream out = response.getOutputStream();
        export.csv(ViewState.parse(params).state().filter().withReports(true), out);
        out.flush();
    }

    @GetMapping("/export/events.{format}")
    void export(@PathVariable String format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
        ViewState.Parsed parsed = ViewState.parse(params);
        EventFilter filter = parsed.state().filter();
        if (!parsed.problems().isEmpty()) response.setHeader("X-Kharita-Ignored", String.valueOf(parsed.problems().size()));
        switch (format) {
            case "csv" -> start(response, "text/csv; charset=UTF-8", "csv");
            case "geojson" -> start(response, "application/geo+json", "geojson");
            case "kml" -> start(response, "application/vnd.google-earth.kml+xml", "kml");
            default -> {
                response.sendError(404, "export formats: csv, geojson, kml");
                return;
            }
        }
        OutputStream out = response.getOutputStream();
        switch (format) {
            case "csv" -> export.csv(filter, out);
            case "geojson" -> export.geoJson(filter, out);
            default -> export.kml(filter, out);
        }
        out.flush();
    }

    private static void start(HttpServletResponse response, String type, String ext) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"kharita-events." + ext + "\"");
    }
}
