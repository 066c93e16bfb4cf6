package org.lectern.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lectern.security.ThrottledAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page. Spring Security handles the form post; this view only shows the form and its errors. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Lectern")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS = "The user name or password is not right. Check them and try again.";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(WRONG_CREDENTIALS));

        var brand = new Div(new H1("Lectern"), new Paragraph("Articles turned into courses."));
        brand.addClassName("login-brand");
        // A plain link by address: the sign-up page belongs to the classroom module, which security must not know.
        var signUp = new Paragraph("New student? ");
        signUp.add(new Anchor("signup", "Sign up with a class code"));
        signUp.addClassName("signup-switch");
        var card = new Div(brand, form, signUp);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var message = lastFailureWasLock() ? ThrottledAuthenticationProvider.LOCKED_MESSAGE : WRONG_CREDENTIALS;
            form.setI18n(texts(message));
            form.setError(true);
        }
    }

    /** Spring Security leaves the last sign-in failure in the HTTP session; read it once and forget it. */
    private static boolean lastFailureWasLock() {
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session == null) {
            return false;
        }
        var failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof LockedException;
    }

    private static LoginI18n texts(String errorMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Could not sign in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
