package org.lectern.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordThatAvoidsTheUserNameHasNoProblems() {
        assertThat(PasswordPolicy.problems("amber kettle on the stairs", "amira")).isEmpty();
        assertThat(PasswordPolicy.problems("Sx9#kq2!vLp0", "amira")).isEmpty();
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefusedWithItsLength() {
        assertThat(PasswordPolicy.problems("kettle99x", "amira"))
                .containsExactly("Use at least 10 characters; this one has 9.");
        assertThat(PasswordPolicy.problems("kettle99xy", "amira")).isEmpty();
    }

    @Test
    void lengthCountsCharactersNotBytesOrCodeUnits() {
        // Ten characters, of which one needs two UTF-16 units and several need more than one byte.
        assertThat(PasswordPolicy.problems("äöüßéèñç🙂x", "amira")).isEmpty();
    }

    @Test
    void anEmptyOrMissingPasswordIsAskedFor() {
        assertThat(PasswordPolicy.problems("", "amira")).containsExactly("Choose a password.");
        assertThat(PasswordPolicy.problems(null, "amira")).containsExactly("Choose a password.");
    }

    @Test
    void thePasswordMayNotBeOrContainTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.problems("Amira.Haddad", " amira.haddad "))
                .containsExactly("Don't use your user name in your password.");
        assertThat(PasswordPolicy.problems("my-AMIRA-password-x", "amira"))
                .containsExactly("Don't use your user name in your password.");
        assertThat(PasswordPolicy.problems("kettle on the stairs", "")).isEmpty();
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(PasswordPolicy.problems("Password123", "amira")).singleElement().asString()
                .contains("most common passwords");
        assertThat(PasswordPolicy.problems("QWERTYUIOP", "amira")).hasSize(1);
        assertThat(PasswordPolicy.problems("lectern-demo", "amira")).as("the demo password is public").hasSize(1);
    }

    @Test
    void aPasswordBcryptWouldCutShortIsRefused() {
        assertThat(PasswordPolicy.problems("a".repeat(60) + "kettle-stairs", "amira")).singleElement().asString()
                .startsWith("Use at most 72 characters");
        assertThat(PasswordPolicy.problems("ü".repeat(37), "amira")).as("74 bytes").hasSize(1);
        assertThat(PasswordPolicy.problems("ü".repeat(36), "amira")).as("72 bytes").isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(PasswordPolicy.problems("sam", "sam")).hasSize(2);
    }

    @Test
    void theCommonListHoldsOnlyPasswordsTheLengthRuleWouldLetThrough() throws IOException {
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            var entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

            assertThat(entries).hasSizeBetween(100, 200).doesNotHaveDuplicates()
                    .allSatisfy(entry -> assertThat(entry).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH)
                            .isLowerCase());
        }
    }
}
