package org.kharita.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import org.kharita.corpus.StoredArticle;
import org.kharita.corpus.StoredEvent;
import org.kharita.extract.Mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article as text, its sentences and place mentions as spans at the engine's offsets.
 * Everything is set as text nodes: an article's markup is shown, never run. Arabic is laid out
 * right to left in Noto Naskh Arabic (bundled from npm, so shaping does not depend on the fonts
 * a machine happens to have).
 */
@Tag("div")
@NpmPackage(value = "@fontsource/noto-naskh-arabic", version = "5.3.0")
@JsModule("./article-text.js")
public class ArticleTextPanel extends com.vaadin.flow.component.Component {
    static final String SENTENCE = "sentence";
    static final String EVENT_SENTENCE = "event-sentence";
    static final String HIGHLIGHTED = "highlighted";
    static final String MENTION = "place-mention";
    static final String ROWS = "data-rows";

    /** About 60 KB of text, a long feature article: rendered at once, and each further page as big. */
    static final int PAGE_CHARS = 60_000;
    /** A page also ends after this many place-name spans (news text has about one per 65 characters). */
    static final int PAGE_MENTIONS = 1_500;
    static final String MORE = "article-more";

    private final Map<Integer, Element> sentences = new HashMap<>();
    private List<TextLayout.Run> pending = List.of();
    private int next;
    private Element more;
    private Set<Integer> eventSentences = Set.of();
    private Links links = Links.NONE;
    private final Element body = new Element("div");
    private Element highlighted;
    private StoredArticle article;
    private Texts texts = Texts.of("en");

    public ArticleTextPanel() {
        getElement().getClassList().add("article-text");
        body.getClassList().add("article-body");
        getElement().appendChild(body);
    }

    /** The words of tooltips from the next {@link #show} on. */
    void setTexts(Texts texts) {
        this.texts = texts;
    }

    /**
     * The event rows (map marker and timeline ids) each mention and each sentence shows. They go onto
     * the spans as {@code data-rows}, so that hovering lights the marker and the timeline item in
     * the browser alone (frontend/article-text.js), with no round trip per mouse move.
     */
    public record Links(Map<Integer, List<Long>> byMention, Map<Integer, List<Long>> bySentence) {
        public static final Links NONE = new Links(Map.of(), Map.of());
    }

    /**
     * @param links the rows plotted from the article; a mention with rows has a marker on the map and is drawn as a link
     */
    public void show(StoredArticle article, Links links) {
        this.article = article;
        sentences.clear();
        highlighted = null;
        body.removeAllChildren();
        String text = article.text();
        boolean rtl = article.rightToLeft();
        // On the body, not the scrolling panel: an RTL scroller would put its scrollbar against the map.
        body.setAttribute("dir", rtl ? "rtl" : "ltr");
        body.setAttribute("lang", article.summary().language().code());

        eventSentences = new HashSet<>();
        for (StoredEvent e : article.events()) eventSentences.add(e.event().sentence().index());
        this.links = links;
        pending = TextLayout.of(text, article.sentences(), article.mentions());
        next = 0;
        more = null;
        renderPage(0);
        getElement().executeJs("this.scrollTop = 0");
    }

    /**
     * Renders the next page of the article, and at least up to {@code sentence}. A 2 MB article has
     * tens of thousands of mention spans; sent at once they took minutes to reach the browser, so the
     * text goes in pages of {@link #PAGE_CHARS} or {@link #PAGE_MENTIONS}, the next one when the reader scrolls near the end
     * (or a marker asks for a sentence further down).
     */
    private void renderPage(int sentence) {
        if (more != null) {
            more.removeFromParent();
            more = null;
        }
        String text = article.text();
        int chars = 0, spans = 0;
        while (next < pending.size() && (chars < PAGE_CHARS && spans < PAGE_MENTIONS || sentence >= 0 && pendingHolds(sentence)
                || onlyTailLeft())) {
            TextLayout.Run run = pending.get(next++);
            Element parent = body;
            if (run.sentence() != TextLayout.NONE) {
                parent = new Element("span");
                parent.getClassList().add(SENTENCE);
                if (eventSentences.contains(run.sentence())) parent.getClassList().add(EVENT_SENTENCE);
                parent.setAttribute("data-sentence", String.valueOf(run.sentence()));
                List<Long> rows = links.bySentence().get(run.sentence());
                if (rows != null) {
                    parent.setAttribute(ROWS, join(rows));
                    // Reachable by Tab, opened by Enter or Space like a button (article-text.js).
                    parent.setAttribute("tabindex", "0");
                    parent.setAttribute("role", "button");
                }
                sentences.put(run.sentence(), parent);
                body.appendChild(parent);
            }
            for (TextLayout.Piece p : run.pieces()) {
                String piece = text.substring(p.start(), p.end());
                chars += piece.length();
                if (p.mention() == TextLayout.NONE) {
                    parent.appendChild(Element.createText(piece));
                } else {
                    spans++;
                    parent.appendChild(mention(article.mentions().get(p.mention()), p.mention(), piece, links.byMention(), texts));
                }
            }
        }
        if (next < pending.size()) {
            int left = 0;
            for (int i = next; i < pending.size(); i++) {
                for (TextLayout.Piece p : pending.get(i).pieces()) left += p.end() - p.start();
            }
            more = new Element("button");
            more.getClassList().add(MORE);
            more.setText(texts.format("showMore", Math.max(1, left / 1024)));
            more.addEventListener("click", e -> renderPage(-1));
            body.appendChild(more);
            // Scrolling near the end asks for the next page by itself; the button is there for keyboards.
            more.executeJs("""
                    const button = this;
                    new IntersectionObserver((entries, observer) => {
                      if (entries.some(e => e.isIntersecting)) { observer.disconnect(); button.click(); }
                    }, {root: button.closest('.article-text'), rootMargin: '600px'}).observe(button);""");
        }
    }

    /** Only the text after the last sentence is left: a "show more" button for a trailing blank would be silly. */
    private boolean onlyTailLeft() {
        return pending.size() - next == 1 && pending.get(next).sentence() == TextLayout.NONE;
    }

    /** Whether a sentence is still to be rendered (not an index past the article's last). */
    private boolean pendingHolds(int sentence) {
        return !sentences.containsKey(sentence) && sentence < article.sentences().size();
    }

    private static Element mention(Mention m, int index, String piece, Map<Integer, List<Long>> plotted, Texts texts) {
        Element span = new Element("span");
        span.setText(piece);
        span.getClassList().add(MENTION);
        span.setAttribute("data-mention", String.valueOf(index));
        String status = !m.literal() ? "metonym" : !m.resolved() ? "unresolved"
                : plotted.containsKey(index) ? "plotted" : "resolved";
        span.getClassList().add(status);
        span.setAttribute("title", tooltip(m, status, texts));
        if (plotted.containsKey(index)) span.setAttribute(ROWS, join(plotted.get(index)));
        if (!"unresolved".equals(status)) {
            span.setAttribute("tabindex", "0");
            span.setAttribute("role", "button");
        }
        return span;
    }

    private static String join(List<Long> rows) {
        return rows.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
    }

    static String tooltip(Mention m, String status, Texts texts) {
        if (!m.resolved()) return texts.get(m.literal() ? "notResolved" : "metonym");
        String where = ViewerActions.describe(m.resolution().place(), texts);
        String confidence = " · " + texts.format("confidence", String.format(java.util.Locale.ROOT, "%.2f", m.resolution().confidence()))
                + (m.resolution().approximate() ? " · " + texts.format("approximateNote", Math.round(m.resolution().coordinateKm())) : "");
        String role = "metonym".equals(status) ? " · " + texts.get("metonym") : "";
        return where + confidence + role;
    }

    /** Marks the sentence and scrolls it into view; -1 clears the mark. */
    public void highlightSentence(int index) {
        if (highlighted != null) highlighted.getClassList().remove(HIGHLIGHTED);
        if (index >= 0 && !sentences.containsKey(index) && article != null && next < pending.size()) renderPage(index);
        highlighted = sentences.get(index);
        if (highlighted == null) return;
        highlighted.getClassList().add(HIGHLIGHTED);
        highlighted.executeJs("this.scrollIntoView({block: 'center', behavior: 'smooth'})");
    }

    /** Forgets the article shown, so the next show() reads it afresh. */
    public void clear() {
        article = null;
    }

    public StoredArticle getArticle() {
        return article;
    }

    int highlightedSentence() {
        return highlighted == null ? TextLayout.NONE : Integer.parseInt(highlighted.getAttribute("data-sentence"));
    }

    Element sentenceElement(int index) {
        return sentences.get(index);
    }

    public Registration addTextClickListener(ComponentEventListener<TextClickEvent> listener) {
        return addListener(TextClickEvent.class, listener);
    }

    /**
     * A click (or Enter/Space) in the text: on a place mention, inside a sentence, or both (-1 where
     * neither); {@code rows} are the event rows of the sentence, empty outside an event sentence.
     */
    @DomEvent("click")
    public static class TextClickEvent extends ComponentEvent<ArticleTextPanel> {
        private final int mention;
        private final int sentence;
        private final long[] rows;

        public TextClickEvent(ArticleTextPanel source, boolean fromClient,
                              @EventData("event.target.closest('[data-mention]')?.dataset.mention ?? '-1'") String mention,
                              @EventData("event.target.closest('[data-sentence]')?.dataset.sentence ?? '-1'") String sentence,
                              @EventData("event.target.closest('[data-sentence]')?.dataset.rows ?? ''") String rows) {
            super(source, fromClient);
            this.mention = Integer.parseInt(mention);
            this.sentence = Integer.parseInt(sentence);
            // Event data comes from the browser and may be forged: only digits count.
            this.rows = java.util.Arrays.stream(rows.trim().split("\\s+")).filter(r -> r.matches("\\d{1,18}"))
                    .mapToLong(Long::parseLong).toArray();
        }

        public long[] getRows() {
            return rows.clone();
        }

        public int getMention() {
            return mention;
        }

        public int getSentence() {
            return sentence;
        }
    }
}
