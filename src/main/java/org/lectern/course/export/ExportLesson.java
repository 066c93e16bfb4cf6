package org.lectern.course.export;

import java.util.List;
import org.lectern.course.BankQuestion;

/**
 * A lesson's approved questions, in the lesson's order.
 *
 * @param number the lesson's place in the course, counted from 1 as instructors see it
 */
public record ExportLesson(long id, int number, String title, List<BankQuestion> questions) {

    public ExportLesson {
        questions = List.copyOf(questions);
    }

    /** The lesson as category names and titles show it: "3. Trade routes". */
    public String label() {
        return number + ". " + title;
    }

    /**
     * Where a question's source sentence stands: {@code L3.P2.C15-80} is lesson 3, paragraph 2 (both from 1),
     * characters 15 up to 80 of that paragraph. Short and free of spaces, so it fits in a tag.
     */
    public String sourceRef(BankQuestion question) {
        return "L" + number + ".P" + (question.paragraph() + 1) + ".C" + question.start() + "-" + question.end();
    }
}
