package org.lectern.gradebook;

/** Where a student stands with an assigned lesson, as a gradebook cell shows it. */
public enum CellStatus {
    /** The lesson was not given to this student. */
    NOT_ASSIGNED("—"),
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    /** Due date passed with no attempt submitted. */
    MISSED("Missed");

    private final String label;

    CellStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
