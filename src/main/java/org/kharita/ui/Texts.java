package org.kharita.ui;

import java.util.Map;

/**
 * The UI's words in English and Arabic. Arabic also turns the whole layout right to left (see
 * {@link MainView#applyLanguage}); article text keeps its own direction either way.
 */
final class Texts {
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("from", "From"), Map.entry("to", "To"), Map.entry("types", "Event type"),
            Map.entry("actor", "Actor"), Map.entry("source", "Claimant / source"), Map.entry("precision", "Location precision"),
            Map.entry("text", "Text in the sentence"), Map.entry("place", "Place or region"),
            Map.entry("clear", "Clear filters"), Map.entry("events", "events"), Map.entry("article", "Article"),
            Map.entry("add", "Add article"), Map.entry("import", "Import dataset"), Map.entry("export", "Export"),
            Map.entry("legend", "Event types in view"), Map.entry("area", "region-level: its area"),
            Map.entry("heat", "Heatmap"), Map.entry("draw", "Draw area"), Map.entry("clearArea", "Clear area"),
            Map.entry("play", "Play"), Map.entry("stop", "Stop"), Map.entry("allDates", "All dates"),
            Map.entry("col.date", "Date"), Map.entry("col.type", "Type"), Map.entry("col.place", "Place"),
            Map.entry("col.actors", "Actors"), Map.entry("col.text", "Sentence / headline"),
            Map.entry("prec.1", "1 settlement"), Map.entry("prec.2", "2 near / district"), Map.entry("prec.3", "3 region"),
            Map.entry("prec.4", "4 country"), Map.entry("lang", "العربية"), Map.entry("login", "Analyst login"),
            Map.entry("logout", "Log out"), Map.entry("correct", "Correct place"), Map.entry("listSep", ", "),
            Map.entry("skip", "Skip to the map"), Map.entry("col.country", "Country"), Map.entry("region", "region"),
            Map.entry("overlayAsOf", "as of"), Map.entry("overlayDelete", "Delete overlay"),
            Map.entry("overlayDeleteText", "Its %d dated shapes are removed for everyone. The file can be imported again."),
            Map.entry("overlayDeleted", "Overlay deleted: %s"), Map.entry("cancel", "Cancel"), Map.entry("delete", "Delete"),
            Map.entry("range", "Date range"),
            Map.entry("rangeKeys", "Arrow keys move the edge on their side (right: the end later, left: the start earlier); "
                    + "with Shift, the other edge back. Enter applies, Escape cancels."));
    private static final Map<String, String> AR = Map.ofEntries(
            Map.entry("from", "من"), Map.entry("to", "إلى"), Map.entry("types", "نوع الحدث"),
            Map.entry("actor", "الطرف"), Map.entry("source", "المصدر / صاحب الادعاء"), Map.entry("precision", "دقة الموقع"),
            Map.entry("text", "نص في الجملة"), Map.entry("place", "مكان أو منطقة"),
            Map.entry("clear", "مسح المرشحات"), Map.entry("events", "حدث"), Map.entry("article", "مقال"),
            Map.entry("add", "إضافة مقال"), Map.entry("import", "استيراد بيانات"), Map.entry("export", "تصدير"),
            Map.entry("legend", "أنواع الأحداث الظاهرة في الخريطة"), Map.entry("area", "على مستوى المنطقة: مساحتها"),
            Map.entry("heat", "خريطة حرارية"), Map.entry("draw", "رسم منطقة"), Map.entry("clearArea", "مسح المنطقة"),
            Map.entry("play", "تشغيل"), Map.entry("stop", "إيقاف"), Map.entry("allDates", "كل التواريخ"),
            Map.entry("col.date", "التاريخ"), Map.entry("col.type", "النوع"), Map.entry("col.place", "المكان"),
            Map.entry("col.actors", "الأطراف"), Map.entry("col.text", "الجملة / العنوان"),
            Map.entry("prec.1", "1 بلدة"), Map.entry("prec.2", "2 قرب / ناحية"), Map.entry("prec.3", "3 منطقة"),
            Map.entry("prec.4", "4 دولة"), Map.entry("lang", "English"), Map.entry("login", "دخول المحلل"),
            Map.entry("logout", "خروج"), Map.entry("correct", "تصحيح المكان"), Map.entry("listSep", "، "),
            Map.entry("skip", "انتقل إلى الخريطة"), Map.entry("col.country", "البلد"), Map.entry("region", "منطقة"),
            Map.entry("overlayAsOf", "بتاريخ"), Map.entry("overlayDelete", "حذف الطبقة"),
            Map.entry("overlayDeleteText", "تُحذف أشكالها المؤرخة (%d) لدى الجميع. يمكن استيراد الملف مرة أخرى."),
            Map.entry("overlayDeleted", "حُذفت الطبقة: %s"), Map.entry("cancel", "إلغاء"), Map.entry("delete", "حذف"),
            Map.entry("range", "نطاق التواريخ"),
            Map.entry("rangeKeys", "تحرّك الأسهم الحافة التي في جهتها (اليمين: النهاية إلى وقت لاحق، اليسار: البداية إلى وقت سابق)؛ "
                    + "ومع Shift تعيد الحافة الأخرى. Enter للتطبيق وEscape للإلغاء."));

    private final Map<String, String> words;
    private final boolean rtl;

    private Texts(Map<String, String> words, boolean rtl) {
        this.words = words;
        this.rtl = rtl;
    }

    static Texts of(String lang) {
        return "ar".equals(lang) ? new Texts(AR, true) : new Texts(EN, false);
    }

    /** Event types in Arabic, after the terms Arabic conflict reporting uses. */
    private static final Map<String, String> AR_TYPES = Map.ofEntries(
            Map.entry("battle", "اشتباك"), Map.entry("territory_change", "تغيّر السيطرة"), Map.entry("shelling", "قصف مدفعي"),
            Map.entry("air_strike", "غارة جوية"), Map.entry("drone_strike", "ضربة بمسيّرة"), Map.entry("missile_strike", "ضربة صاروخية"),
            Map.entry("explosion", "انفجار"), Map.entry("attack_on_civilians", "هجوم على مدنيين"), Map.entry("agreement", "اتفاق"),
            Map.entry("ratification", "تصديق"), Map.entry("troop_deployment", "نشر قوات"), Map.entry("surrender", "استسلام"),
            Map.entry("protest", "احتجاج"), Map.entry("other", "أخرى"));

    String type(org.kharita.extract.EventType type) {
        return rtl ? AR_TYPES.getOrDefault(type.code(), Labels.type(type)) : Labels.type(type);
    }

    String get(String key) {
        return words.getOrDefault(key, EN.getOrDefault(key, key));
    }

    boolean rightToLeft() {
        return rtl;
    }
}
