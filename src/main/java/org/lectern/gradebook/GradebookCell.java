package org.lectern.gradebook;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One student at one assigned lesson.
 *
 * @param score          the counting score in percent, by the assignment's rule; empty before a submitted attempt
 * @param attempts       how many attempts the student has started
 * @param reviewAttempt  the attempt a click opens: the one that counts, else the latest; empty when none
 */
public record GradebookCell(CellStatus status, OptionalDouble score, int attempts, OptionalLong reviewAttempt) {

    static final GradebookCell NOT_ASSIGNED =
            new GradebookCell(CellStatus.NOT_ASSIGNED, OptionalDouble.empty(), 0, OptionalLong.empty());

    /** "85% · Done", "Not started": what the grid and its CSV show. */
    public String text() {
        return score.isPresent() ? Percent.of(score.getAsDouble()) + " · " + status.label() : status.label();
    }
}
