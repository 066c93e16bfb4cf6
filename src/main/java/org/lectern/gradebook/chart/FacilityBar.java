package org.lectern.gradebook.chart;

import org.lectern.gradebook.statistics.QuestionStatistics;

/**
 * One question in the facility chart.
 *
 * @param label    how the question is named, such as "Q3. Which river ..."; shortened in the picture, whole in the
 *                 table and the tooltip
 * @param facility percentage from 0 to 100
 * @param flagged  whether the statistics flagged the question for a second look
 */
public record FacilityBar(String label, double facility, boolean flagged) {

    public FacilityBar {
        if (!Double.isFinite(facility) || facility < 0 || facility > 100) {
            throw new IllegalArgumentException("A facility must be a percentage from 0 to 100, not " + facility + ".");
        }
        label = label == null ? "" : label;
    }

    /** The bar of a question that has at least one attempt, and so a facility. */
    public static FacilityBar of(String label, QuestionStatistics statistics) {
        return new FacilityBar(label, statistics.facility().value(), statistics.isFlagged());
    }
}
