package org.lectern.classroom;

import java.util.Map;

/** A sign-up that was refused, with one plain sentence per field that needs fixing. Nothing was stored. */
public class SignUpRefused extends IllegalArgumentException {

    /** The fields of the sign-up form a problem can belong to. */
    public enum Field { JOIN_CODE, USERNAME, DISPLAY_NAME, PASSWORD }

    private final transient Map<Field, String> problems;

    SignUpRefused(Map<Field, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    /** The problem with each field that has one. */
    public Map<Field, String> problems() {
        return problems;
    }
}
