package org.kharita.extract;

/** A sentence as character offsets into the article text (end exclusive). */
public record Sentence(int index, int start, int end) {
    public String text(String article) {
        return article.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
