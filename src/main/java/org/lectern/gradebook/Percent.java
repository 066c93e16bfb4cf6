package org.lectern.gradebook;

/** A percentage as every gradebook page and file writes it: whole numbers, rounded half up. */
public final class Percent {

    private Percent() {
    }

    public static String of(double percent) {
        return Math.round(percent) + "%";
    }

    /** The bare number, for spreadsheets. */
    public static String number(double percent) {
        return String.valueOf(Math.round(percent));
    }
}
