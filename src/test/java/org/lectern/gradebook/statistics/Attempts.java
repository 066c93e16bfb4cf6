package org.lectern.gradebook.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Builds attempts from rows of marks for the statistics tests: question i of a row is "q" + (i + 1). */
final class Attempts {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Attempts() {
    }

    /** One first attempt per student, one row of one-mark questions each. */
    static List<ScoredAttempt> firstAttempts(int[]... rows) {
        var attempts = new ArrayList<ScoredAttempt>();
        for (int i = 0; i < rows.length; i++) {
            attempts.add(attempt(i + 1, i + 1, 1, rows[i]));
        }
        return attempts;
    }

    static ScoredAttempt attempt(long attemptId, long studentId, int number, int... marks) {
        var responses = new ArrayList<ScoredResponse>();
        for (int q = 0; q < marks.length; q++) {
            responses.add(response("q" + (q + 1), marks[q]));
        }
        return new ScoredAttempt(attemptId, studentId, number, START.plusSeconds(3600L * attemptId), responses);
    }

    static ScoredAttempt attempt(long attemptId, List<ScoredResponse> responses) {
        return new ScoredAttempt(attemptId, attemptId, 1, START.plusSeconds(3600L * attemptId), responses);
    }

    static ScoredResponse response(String questionId, double mark) {
        return new ScoredResponse(questionId, mark, 1, OptionalInt.empty());
    }
}
