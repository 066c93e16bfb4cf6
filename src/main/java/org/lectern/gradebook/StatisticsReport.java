package org.lectern.gradebook;

import java.util.List;
import org.lectern.assignment.AssignedLesson;
import org.lectern.gradebook.statistics.AttemptSelection;
import org.lectern.gradebook.statistics.ItemAnalysis;

/**
 * The item statistics of an assigned lesson's quiz, with what the page needs to name its questions.
 *
 * @param questions the questions as the attempts showed them, options in the question bank's order
 * @param scores    each counted attempt's score in percent, for the distribution chart
 */
public record StatisticsReport(long assignmentId, String assignmentTitle, AssignedLesson lesson,
                               AttemptSelection selection, ItemAnalysis analysis, List<Question> questions,
                               List<Double> scores) {

    public StatisticsReport {
        questions = List.copyOf(questions);
        scores = List.copyOf(scores);
    }

    /** A question of the quiz; {@code correctOption} indexes {@code options}, in the bank's order. */
    public record Question(String id, String stem, List<String> options, int correctOption) {
        public Question {
            options = List.copyOf(options);
        }
    }
}
