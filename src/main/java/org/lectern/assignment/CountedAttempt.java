package org.lectern.assignment;

/** Which of a student's attempts makes their score for an assigned lesson. */
public enum CountedAttempt {
    HIGHEST("highest score"), LAST("last attempt"), FIRST("first attempt"), AVERAGE("average of attempts");

    private final String label;

    CountedAttempt(String label) {
        this.label = label;
    }

    /** The rule in the words results and gradebooks use: "counts: the highest score". */
    public String label() {
        return label;
    }
}
