package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {

    private static final String SENTENCE = "In 2018, trade passed $100 billion.";

    @Test
    void theSameSentenceAndAnswerKeepTheirIdAcrossRuns() {
        assertEquals(QuestionIds.id("1", QuestionKind.GAP_FILL, SENTENCE, "2018"),
                QuestionIds.id("1", QuestionKind.GAP_FILL, SENTENCE + "  ", "2018"));
    }

    @Test
    void aDifferentAnswerKindOrVersionGivesADifferentId() {
        String id = QuestionIds.id("1", QuestionKind.GAP_FILL, SENTENCE, "2018");
        assertNotEquals(id, QuestionIds.id("1", QuestionKind.GAP_FILL, SENTENCE, "$100 billion"));
        assertNotEquals(id, QuestionIds.id("1", QuestionKind.WH_QUESTION, SENTENCE, "2018"));
        assertNotEquals(id, QuestionIds.id("2", QuestionKind.GAP_FILL, SENTENCE, "2018"));
    }
}
