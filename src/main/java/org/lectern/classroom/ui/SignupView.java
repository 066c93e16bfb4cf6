package org.lectern.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.lectern.base.ui.Confirm;
import org.lectern.classroom.Enrolled;
import org.lectern.classroom.Enrolment;
import org.lectern.classroom.SignUpRefused;
import org.lectern.security.CurrentUser;
import org.lectern.security.ui.SessionSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A student creates an account with their class's join code and lands, signed in, on their start page. It looks like
 * the sign-in page it links back to.
 */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up · Lectern")
@AnonymousAllowed
public class SignupView extends Div implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(SignupView.class);

    private final Enrolment enrolment;
    private final SessionSignIn signIn;
    private final CurrentUser currentUser;
    private final SignUpForm form = new SignUpForm();
    private final Div alert = new Div();

    SignupView(Enrolment enrolment, SessionSignIn signIn, CurrentUser currentUser) {
        this.enrolment = enrolment;
        this.signIn = signIn;
        this.currentUser = currentUser;
        addClassNames("login-page", "signup-page");

        var brand = new Div(new H1("Lectern"), new Paragraph("Join your class."));
        brand.addClassName("login-brand");
        alert.addClassName("signup-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
        var submit = new Button("Create account and join", click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClassName("signup-submit");
        var back = new Paragraph("Already have an account? ");
        back.add(new Anchor("login", "Sign in"));
        back.addClassName("signup-switch");

        var body = new Div(new H2("Sign up with a class code"), alert, form, submit, back);
        body.addClassName("signup-body");
        var card = new Div(brand, body);
        card.addClassNames("login-card", "signup-card");
        add(card);
    }

    private void submit() {
        form.clearProblems();
        alert.setVisible(false);
        if (!form.passwordsMatch()) {
            return;
        }
        try {
            welcome(enrolment.signUp(form.value(), clientAddress()));
        } catch (SignUpRefused refused) {
            form.show(refused.problems());
            var codeProblem = refused.problems().get(SignUpRefused.Field.JOIN_CODE);
            if (codeProblem != null) {
                // Without the right class nothing else matters, so it leads the form instead of hiding among fields.
                alert.setText(codeProblem);
                alert.setVisible(true);
                form.code.setErrorMessage("Check this code.");
            }
        }
    }

    private void welcome(Enrolled enrolled) {
        var student = enrolled.student();
        try {
            signIn.signIn(student.username());
        } catch (RuntimeException e) {
            // The account and the class place are saved; only the automatic sign-in failed, and the form can do it.
            log.error("Could not sign in the new student {}", student.username(), e);
            Confirm.done("Your account is ready. Sign in with your user name " + student.username() + ".");
            getUI().ifPresent(ui -> ui.navigate("login"));
            return;
        }
        Confirm.done("Welcome, " + student.displayName() + ". You joined " + enrolled.joined().name() + ".");
        // The start page for the role: the student's own, now that the session is theirs.
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    /** Someone already signed in has an account: they go to their start page, where a student can join a class. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.get().isPresent()) {
            event.forwardTo("");
        }
    }
}
