package org.kharita.geo;

import java.util.Locale;
import java.util.Optional;

/** The languages the engine reads. Detection is by script, which is all a news article needs. */
public enum Language {
    AR, EN, RU, UK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) return Optional.empty();
        for (Language l : values()) if (l.code().equalsIgnoreCase(code.trim())) return Optional.of(l);
        return Optional.empty();
    }

    /**
     * Majority script decides; Ukrainian is told from Russian by the letters Russian lacks
     * (і ї є ґ) against those Ukrainian lacks (ы э ё ъ), because both share the rest.
     */
    public static Language detect(CharSequence text) {
        int arabic = 0, cyrillic = 0, latin = 0, ukOnly = 0, ruOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Character.UnicodeScript s;
            if (c < 0x80) {
                if (Character.isLetter(c)) latin++;
                continue;
            }
            s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.ARABIC) arabic++;
            else if (s == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                switch (Character.toLowerCase(c)) {
                    case 'і', 'ї', 'є', 'ґ' -> ukOnly++;
                    case 'ы', 'э', 'ё', 'ъ' -> ruOnly++;
                    default -> { }
                }
            } else if (s == Character.UnicodeScript.LATIN) latin++;
        }
        if (arabic >= cyrillic && arabic >= latin && arabic > 0) return AR;
        if (cyrillic >= latin && cyrillic > 0) return ukOnly > ruOnly ? UK : RU;
        return EN;
    }
}
