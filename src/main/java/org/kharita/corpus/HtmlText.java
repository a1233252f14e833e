package org.kharita.corpus;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.Set;

/**
 * The readable text of a saved web page. The page is parsed by jsoup and only its text nodes are
 * kept, with a line break per block, so nothing of the page (scripts, event handlers, styles, frames)
 * is stored, let alone run: what an analyst sees is text.
 */
public final class HtmlText {
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed", "svg",
            "template", "head", "nav", "footer", "form", "button", "select", "canvas");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "article", "section", "header", "blockquote", "pre", "table", "ul", "ol", "figcaption", "dd", "dt", "hr");

    private HtmlText() {
    }

    /** Whether a file is a web page: by its name, else by its first characters. */
    public static boolean isHtml(String fileName, String content) {
        if (fileName != null) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return true;
            if (n.endsWith(".txt")) return false;
        }
        String head = content.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The page's title (or null) and its text, paragraphs on lines of their own. */
    public static Page read(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? null : doc.title().strip();
        doc.select(String.join(",", DROPPED)).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // keep the page's own spacing between inline pieces ("near <b>Plekhovo</b>."), collapsed
                    String s = t.getWholeText().replaceAll("\\s+", " ");
                    boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                    boolean afterSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
                    if ((atLineStart || afterSpace) && s.startsWith(" ")) s = s.substring(1);
                    out.append(s);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) newline(out);
            }
        }, doc.body() == null ? doc : doc.body());
        return new Page(title, out.toString().replaceAll("\n{3,}", "\n\n").strip());
    }

    private static void newline(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') n--;
        out.setLength(n);
        if (n > 0 && out.charAt(n - 1) != '\n') out.append('\n');
    }

    public record Page(String title, String text) {
    }
}
