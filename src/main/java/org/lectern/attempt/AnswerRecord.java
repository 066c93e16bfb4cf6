package org.lectern.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question of an attempt as it was shown, with the answer given: for instructors' records only, since it carries
 * the correct option whatever the assignment's feedback timing.
 *
 * @param options       in the order the student saw them
 * @param chosen        the index of the chosen option in {@code options}; empty when unanswered
 * @param correctOption the index of the correct option in {@code options}
 * @param answeredAt    when the last choice was saved
 * @param originalOrder for each option shown, its index in the question bank's order (the same for every student,
 *                      however the options were shuffled)
 */
public record AnswerRecord(int position, String questionId, String stem, List<String> options, OptionalInt chosen,
                           int correctOption, Optional<Instant> answeredAt, List<Integer> originalOrder) {

    public AnswerRecord {
        options = List.copyOf(options);
        originalOrder = List.copyOf(originalOrder);
    }

    /** The options in the question bank's order. */
    public List<String> bankOptions() {
        var ordered = new String[options.size()];
        for (int shown = 0; shown < options.size(); shown++) {
            ordered[originalOrder.get(shown)] = options.get(shown);
        }
        return List.of(ordered);
    }

    /** The chosen option's index in the question bank's order. */
    public OptionalInt chosenInBankOrder() {
        return chosen.isPresent() ? OptionalInt.of(originalOrder.get(chosen.getAsInt())) : OptionalInt.empty();
    }

    public int correctInBankOrder() {
        return originalOrder.get(correctOption);
    }

    public boolean answered() {
        return chosen.isPresent();
    }

    public boolean correct() {
        return chosen.isPresent() && chosen.getAsInt() == correctOption;
    }

    public Optional<String> chosenText() {
        return chosen.isPresent() ? Optional.of(options.get(chosen.getAsInt())) : Optional.empty();
    }

    public String correctText() {
        return options.get(correctOption);
    }
}
