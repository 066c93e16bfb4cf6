package org.lectern.gradebook.chart;

import java.time.Instant;

/**
 * One score on a student's timeline.
 *
 * @param at      when the attempt was submitted
 * @param score   percentage from 0 to 100
 * @param label   what was attempted, such as the assignment's title
 */
public record TimelinePoint(Instant at, double score, String label) {

    public TimelinePoint {
        if (at == null) {
            throw new IllegalArgumentException("A score on the timeline needs its date.");
        }
        if (!Double.isFinite(score) || score < 0 || score > 100) {
            throw new IllegalArgumentException("A score must be a percentage from 0 to 100, not " + score + ".");
        }
        label = label == null ? "" : label;
    }
}
