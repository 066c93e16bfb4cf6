package org.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.classroom.SignUpRefused.Field;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

@Tag("postgresql")
@SpringBootTest
class EnrolmentTest {

    private static final String PASSWORD = "amber kettle on the stairs";
    private static final String WRONG_CODE = "ZZZZ2222";
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime());

    @Autowired
    Enrolment enrolment;
    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;
    @Autowired
    AuthenticationProvider signIn;

    SignedInUser tess;
    ClassSummary history;
    String username;
    // The throttle lives as long as the application context: each test guesses from its own address.
    String address;

    @BeforeEach
    void aClassToJoin() {
        tess = TestAccounts.instructor(accounts, "Tess Teacher");
        history = classes.create("History 9B", tess.accountId());
        username = "amira" + COUNTER.incrementAndGet();
        address = "10.0." + COUNTER.incrementAndGet();
    }

    @Test
    void aStudentSignsUpWithACodeAndIsOnTheRosterWithAStudentAccount() {
        var typed = history.joinCode().substring(0, 4).toLowerCase() + " - " + history.joinCode().substring(4);

        var enrolled = enrolment.signUp(new NewStudent(typed, " " + username.toUpperCase() + " ", " Amira Haddad ",
                PASSWORD), address);

        assertThat(enrolled.student().username()).isEqualTo(username);
        assertThat(enrolled.student().displayName()).isEqualTo("Amira Haddad");
        assertThat(enrolled.student().role()).isEqualTo(Role.STUDENT);
        assertThat(enrolled.joined().id()).isEqualTo(history.id());
        assertThat(classes.studentsOf(history.id(), tess.accountId())).extracting(RosterEntry::username)
                .containsExactly(username);
        assertThat(accounts.findByUsername(username)).contains(enrolled.student());
    }

    @Test
    void aWrongCodeAfterAValidNameCreatesNothingAndSaysSo() {
        var before = accounts.count();

        var refused = refusal(new NewStudent(WRONG_CODE, username, "Amira Haddad", PASSWORD));

        assertThat(refused.problems()).containsOnly(entry(Field.JOIN_CODE,
                "No open class has the code ZZZZ2222. Check the code with your instructor."));
        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void anArchivedClassCodeIsRefusedLikeAWrongOneAndCreatesNothing() {
        classes.archive(history.id(), tess.accountId());

        var refused = refusal(new NewStudent(history.joinCode(), username, "Amira Haddad", PASSWORD));

        assertThat(refused.problems()).containsOnlyKeys(Field.JOIN_CODE);
        assertThat(refused.problems().get(Field.JOIN_CODE)).startsWith("No open class has the code "
                + history.joinCode());
        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThat(classes.studentsOf(history.id(), tess.accountId())).isEmpty();
    }

    @Test
    void aTakenUserNameIsRefusedInAnyCaseAndTheExistingAccountIsUntouched() {
        var sam = TestAccounts.student(accounts, "Sam Student");

        var refused = refusal(new NewStudent(history.joinCode(), sam.username().toUpperCase(), "Not Sam", PASSWORD));

        assertThat(refused.problems()).containsOnly(entry(Field.USERNAME,
                "The user name " + sam.username() + " is taken. Choose another."));
        assertThat(accounts.findByUsername(sam.username())).contains(sam);
        assertThat(classes.studentsOf(history.id(), tess.accountId())).isEmpty();
    }

    @Test
    void aWeakPasswordIsRefusedWithItsReasonsAndCreatesNothing() {
        var refused = refusal(new NewStudent(history.joinCode(), username, "Amira Haddad", "Password123"));

        assertThat(refused.problems()).containsOnlyKeys(Field.PASSWORD);
        assertThat(refused.problems().get(Field.PASSWORD)).contains("most common passwords");
        assertThat(accounts.findByUsername(username)).isEmpty();
        assertThat(classes.studentsOf(history.id(), tess.accountId())).isEmpty();
    }

    @Test
    void everyFieldWithAProblemIsNamedAtOnce() {
        var refused = refusal(new NewStudent("HX", "a b", "  ", "short"));

        assertThat(refused.problems()).containsOnlyKeys(Field.JOIN_CODE, Field.USERNAME, Field.DISPLAY_NAME,
                Field.PASSWORD);
        assertThat(refused.problems().get(Field.JOIN_CODE)).isEqualTo("A class code has 8 characters; you entered 2.");
        assertThat(refused.problems().get(Field.USERNAME)).startsWith("Use 3 to 64 letters");
        assertThat(refused.problems().get(Field.DISPLAY_NAME)).isEqualTo("Enter your name as your instructor should see it.");
    }

    @Test
    void aCodeWithLookAlikeCharactersIsExplainedWithoutCountingAsAGuess() {
        var refused = refusal(new NewStudent("HXT0K9WQ", username, "Amira Haddad", PASSWORD));

        assertThat(refused.problems().get(Field.JOIN_CODE)).contains("never 0, O, 1, I or L");
    }

    @Test
    void theUserNameIsNotCheckedAgainstAccountsWhileTheCodeIsWrong() {
        var sam = TestAccounts.student(accounts, "Sam Student");

        var refused = refusal(new NewStudent(WRONG_CODE, sam.username(), "Not Sam", PASSWORD));

        assertThat(refused.problems()).as("no hint that the name exists").containsOnlyKeys(Field.JOIN_CODE);
    }

    @Test
    void theNewStudentCanSignInWithTheChosenPassword() {
        enrolment.signUp(new NewStudent(history.joinCode(), username, "Amira Haddad", PASSWORD), address);

        var signedIn = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_STUDENT");
    }

    @Test
    void manyWrongCodesFromOneAddressLockItEvenForTheRightCode() {
        for (int i = 0; i < Enrolment.MAX_WRONG_CODES_PER_ADDRESS; i++) {
            refusal(new NewStudent(WRONG_CODE, username, "Amira Haddad", PASSWORD));
        }

        var locked = refusal(new NewStudent(history.joinCode(), username, "Amira Haddad", PASSWORD));

        assertThat(locked.problems()).containsOnly(entry(Field.JOIN_CODE, Enrolment.TOO_MANY_WRONG_CODES));
        assertThat(accounts.findByUsername(username)).isEmpty();
        var elsewhere = enrolment.signUp(new NewStudent(history.joinCode(), username, "Amira Haddad", PASSWORD),
                address + ".9");
        assertThat(elsewhere.joined().id()).as("another address is not locked").isEqualTo(history.id());
    }

    @Test
    void aSignedUpStudentJoinsAnotherClassAndIsToldWhenAlreadyInIt() {
        var sam = TestAccounts.student(accounts, "Sam Student");
        var geography = classes.create("Geography", tess.accountId());
        classes.join(history.joinCode(), sam.accountId());

        var joined = enrolment.joinAnother(geography.joinCode().toLowerCase(), sam.accountId());

        assertThat(joined.name()).isEqualTo("Geography");
        assertThat(classes.classesOf(sam.accountId())).extracting(ClassSummary::name)
                .containsExactly("Geography", "History 9B");
        assertThatThrownBy(() -> enrolment.joinAnother(history.joinCode(), sam.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("You are already in History 9B.");
    }

    @Test
    void joiningWithAWrongOrArchivedCodeIsRefusedAndChangesNothing() {
        var sam = TestAccounts.student(accounts, "Sam Student");
        classes.archive(history.id(), tess.accountId());

        assertThatThrownBy(() -> enrolment.joinAnother(WRONG_CODE, sam.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("No open class has the code ZZZZ2222");
        assertThatThrownBy(() -> enrolment.joinAnother(history.joinCode(), sam.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("No open class has the code");
        assertThat(classes.classesOf(sam.accountId())).isEmpty();
    }

    @Test
    void aStudentWhoGuessesCodesIsLockedOutOfJoining() {
        var sam = TestAccounts.student(accounts, "Sam Student");
        for (int i = 0; i < Enrolment.MAX_WRONG_CODES_PER_STUDENT; i++) {
            assertThatThrownBy(() -> enrolment.joinAnother(WRONG_CODE, sam.accountId()));
        }

        assertThatThrownBy(() -> enrolment.joinAnother(history.joinCode(), sam.accountId()))
                .hasMessage(Enrolment.TOO_MANY_WRONG_CODES);
        assertThat(classes.classesOf(sam.accountId())).isEmpty();
    }

    private SignUpRefused refusal(NewStudent form) {
        var thrown = catchThrowable(() -> enrolment.signUp(form, address));
        assertThat(thrown).isInstanceOf(SignUpRefused.class);
        return (SignUpRefused) thrown;
    }
}
