package org.kharita.geo.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The geodata/ tables: UTF-8, tab-separated, one header row, no quoting, lists inside a cell split by '|'. */
final class Tsv {
    private Tsv() {
    }

    static List<Map<String, String>> read(InputStream in) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            if (header == null) return rows;
            String[] cols = header.split("\t", -1);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < cols.length; i++) row.put(cols[i], i < cells.length ? cells[i].trim() : "");
                rows.add(row);
            }
        }
        return rows;
    }

    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
