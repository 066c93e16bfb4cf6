package org.lectern.classroom;

/**
 * What a student types to sign up, as typed: {@link Enrolment#signUp} normalises and checks it.
 *
 * @param joinCode    the code of the class to join
 * @param username    the sign-in name they choose
 * @param displayName the name their instructor and classmates see
 * @param password    the password they choose, checked against {@link org.lectern.security.PasswordPolicy}
 */
public record NewStudent(String joinCode, String username, String displayName, String password) {

    @Override
    public String toString() {
        // Records print every component; a password must never reach a log line.
        return "NewStudent[joinCode=" + joinCode + ", username=" + username + "]";
    }
}
