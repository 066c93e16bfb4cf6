package org.lectern.gradebook.statistics;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * A submitted attempt with its marked responses.
 *
 * @param attemptNumber which of the student's attempts this is, 1 for the first
 * @param responses     the questions of this attempt in the order the attempt held them (its slots); a question the
 *                      attempt did not contain (a random subset) is simply absent
 */
public record ScoredAttempt(long attemptId, long studentId, int attemptNumber, Instant submittedAt,
                            List<ScoredResponse> responses) {

    public ScoredAttempt {
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("Attempt " + attemptId + " has number " + attemptNumber
                    + "; the first is 1.");
        }
        if (submittedAt == null) {
            throw new IllegalArgumentException("Attempt " + attemptId + " has no submission time.");
        }
        responses = List.copyOf(responses);
        var seen = new HashSet<String>();
        for (var response : responses) {
            if (!seen.add(response.questionId())) {
                throw new IllegalArgumentException("Attempt " + attemptId + " holds question "
                        + response.questionId() + " twice.");
            }
        }
    }

    /** The attempt's score: the sum of its marks, what Moodle calls sumgrades. */
    public double total() {
        return responses.stream().mapToDouble(ScoredResponse::mark).sum();
    }

    /** The most the attempt could have scored. */
    public double maxTotal() {
        return responses.stream().mapToDouble(ScoredResponse::maxMark).sum();
    }

    /** The score as a fraction of the most it could have been; 0 for an attempt without questions. */
    public double fraction() {
        double max = maxTotal();
        return max == 0 ? 0 : total() / max;
    }
}
