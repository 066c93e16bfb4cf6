package org.lectern.attempt;

/** Where a student stands with an assigned lesson, as the start page shows it. */
public enum LessonStatus {
    /** Opens later. */
    NOT_OPEN("Opens later"),
    NOT_STARTED("Not started"),
    /** Opened in the reader, not finished. */
    READING("Reading"),
    /** Read, quiz not started. */
    READ("Read"),
    QUIZ_IN_PROGRESS("Quiz in progress"),
    DONE("Done"),
    /** Due date passed with no attempt submitted. */
    MISSED("Missed");

    private final String label;

    LessonStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
