package org.lectern.content.question;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lectern.content.Article;

/**
 * Rules a whole bank meets: answers spread over the four places, the answer seldom the longest option, a question
 * in every lesson that has text, and no kind crowding out the others.
 */
public final class BankLint {

    static final double MAX_POSITION_SHARE = 0.40;
    static final int MAX_RUN = 3;
    static final double MAX_LONGEST_SHARE = 0.35;
    static final double MAX_KIND_SHARE = 0.60;

    public List<LintFinding> check(GeneratedBank bank, Article article) {
        List<LintFinding> out = new ArrayList<>();
        List<GeneratedQuestion> all = bank.questions();
        int n = all.size();
        if (n > 0) {
            int[] positions = new int[4];
            all.forEach(q -> positions[q.answer()]++);
            for (int p = 0; p < 4; p++) {
                if (positions[p] > MAX_POSITION_SHARE * n) {
                    out.add(new LintFinding(LintRule.ANSWER_POSITION_SKEWED, "option " + (char) ('A' + p)
                            + " is correct in " + positions[p] + " of " + n + " questions"));
                }
            }
            int run = 1;
            for (int i = 1; i < n; i++) {
                run = all.get(i).answer() == all.get(i - 1).answer() ? run + 1 : 1;
                if (run == MAX_RUN + 1) {
                    out.add(new LintFinding(LintRule.ANSWER_POSITION_RUN, (MAX_RUN + 1) + " questions in a row from "
                            + all.get(i - MAX_RUN).id() + " have their answer in the same place"));
                }
            }
            long longest = all.stream().filter(BankLint::answerIsLongest).count();
            if (longest > MAX_LONGEST_SHARE * n) {
                out.add(new LintFinding(LintRule.LONGEST_OPTION_IS_ANSWER, "the answer is the longest option in "
                        + longest + " of " + n + " questions"));
            }
            Map<QuestionKind, Integer> kinds = new EnumMap<>(QuestionKind.class);
            all.forEach(q -> kinds.merge(q.kind(), 1, Integer::sum));
            kinds.forEach((kind, count) -> {
                if (count > MAX_KIND_SHARE * n) {
                    out.add(new LintFinding(LintRule.KIND_DOMINATES, kind + " makes " + count + " of " + n));
                }
            });
        }
        for (int l = 0; l < article.lessons().size(); l++) {
            boolean hasText = article.lessons().get(l).paragraphs().stream().anyMatch(p -> !p.isBlank());
            int lesson = l;
            boolean hasQuestion = bank.lessons().stream().anyMatch(b -> b.lesson() == lesson && !b.questions().isEmpty());
            if (hasText && !hasQuestion) {
                out.add(new LintFinding(LintRule.LESSON_WITHOUT_QUESTION, "lesson " + l + " “"
                        + article.lessons().get(l).title() + "” has no question"));
            }
        }
        return out;
    }

    /** The correct option is strictly longer than every other, a cue test-wise learners use. */
    static boolean answerIsLongest(GeneratedQuestion q) {
        int length = q.correctOption().length();
        for (int i = 0; i < q.options().size(); i++) {
            if (i != q.answer() && q.options().get(i).length() >= length) {
                return false;
            }
        }
        return true;
    }
}
