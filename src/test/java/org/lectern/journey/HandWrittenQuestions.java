package org.lectern.journey;

import java.util.List;

import org.lectern.course.QuestionBank;
import org.lectern.course.QuestionEdit;

/**
 * What an instructor does when the generator kept fewer questions than a quiz needs (it never pads): writes more by
 * hand, tied to sentences of the lesson. Journeys that need a quiz of a given length use it on the demo course.
 */
final class HandWrittenQuestions {

    private HandWrittenQuestions() {
    }

    /** Adds hand-written questions to the lesson until it holds {@code total} approved questions. */
    static void topUp(QuestionBank bank, long lessonId, long instructorId, int total) {
        var sentences = bank.sentences(lessonId, instructorId);
        int n = bank.approvedQuestions(lessonId).size();
        for (int i = 0; n < total; i++, n++) {
            var sentence = sentences.get(i % sentences.size());
            bank.addByHand(lessonId, new QuestionEdit("Hand-written question " + (i + 1)
                            + ": which option does the instructor mark right?",
                    List.of("Option " + (i + 1) + "A", "Option " + (i + 1) + "B", "Option " + (i + 1) + "C",
                            "Option " + (i + 1) + "D"), i % 4, "Written by hand for this quiz.",
                    sentence.paragraph(), sentence.start()), instructorId);
        }
    }
}
