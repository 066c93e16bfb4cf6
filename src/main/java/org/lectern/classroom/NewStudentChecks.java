package org.lectern.classroom;

import java.util.EnumMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lectern.classroom.SignUpRefused.Field;
import org.lectern.security.Accounts;
import org.lectern.security.PasswordPolicy;

/**
 * The checks of a sign-up that need no database: the shape of the code and the user name, the display name and the
 * password. Each failed check gives one sentence a student can act on.
 */
final class NewStudentChecks {

    static final int MIN_USERNAME = 3;
    static final int MAX_USERNAME = 64;
    static final int MAX_DISPLAY_NAME = 120;
    // Letters of any script, so students need not transliterate their names; no spaces, which trip up sign-in.
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    private NewStudentChecks() {
    }

    static EnumMap<Field, String> problems(NewStudent form) {
        var problems = new EnumMap<Field, String>(Field.class);
        codeShapeProblem(form.joinCode()).ifPresent(p -> problems.put(Field.JOIN_CODE, p));
        usernameProblem(form.username()).ifPresent(p -> problems.put(Field.USERNAME, p));
        var shown = form.displayName() == null ? "" : form.displayName().strip();
        if (shown.isEmpty()) {
            problems.put(Field.DISPLAY_NAME, "Enter your name as your instructor should see it.");
        } else if (shown.length() > MAX_DISPLAY_NAME) {
            problems.put(Field.DISPLAY_NAME, "Use at most " + MAX_DISPLAY_NAME + " characters.");
        }
        var weak = PasswordPolicy.problems(form.password(), form.username());
        if (!weak.isEmpty()) {
            problems.put(Field.PASSWORD, String.join(" ", weak));
        }
        return problems;
    }

    /** A code that cannot be any class's code is told apart from a wrong one, and costs no guess. */
    static Optional<String> codeShapeProblem(String typed) {
        var code = JoinCodes.normalise(typed);
        if (code.isEmpty()) {
            return Optional.of("Enter the class code your instructor gave you.");
        }
        if (code.chars().anyMatch(c -> JoinCodes.ALPHABET.indexOf(c) < 0)) {
            return Optional.of("Class codes use letters and the digits 2 to 9, never 0, O, 1, I or L. "
                    + "Check the code with your instructor.");
        }
        if (code.length() != JoinCodes.LENGTH) {
            return Optional.of("A class code has " + JoinCodes.LENGTH + " characters; you entered "
                    + code.length() + ".");
        }
        return Optional.empty();
    }

    private static Optional<String> usernameProblem(String typed) {
        var name = Accounts.normalise(typed);
        if (name.isEmpty()) {
            return Optional.of("Choose a user name.");
        }
        if (name.length() < MIN_USERNAME || name.length() > MAX_USERNAME || !USERNAME.matcher(name).matches()) {
            return Optional.of("Use " + MIN_USERNAME + " to " + MAX_USERNAME + " letters, digits, dots, "
                    + "dashes or underscores, starting with a letter or digit.");
        }
        return Optional.empty();
    }
}
