package org.lectern.classroom;

import java.time.Duration;
import java.util.Map;
import org.lectern.classroom.SignUpRefused.Field;
import org.lectern.security.Accounts;
import org.lectern.security.FailureThrottle;
import org.lectern.security.Role;
import org.lectern.security.SignedInUser;
import org.lectern.security.Throttles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How students come into classes: signing up with a class's join code, or joining another class with one.
 * <p>
 * A wrong code is a guess, so wrong codes are counted, like wrong passwords at sign-in: from one client address
 * before an account exists, per account afterwards. The address limit is generous because a whole class often signs
 * up from one school address; at either limit a brute-force search of the 31<sup>8</sup> codes takes centuries.
 */
@Service
public class Enrolment {

    static final int MAX_WRONG_CODES_PER_ADDRESS = 60;
    static final int MAX_WRONG_CODES_PER_STUDENT = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LOCK_TIME = Duration.ofMinutes(10);
    static final String TOO_MANY_WRONG_CODES =
            "Too many wrong class codes. Wait " + LOCK_TIME.toMinutes() + " minutes and try again.";

    private final Accounts accounts;
    private final Classes classes;
    private final FailureThrottle wrongCodesByAddress;
    private final FailureThrottle wrongCodesByStudent;

    Enrolment(Accounts accounts, Classes classes, Throttles throttles) {
        this.accounts = accounts;
        this.classes = classes;
        this.wrongCodesByAddress = throttles.create("join-code-address", MAX_WRONG_CODES_PER_ADDRESS, WINDOW,
                LOCK_TIME);
        this.wrongCodesByStudent = throttles.create("join-code-student", MAX_WRONG_CODES_PER_STUDENT, WINDOW,
                LOCK_TIME);
    }

    /**
     * Creates a student account and puts it on the roster of the class with the code, in one transaction: when any
     * check fails nothing is stored. The user name is only checked against existing accounts once the code is right,
     * so that without a class code the form reveals nobody's user name.
     *
     * @param clientAddress where the request came from, to limit guesses at codes before anyone has an account
     * @throws SignUpRefused with a sentence for each field that needs fixing
     */
    @Transactional
    public Enrolled signUp(NewStudent form, String clientAddress) {
        var address = String.valueOf(clientAddress);
        if (wrongCodesByAddress.isLocked(address)) {
            throw new SignUpRefused(Map.of(Field.JOIN_CODE, TOO_MANY_WRONG_CODES));
        }
        var problems = NewStudentChecks.problems(form);
        if (!problems.containsKey(Field.JOIN_CODE)) {
            var code = JoinCodes.normalise(form.joinCode());
            if (classes.openClassWithCode(code).isEmpty()) {
                wrongCodesByAddress.recordFailure(address);
                problems.put(Field.JOIN_CODE, Classes.noOpenClass(code));
            } else if (!problems.containsKey(Field.USERNAME) && accounts.findByUsername(form.username()).isPresent()) {
                problems.put(Field.USERNAME, taken(form.username()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SignUpRefused(problems);
        }
        return create(form);
    }

    /**
     * Puts a signed-in student on the roster of another class.
     *
     * @throws IllegalArgumentException when the code is malformed, wrong or archived, the student is already in the
     *                                  class, or has entered too many wrong codes lately
     */
    @Transactional
    public ClassSummary joinAnother(String code, long studentId) {
        var key = Long.toString(studentId);
        if (wrongCodesByStudent.isLocked(key)) {
            throw new IllegalArgumentException(TOO_MANY_WRONG_CODES);
        }
        NewStudentChecks.codeShapeProblem(code).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        var normalised = JoinCodes.normalise(code);
        var room = classes.openClassWithCode(normalised).orElseThrow(() -> {
            wrongCodesByStudent.recordFailure(key);
            return new IllegalArgumentException(Classes.noOpenClass(normalised));
        });
        if (classes.classesOf(studentId).stream().anyMatch(mine -> mine.id() == room.id())) {
            throw new IllegalArgumentException("You are already in " + room.name() + ".");
        }
        return classes.join(normalised, studentId);
    }

    private Enrolled create(NewStudent form) {
        // The checks above ran in this transaction, but a concurrent sign-up may take the name, or the instructor
        // archive the class, before it ends. Either refusal rolls back everything, the new account included.
        SignedInUser student;
        try {
            student = accounts.create(form.username(), form.displayName(), form.password(), Role.STUDENT);
        } catch (IllegalArgumentException | DataIntegrityViolationException takenMeanwhile) {
            throw new SignUpRefused(Map.of(Field.USERNAME, taken(form.username())));
        }
        try {
            return new Enrolled(student, classes.join(form.joinCode(), student.accountId()));
        } catch (IllegalArgumentException closedMeanwhile) {
            throw new SignUpRefused(Map.of(Field.JOIN_CODE, closedMeanwhile.getMessage()));
        }
    }

    private static String taken(String username) {
        return "The user name " + Accounts.normalise(username) + " is taken. Choose another.";
    }
}
