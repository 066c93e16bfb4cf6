package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts each question's options in display order. Numeric options ascend, which fixes the answer's place; for the
 * others the place is chosen across the bank so no place takes more than its share and no place repeats four times in
 * a row. The wrong options keep a fixed alphabetical order, so the result depends on content alone.
 */
final class AnswerOrder {

    private final int[] counts = new int[4];
    private final List<Integer> history = new ArrayList<>();

    /** Options in display order and the answer's index. */
    record Placed(List<String> options, int answer) {
    }

    Placed place(Draft draft) {
        // Numeric drafts carry a distractor set for each place; the bank picks the place, as for any other.
        Draft d = draft.byPlace().isEmpty() ? draft : draft.placedAt(choose(draft.seed()));
        List<String> options = new ArrayList<>(d.distractors());
        int answer;
        if (d.numeric()) {
            options.add(d.answer());
            options.sort(Comparator.comparingDouble(o -> Numbers.value(o).orElse(0.0)));
            answer = options.indexOf(d.answer());
        } else {
            options.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
            answer = choose(d.seed());
            options.add(answer, d.answer());
        }
        counts[answer]++;
        history.add(answer);
        return new Placed(options, answer);
    }

    /** The least used place that does not make a fourth in a row; ties broken by the draft's own seed. */
    private int choose(int seed) {
        int best = -1;
        for (int k = 0; k < 4; k++) {
            int p = Math.floorMod(seed + k, 4);
            if (wouldRun(p)) {
                continue;
            }
            if (best < 0 || counts[p] < counts[best]) {
                best = p;
            }
        }
        return best;
    }

    private boolean wouldRun(int p) {
        int n = history.size();
        return n >= 3 && history.get(n - 1) == p && history.get(n - 2) == p && history.get(n - 3) == p;
    }
}
