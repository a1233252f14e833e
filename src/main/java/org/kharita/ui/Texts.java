package org.kharita.ui;

import org.kharita.extract.EventType;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The UI's words in English and Arabic, from one message bundle: {@code org/kharita/ui/messages.properties}
 * and {@code messages_ar.properties}, each holding every key (TextsTest fails on a missing one). Arabic
 * also turns the whole layout right to left (see {@link MainView#applyLanguage}); article text keeps its
 * own direction either way.
 */
final class Texts {
    static final String BUNDLE = "org.kharita.ui.messages";
    /** No fallback to the machine's locale: a viewer on an Arabic desktop still starts in English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Texts EN = new Texts(bundle(Locale.ROOT), "en");
    private static final Texts AR = new Texts(bundle(Locale.forLanguageTag("ar")), "ar");

    private final ResourceBundle words;
    private final String lang;

    private Texts(ResourceBundle words, String lang) {
        this.words = words;
        this.lang = lang;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    static Texts of(String lang) {
        return "ar".equals(lang) ? AR : EN;
    }

    String lang() {
        return lang;
    }

    String type(EventType type) {
        return get("type." + type.code());
    }

    /** A key missing from the bundle shows as the key: visible on screen, and TextsTest catches it first. */
    String get(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Whether the bundle has words for this key (for names that may or may not have a translation). */
    boolean has(String key) {
        return words.containsKey(key);
    }

    /** The message with its placeholders filled; numbers in Western digits, as the list and the counts show them. */
    String format(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }

    /** The keys this language's own file defines (not those it would inherit). */
    Set<String> ownKeys() {
        Enumeration<String> keys = words.getKeys();
        return keys == null ? Set.of() : Set.copyOf(Collections.list(keys));
    }

    boolean rightToLeft() {
        return "ar".equals(lang);
    }
}
