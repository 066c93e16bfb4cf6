package org.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.security.Accounts;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The one failure the checks before creating an account cannot rule out: the class closes between the check and the
 * join. The account created a moment earlier must go with it.
 */
@SpringBootTest
// The spied service makes this context unlike any other test's; close it afterwards instead of caching it.
@Tag("postgresql")
@DirtiesContext
class SignUpRollbackTest {

    @MockitoSpyBean
    Classes classes;
    @Autowired
    Enrolment enrolment;
    @Autowired
    Accounts accounts;

    @Test
    void anAccountWhoseClassIsArchivedBeforeTheJoinIsNotKept() {
        var tess = TestAccounts.instructor(accounts, "Tess Teacher");
        var history = classes.create("History 9B", tess.accountId());
        doAnswer(join -> {
            classes.archive(history.id(), tess.accountId());
            return join.callRealMethod();
        }).when(classes).join(anyString(), anyLong());
        var before = accounts.count();

        assertThatThrownBy(() -> enrolment.signUp(new NewStudent(history.joinCode(), "late-lena", "Lena Late",
                "amber kettle on the stairs"), "10.9.9.9"))
                .isInstanceOf(SignUpRefused.class)
                .hasMessage("No open class has the code " + history.joinCode() + ". Check the code with your instructor.");

        assertThat(accounts.findByUsername("late-lena")).isEmpty();
        assertThat(accounts.count()).isEqualTo(before);
    }
}
