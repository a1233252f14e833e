package org.kharita.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Browsing and exports are open; ingest, dataset import and corrections need an analyst login.
 * Analysts come from configuration, each with a hashed password ({@code kharita.analysts.NAME={bcrypt}$2a$...};
 * docs/ACCESS.md says how to make the hash). No analysts configured: the viewer is read-only.
 * The login POST needs the page's CSRF token and is throttled per account and per address
 * ({@link LoginThrottle}); every answer carries a Content-Security-Policy, a Referrer-Policy and a
 * Permissions-Policy.
 */
@EnableWebSecurity
@Configuration
@EnableConfigurationProperties(SecurityConfiguration.Analysts.class)
class SecurityConfiguration extends VaadinWebSecurity {
    static final String LOGIN = "/login";

    /** @param analysts name → encoded password, e.g. {@code {bcrypt}$2a$10$...} */
    @ConfigurationProperties(prefix = "kharita")
    record Analysts(Map<String, String> analysts) {
    }

    private final HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
    private final LoginThrottle throttle;
    private final MapSettings map;

    SecurityConfiguration(Clock clock, MapSettings map) {
        this.throttle = new LoginThrottle(clock);
        this.map = map;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(new AntPathRequestMatcher("/export/**")).permitAll());
        http.csrf(c -> c.csrfTokenRepository(csrfTokens));
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(map.tileUrl())))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                        + "interest-cohort=()")));
        // The offline basemap's boundaries and place names: open data, as open as the map.
        http.authorizeHttpRequests(a -> a.requestMatchers(new AntPathRequestMatcher("/basemap/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.addFilterBefore(new LoginGate(), UsernamePasswordAuthenticationFilter.class);
    }

    /**
     * Vaadin's bootstrap and its {@code executeJs} need inline scripts and eval, Lumo and Leaflet
     * inline styles; what the policy still closes is loading or sending anything elsewhere (scripts,
     * frames, plugins, form targets, fetches), which is what an injected script needs to do harm.
     * Tiles, when configured, are the one outside origin allowed, for images only.
     */
    static String contentSecurityPolicy(String tileUrl) {
        String tiles = tileOrigin(tileUrl).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + tiles + "; font-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    static Optional<String> tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) return Optional.empty();
        // {s} subdomains ({s}.tile.example.org) are any subdomain in CSP terms.
        URI uri = URI.create(tileUrl.replace("{s}", "placeholder").replaceAll("\\{[a-z]+}", "0"));
        if (uri.getScheme() == null || uri.getHost() == null) return Optional.empty();
        String host = tileUrl.contains("{s}.") ? uri.getHost().replaceFirst("^placeholder", "*") : uri.getHost();
        return Optional.of(uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
    }

    /**
     * The login POST: Vaadin exempts it from CSRF (its login form once sent no token); the form does
     * send the page's token now, so it is required here. Then the throttle, before any password is read.
     */
    private final class LoginGate extends OncePerRequestFilter {
        private final AntPathRequestMatcher loginPost = new AntPathRequestMatcher(LOGIN, "POST");
        private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!loginPost.matches(request)) {
                chain.doFilter(request, response);
                return;
            }
            if (!validCsrfToken(request, response)) {
                // Mostly an expired page, seldom an attack: either way a fresh form, with a word why.
                response.sendRedirect(request.getContextPath() + LOGIN + "?expired");
                return;
            }
            Optional<Duration> wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
            if (wait.isPresent()) {
                response.sendRedirect(request.getContextPath() + LOGIN + "?throttled=" + Math.max(1, wait.get().toSeconds()));
                return;
            }
            chain.doFilter(request, response);
        }

        private boolean validCsrfToken(HttpServletRequest request, HttpServletResponse response) {
            if (request.getSession(false) == null) return false;
            CsrfToken expected = csrfTokens.loadToken(request);
            if (expected == null) return false;
            String actual = tokens.resolveCsrfTokenValue(request, expected);
            return actual != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                    actual.getBytes(StandardCharsets.UTF_8));
        }
    }

    @EventListener
    void loginFailed(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName(), address(event));
    }

    @EventListener
    void loginSucceeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), address(event));
    }

    private static String address(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: the {bcrypt} prefix in the configured hash names the algorithm.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService analysts(Analysts config) {
        List<UserDetails> users = new ArrayList<>();
        Map<String, String> all = config.analysts() == null ? Map.of() : config.analysts();
        all.forEach((name, hash) -> {
            if (!hash.startsWith("{bcrypt}")) {
                throw new IllegalStateException("kharita.analysts." + name + " must be a {bcrypt} hash, never a plain password");
            }
            users.add(User.withUsername(name).password(hash).roles("ANALYST").build());
        });
        return new InMemoryUserDetailsManager(users);
    }
}
