package org.kharita.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Map;

/** The analysts' login; Spring Security handles the form's POST to /login. */
@Route("login")
@PageTitle("Kharita · analyst login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {
    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form, new Anchor("", "Back to the map (browsing needs no login)"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        if (params.containsKey("throttled")) {
            i18n.getErrorMessage().setTitle("Too many failed logins");
            i18n.getErrorMessage().setMessage("Logins for this name or from this address are paused for "
                    + waitText(params.get("throttled")) + " after repeated wrong passwords. Wait, then try again.");
        } else if (params.containsKey("expired")) {
            i18n.getErrorMessage().setTitle("The login page had expired");
            i18n.getErrorMessage().setMessage("Please enter your name and password again.");
        }
        form.setI18n(i18n);
        form.setError(params.containsKey("error") || params.containsKey("throttled") || params.containsKey("expired"));
    }

    /** The wait comes from the address bar, so only a number is read from it, never text. */
    static String waitText(List<String> values) {
        long seconds;
        try {
            seconds = values == null || values.isEmpty() ? 0 : Long.parseLong(values.get(0));
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds <= 0) return "a few minutes";
        if (seconds < 90) return seconds + " seconds";
        return Math.round(seconds / 60.0) + " minutes";
    }
}
