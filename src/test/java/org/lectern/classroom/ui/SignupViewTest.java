package org.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.attempt.ui.MyLessonsView;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.classroom.RosterEntry;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The sign-up page, used without signing in first. */
@SpringBootTest
class SignupViewTest extends SpringBrowserlessTest {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;

    SignedInUser tess;
    ClassSummary history;
    String username;

    @BeforeEach
    void aClassToJoin() {
        tess = TestAccounts.instructor(accounts, "Tess Teacher");
        history = classes.create("History 9B", tess.accountId());
        username = "jonas" + COUNTER.incrementAndGet();
    }

    @Test
    @WithMockUser(username = "signed-in-sam", roles = "STUDENT")
    void someoneAlreadySignedInGoesToTheirStartPageInsteadOfMakingASecondAccount(@Autowired Accounts accounts) {
        TestAccounts.signedIn(accounts, "signed-in-sam", Role.STUDENT);

        navigate("signup", MyLessonsView.class);
    }

    @Test
    void theSignUpPageOpensWithoutSigningIn() {
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        navigate("signup", SignupView.class);

        assertThat(button("Create account and join").isVisible()).isTrue();
    }

    @Test
    void aStudentSignsUpAndLandsSignedInOnTheStudentStartPageUnderANewSessionId() {
        navigate(SignupView.class);
        var sessionBefore = VaadinSession.getCurrent().getSession().getId();

        fill(history.joinCode().toLowerCase(), username, "Jonas Berg", "amber kettle on the stairs");
        test(button("Create account and join")).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("student");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(username);
        assertThat(VaadinSession.getCurrent().getSession().getId()).as("no session fixation")
                .isNotEqualTo(sessionBefore);
        assertThat(classes.studentsOf(history.id(), tess.accountId())).extracting(RosterEntry::username)
                .containsExactly(username);
    }

    @Test
    void theCodeIsShownAsStoredOnceTheStudentLeavesTheField() {
        navigate(SignupView.class);

        test(field("Class code")).setValue(" hxt4-k9wq ");

        assertThat(field("Class code").getValue()).isEqualTo("HXT4K9WQ");
    }

    @Test
    void aWrongCodeIsExplainedAboveTheFormAndAtTheFieldAndNothingIsCreated() {
        navigate(SignupView.class);

        fill("ZZZZ2222", username, "Jonas Berg", "amber kettle on the stairs");
        test(button("Create account and join")).click();

        var alert = $(Div.class).withClassName("signup-alert").single();
        assertThat(alert.getText()).isEqualTo("No open class has the code ZZZZ2222. Check the code with your instructor.");
        assertThat(field("Class code").isInvalid()).isTrue();
        assertThat(field("Class code").getErrorMessage()).isEqualTo("Check this code.");
        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(SignupView.class);
    }

    @Test
    void eachFieldExplainsItsOwnProblemAndNothingIsCreated() {
        navigate(SignupView.class);

        fill(history.joinCode(), "no spaces please", " ", "short");
        test(button("Create account and join")).click();

        assertThat(field("User name").getErrorMessage()).startsWith("Use 3 to 64 letters");
        assertThat(field("Your name").getErrorMessage()).isEqualTo("Enter your name as your instructor should see it.");
        assertThat(password("Password").getErrorMessage()).startsWith("Use at least 10 characters");
        assertThat(field("Class code").isInvalid()).isFalse();
        assertThat($(Div.class).withClassName("signup-alert").exists()).as("no code problem to sum up").isFalse();
        assertThat(classes.studentsOf(history.id(), tess.accountId())).isEmpty();
    }

    @Test
    void differentPasswordsAreCaughtBeforeAnythingIsCreated() {
        navigate(SignupView.class);

        fill(history.joinCode(), username, "Jonas Berg", "amber kettle on the stairs");
        test(password("Password again")).setValue("amber kettle on the stair");
        test(button("Create account and join")).click();

        assertThat(password("Password again").isInvalid()).isTrue();
        assertThat(password("Password again").getErrorMessage()).isEqualTo(SignUpForm.PASSWORDS_DIFFER);
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    private void fill(String code, String name, String displayName, String secret) {
        test(field("Class code")).setValue(code);
        test(field("User name")).setValue(name);
        test(field("Your name")).setValue(displayName);
        test(password("Password")).setValue(secret);
        test(password("Password again")).setValue(secret);
    }

    private TextField field(String label) {
        return $(TextField.class).withCaption(label).single();
    }

    private PasswordField password(String label) {
        return $(PasswordField.class).withCaption(label).single();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }
}
