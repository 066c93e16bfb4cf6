package org.lectern.attempt;

/** What ended a submitted attempt, as an instructor's records name it. */
public enum EndedBy {
    STUDENT("Student"),
    TIME_LIMIT("Time limit"),
    DUE_DATE("Due date");

    private final String label;

    EndedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
