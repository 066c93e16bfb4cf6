package org.lectern.gradebook.statistics;

/** Why a question may deserve a second look, with the thresholds Moodle's report uses. */
public enum QuestionFlag {
    /** Facility below 10%: almost nobody got it right. */
    TOO_HARD("Facility below 10%: almost nobody got it right."),
    /** Facility above 90%: almost everybody got it right. */
    TOO_EASY("Facility above 90%: almost everybody got it right."),
    /** Discriminative efficiency below 15%: it hardly tells stronger from weaker students. */
    POOR_DISCRIMINATION("Discriminative efficiency below 15%: it hardly tells stronger from weaker students.");

    private final String explanation;

    QuestionFlag(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
