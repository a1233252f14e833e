package org.kharita.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login as an attacker meets it over HTTP: the POST needs the page's CSRF token, guessing is
 * throttled before any password is checked, and every page carries the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kharita.demo.enabled=false", "kharita.map.tile-url=", "vaadin.launch-browser=false",
        "server.forward-headers-strategy=native"})
class LoginSecurityTest {
    private static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = BrowserHarness.dataDir(registry, "kharita-login-test", true);
        registry.add("kharita.analysts.victim", BrowserHarness::analystHash);
    }

    @AfterAll
    static void removeDataDir() throws IOException {
        BrowserHarness.close(null, dataDir);
    }

    /** One browser: its own cookies, redirects not followed so that each answer can be read. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path, String... headers) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (headers.length > 0) b.headers(headers);
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The token the login page hands the form, in the meta tags vaadin-login-form reads. */
        String csrfToken() throws Exception {
            Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(m.find()).as("the login page carries a CSRF meta tag").isTrue();
            return m.group(1);
        }

        HttpResponse<String> logIn(String user, String password, String token) throws Exception {
            String form = "username=" + enc(user) + "&password=" + enc(password) + (token == null ? "" : "&_csrf=" + enc(token));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    @Test
    void a_login_post_without_the_page_token_is_not_checked() throws Exception {
        Browser b = new Browser();
        b.get("/login");
        HttpResponse<String> r = b.logIn(BrowserHarness.ANALYST, BrowserHarness.PASSWORD, null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(location(r)).endsWith("/login?expired");
        HttpResponse<String> forged = b.logIn(BrowserHarness.ANALYST, BrowserHarness.PASSWORD, "forged-token");
        assertThat(location(forged)).endsWith("/login?expired");
        HttpResponse<String> real = b.logIn(BrowserHarness.ANALYST, BrowserHarness.PASSWORD, b.csrfToken());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(location(real)).doesNotContain("login");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_waits_and_no_password_is_checked() throws Exception {
        Browser b = new Browser();
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
            HttpResponse<String> wrong = b.logIn("victim", "guess-" + i, b.csrfToken());
            assertThat(location(wrong)).endsWith("/login?error");
        }
        long t0 = System.nanoTime();
        HttpResponse<String> right = b.logIn("victim", BrowserHarness.PASSWORD, b.csrfToken());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(location(right)).contains("/login?throttled=");
        assertThat(Long.parseLong(location(right).replaceAll(".*throttled=", ""))).isBetween(1L, 30L);
        assertThat(millis).as("refused before bcrypt runs").isLessThan(2_000);
        // Another account from another browser on the same address is not held up by the first one's failures.
        Browser other = new Browser();
        assertThat(location(other.logIn(BrowserHarness.ANALYST, BrowserHarness.PASSWORD, other.csrfToken())))
                .doesNotContain("login");
    }

    @Test
    void every_page_carries_csp_referrer_and_permissions_policies_and_a_samesite_cookie() throws Exception {
        HttpResponse<String> r = new Browser().get("/login");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("object-src 'none'").contains("frame-ancestors 'none'").contains("connect-src 'self'");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(r.headers().firstValue("Permissions-Policy").orElseThrow()).contains("geolocation=()");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        HttpResponse<String> export = new Browser().get("/export/events.csv");
        assertThat(export.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> r = new Browser().get("/login", "X-Forwarded-Proto", "https");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure").contains("SameSite=Lax");
    }

    @Test
    void the_csp_names_the_tile_server_and_nothing_else_outside() {
        assertThat(SecurityConfiguration.contentSecurityPolicy("")).doesNotContain("http");
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://*.tile.openstreetmap.org;");
        assertThat(SecurityConfiguration.contentSecurityPolicy("http://tiles.local:8081/{z}/{x}/{y}.png"))
                .contains("http://tiles.local:8081;");
    }
}
