package org.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.lectern.security.Accounts;
import org.lectern.security.SignedInUser;
import org.lectern.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@Tag("postgresql")
@SpringBootTest
class ClassesTest {

    @Autowired
    Classes classes;
    @Autowired
    Accounts accounts;

    SignedInUser tess;
    SignedInUser sam;

    @BeforeEach
    void people() {
        tess = TestAccounts.instructor(accounts, "Tess Teacher");
        sam = TestAccounts.student(accounts, "Sam Student");
    }

    @Test
    void aNewClassHasTheNameAndAnEightCharacterJoinCodeAndNoStudents() {
        var created = classes.create("  History 9B ", tess.accountId());

        assertThat(created.name()).isEqualTo("History 9B");
        assertThat(created.joinCode()).matches("[" + JoinCodes.ALPHABET + "]{8}");
        assertThat(created.students()).isZero();
        assertThat(created.archived()).isFalse();
        assertThat(classes.ownedBy(tess.accountId(), false)).containsExactly(created);
    }

    @Test
    void aClassWithoutANameOrWithAnOverlongNameIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> classes.create("   ", tess.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A class needs a name.");
        assertThatThrownBy(() -> classes.create("x".repeat(121), tess.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 120");
        var kept = classes.create("Biology", tess.accountId());
        assertThatThrownBy(() -> classes.rename(kept.id(), "", tess.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A class needs a name.");

        assertThat(classes.ownedBy(tess.accountId(), true)).extracting(ClassSummary::name).containsExactly("Biology");
    }

    @Test
    void onlyInstructorsCreateClassesAndOnlyStudentsJoinThem() {
        var created = classes.create("Geology", tess.accountId());
        var olaf = TestAccounts.instructor(accounts, "Olaf Other");

        assertThatThrownBy(() -> classes.create("Mine", sam.accountId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.join(created.joinCode(), olaf.accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(classes.studentsOf(created.id(), tess.accountId())).isEmpty();
    }

    @Test
    void renamingKeepsTheCodeAndTheRoster() {
        var created = classes.create("Hist", tess.accountId());
        classes.join(created.joinCode(), sam.accountId());

        var renamed = classes.rename(created.id(), "History", tess.accountId());

        assertThat(renamed.name()).isEqualTo("History");
        assertThat(renamed.joinCode()).isEqualTo(created.joinCode());
        assertThat(renamed.students()).isEqualTo(1);
    }

    @Test
    void aStudentJoinsWithTheCodeTypedInAnyCaseAndJoiningTwiceChangesNothing() {
        var created = classes.create("Chemistry", tess.accountId());
        var typed = created.joinCode().substring(0, 4).toLowerCase() + "-" + created.joinCode().substring(4);

        classes.join(typed, sam.accountId());
        classes.join(created.joinCode(), sam.accountId());

        assertThat(classes.studentsOf(created.id(), tess.accountId()))
                .extracting(RosterEntry::studentId, RosterEntry::displayName)
                .containsExactly(tuple(sam.accountId(), "Sam Student"));
        assertThat(classes.classesOf(sam.accountId())).extracting(ClassSummary::id).containsExactly(created.id());
    }

    @Test
    void anUnknownCodeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> classes.join("ZZZZ2222", sam.accountId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No open class has the code ZZZZ2222. Check the code with your instructor.");
    }

    @Test
    void anArchivedClassIsHiddenByDefaultAndItsCodeNoLongerWorks() {
        var created = classes.create("Physics", tess.accountId());

        var archived = classes.archive(created.id(), tess.accountId());

        assertThat(archived.archived()).isTrue();
        assertThat(classes.ownedBy(tess.accountId(), false)).isEmpty();
        assertThat(classes.ownedBy(tess.accountId(), true)).extracting(ClassSummary::id).containsExactly(created.id());
        assertThatThrownBy(() -> classes.join(created.joinCode(), sam.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No open class has the code");

        classes.restore(created.id(), tess.accountId());
        assertThat(classes.join(created.joinCode(), sam.accountId()).students()).isEqualTo(1);
    }

    @Test
    void archivingHidesTheClassFromItsStudentsList() {
        var created = classes.create("Art", tess.accountId());
        classes.join(created.joinCode(), sam.accountId());

        classes.archive(created.id(), tess.accountId());

        assertThat(classes.classesOf(sam.accountId())).isEmpty();
    }

    @Test
    void aRegeneratedCodeReplacesTheOldOneAtOnce() {
        var created = classes.create("Music", tess.accountId());

        var regenerated = classes.regenerateCode(created.id(), tess.accountId());

        assertThat(regenerated.joinCode()).isNotEqualTo(created.joinCode()).hasSize(8);
        assertThatThrownBy(() -> classes.join(created.joinCode(), sam.accountId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(classes.join(regenerated.joinCode(), sam.accountId()).id()).isEqualTo(created.id());
    }

    @Test
    void aStudentRemovedFromTheRosterIsNoLongerInTheClass() {
        var created = classes.create("Drama", tess.accountId());
        var amira = TestAccounts.student(accounts, "Amira Haddad");
        classes.join(created.joinCode(), sam.accountId());
        classes.join(created.joinCode(), amira.accountId());

        classes.removeStudent(created.id(), sam.accountId(), tess.accountId());

        assertThat(classes.studentsOf(created.id(), tess.accountId())).extracting(RosterEntry::studentId)
                .containsExactly(amira.accountId());
        assertThat(classes.classesOf(sam.accountId())).isEmpty();
        assertThatThrownBy(() -> classes.removeStudent(created.id(), sam.accountId(), tess.accountId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("That student is not in this class.");
    }

    @Test
    void theStudentsAnInstructorTeachesAreListedOnceAcrossTheirActiveClasses() {
        var one = classes.create("One", tess.accountId());
        var two = classes.create("Two", tess.accountId());
        var old = classes.create("Old", tess.accountId());
        var jonas = TestAccounts.student(accounts, "Jonas Berg");
        classes.join(one.joinCode(), sam.accountId());
        classes.join(two.joinCode(), sam.accountId());
        classes.join(old.joinCode(), jonas.accountId());
        classes.archive(old.id(), tess.accountId());

        assertThat(classes.studentsTaughtBy(tess.accountId())).extracting(RosterEntry::studentId)
                .containsExactly(sam.accountId());
    }

    @Test
    void anotherInstructorIsRefusedEveryOperationOnTheClassWithoutLearningThatItExists() {
        var created = classes.create("Tess's class", tess.accountId());
        classes.join(created.joinCode(), sam.accountId());
        var other = TestAccounts.instructor(accounts, "Olaf Other").accountId();
        long id = created.id();

        assertRefused(() -> classes.rename(id, "Taken over", other));
        assertRefused(() -> classes.archive(id, other));
        assertRefused(() -> classes.restore(id, other));
        assertRefused(() -> classes.regenerateCode(id, other));
        assertRefused(() -> classes.removeStudent(id, sam.accountId(), other));
        assertRefused(() -> classes.get(id, other));
        assertRefused(() -> classes.studentsOf(id, other));
        assertThat(classes.ownedBy(other, true)).isEmpty();
        assertThat(classes.studentsTaughtBy(other)).isEmpty();
        // A class id that does not exist gets the very same answer.
        assertThatThrownBy(() -> classes.get(Long.MAX_VALUE, other))
                .isInstanceOf(AccessDeniedException.class).hasMessage("There is no such class.");

        var unchanged = classes.get(id, tess.accountId());
        assertThat(unchanged.name()).isEqualTo("Tess's class");
        assertThat(unchanged.joinCode()).isEqualTo(created.joinCode());
        assertThat(unchanged.archived()).isFalse();
        assertThat(unchanged.students()).isEqualTo(1);
    }

    private static void assertRefused(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class)
                .hasMessage("There is no such class.");
    }
}
