package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Section;

class BankLintTest {

    private static final Article TWO_LESSONS = new Article("T", "", "", List.of(
            new Section("One", List.of("Some text."), List.of(), List.of()),
            new Section("Two", List.of("More text."), List.of(), List.of())), List.of(), List.of());

    /** A question whose answer stands at {@code answer}; options of equal length unless the answer is made longest. */
    private static GeneratedQuestion q(int lesson, QuestionKind kind, int answer, boolean longest) {
        List<String> options = new ArrayList<>(List.of("Alpha", "Bravo", "Delta", "Gamma"));
        if (longest) {
            options.set(answer, "Kilimanjaro");
        }
        return new GeneratedQuestion("q-" + lesson + kind + answer, kind, "Which of these names was in the text?",
                options, answer, new SourceSentence(lesson, 0, 0, 5, "Alpha"), "", List.of());
    }

    private static GeneratedBank bank(List<GeneratedQuestion> first, List<GeneratedQuestion> second) {
        return new GeneratedBank(List.of(new LessonBank(0, first, 0), new LessonBank(1, second, 0)));
    }

    private static List<LintRule> rules(GeneratedBank bank) {
        return new BankLint().check(bank).stream().map(LintFinding::rule).toList();
    }

    private static final QuestionKind G = QuestionKind.GAP_FILL;
    private static final QuestionKind W = QuestionKind.WH_QUESTION;

    @Test
    void aBalancedBankPasses() {
        GeneratedBank bank = bank(List.of(q(0, G, 0, false), q(0, W, 1, true), q(0, G, 2, false)),
                List.of(q(1, W, 3, false), q(1, G, 1, false), q(1, W, 0, false)));
        assertEquals(List.of(), new BankLint().check(bank));
    }

    @Test
    void onePlaceHoldingMoreThanFortyPercentOfAnswersIsFlagged() {
        GeneratedBank bank = bank(List.of(q(0, G, 0, false), q(0, W, 0, false), q(0, G, 1, false)),
                List.of(q(1, W, 0, false), q(1, G, 2, false), q(1, W, 3, false)));
        assertTrue(rules(bank).contains(LintRule.ANSWER_POSITION_SKEWED));
    }

    @Test
    void fourAnswersInARowInTheSamePlaceAreFlagged() {
        GeneratedBank bank = bank(List.of(q(0, G, 2, false), q(0, W, 2, false), q(0, G, 0, false),
                        q(0, G, 1, false), q(0, W, 3, false)),
                List.of(q(1, W, 1, false), q(1, G, 1, false), q(1, W, 1, false), q(1, G, 1, false),
                        q(1, W, 0, false), q(1, G, 3, false), q(1, W, 0, false)));
        assertTrue(rules(bank).contains(LintRule.ANSWER_POSITION_RUN), rules(bank).toString());
    }

    @Test
    void theAnswerBeingTheLongestOptionTooOftenIsFlagged() {
        GeneratedBank bank = bank(List.of(q(0, G, 0, true), q(0, W, 1, true), q(0, G, 2, true)),
                List.of(q(1, W, 3, false), q(1, G, 1, false), q(1, W, 0, false)));
        assertTrue(rules(bank).contains(LintRule.LONGEST_OPTION_IS_ANSWER));
    }

    @Test
    void aLessonWithoutQuestionOrABankOfOneKindIsNoDefect() {
        GeneratedBank bank = bank(List.of(q(0, G, 0, false), q(0, G, 1, false), q(0, G, 2, false)), List.of());
        assertEquals(List.of(), rules(bank));
    }
}
