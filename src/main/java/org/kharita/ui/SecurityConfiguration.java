package org.kharita.ui;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Browsing and exports are open; ingest, dataset import and corrections need an analyst login.
 * Analysts come from configuration, each with a hashed password ({@code kharita.analysts.NAME={bcrypt}$2a$...};
 * docs/ACCESS.md says how to make the hash). No analysts configured: the viewer is read-only.
 */
@EnableWebSecurity
@Configuration
@EnableConfigurationProperties(SecurityConfiguration.Analysts.class)
class SecurityConfiguration extends VaadinWebSecurity {

    /** @param analysts name → encoded password, e.g. {@code {bcrypt}$2a$10$...} */
    @ConfigurationProperties(prefix = "kharita")
    record Analysts(Map<String, String> analysts) {
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(new AntPathRequestMatcher("/export/**")).permitAll());
        // The offline basemap's boundaries and place names: open data, as open as the map.
        http.authorizeHttpRequests(a -> a.requestMatchers(new AntPathRequestMatcher("/basemap/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class);
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
