package org.kharita.corpus;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import java.sql.SQLException;

/**
 * A second viewer started on the data folder another one holds: H2 allows one process per database
 * file, and its refusal is deep inside a Flyway stack trace. This turns it into two plain lines.
 */
class DataFolderInUse implements FailureAnalyzer {
    /** H2's DATABASE_ALREADY_OPEN_1: "Database may be already in use". */
    static final int H2_DATABASE_ALREADY_OPEN = 90020;

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return new FailureAnalysis("The data folder is in use by another running Kharita (" + firstLine(e.getMessage())
                        + "). One data folder serves one viewer at a time.",
                        "Stop the other viewer first, or start this one on its own folder: --kharita.data-dir=OTHER_FOLDER", e);
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
