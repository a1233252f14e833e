package org.kharita.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The analyst as Spring Security knows them in the current request. */
@Component
class SpringAnalyst implements ViewerActions.Analyst {
    private final AuthenticationContext auth;

    SpringAnalyst(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public Optional<String> name() {
        return auth.getAuthenticatedUser(UserDetails.class).map(UserDetails::getUsername);
    }

    @Override
    public void logout() {
        auth.logout();
    }
}
