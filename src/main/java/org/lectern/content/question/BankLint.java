package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules a whole bank meets: answers spread over the four places and the answer seldom the longest option. A lesson
 * without a question and a bank of one kind are no defects: the generator keeps only what clears its bar.
 */
public final class BankLint {

    static final double MAX_POSITION_SHARE = 0.40;
    static final int MAX_RUN = 3;
    /** Below this many questions the share of a place says nothing. */
    static final int MIN_FOR_SPREAD = 5;
    static final double MAX_LONGEST_SHARE = 0.35;

    public List<LintFinding> check(GeneratedBank bank) {
        List<LintFinding> out = new ArrayList<>();
        List<GeneratedQuestion> all = bank.questions();
        int n = all.size();
        if (n > 0) {
            int[] positions = new int[4];
            all.forEach(q -> positions[q.answer()]++);
            // A bank of a few questions cannot spread its answers: two questions put one at 50%.
            for (int p = 0; p < 4 && n >= MIN_FOR_SPREAD; p++) {
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
