package org.kharita.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {
    static final String PAGE = """
            <!DOCTYPE html><html><head><title>Fighting near Sudzha</title>
            <script>alert('x')</script><style>p{color:red}</style></head>
            <body onload="steal()"><nav>Home | World</nav>
            <h1>Fighting near Sudzha</h1>
            <p>Russian forces said they repelled attacks near <b>Plekhovo</b>.</p>
            <p onclick="evil()">Kyiv did not comment.<img src=x onerror="pwn()"></p>
            <script>document.write('injected')</script>
            </body></html>""";

    @Test
    void a_page_gives_its_text_paragraph_by_paragraph_and_its_title() {
        HtmlText.Page page = HtmlText.read(PAGE);
        assertThat(page.title()).isEqualTo("Fighting near Sudzha");
        assertThat(page.text()).isEqualTo("""
                Fighting near Sudzha
                Russian forces said they repelled attacks near Plekhovo.
                Kyiv did not comment.""");
    }

    @Test
    void nothing_executable_survives() {
        String text = HtmlText.read(PAGE).text();
        assertThat(text).doesNotContain("alert", "steal", "evil", "pwn", "injected", "<", "onerror", "Home | World");
    }

    @Test
    void a_page_is_known_by_its_name_or_its_first_characters() {
        assertThat(HtmlText.isHtml("a.html", "whatever")).isTrue();
        assertThat(HtmlText.isHtml("a.txt", "<!DOCTYPE html>")).isFalse();
        assertThat(HtmlText.isHtml(null, "  <!doctype html><p>x")).isTrue();
        assertThat(HtmlText.isHtml(null, "Plain text about <b> tags")).isFalse();
    }
}
