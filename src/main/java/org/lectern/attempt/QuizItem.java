package org.lectern.attempt;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question of an attempt as the student sees it: no correct option unless {@code feedback} is present, which the
 * server fills only when the assignment's feedback timing allows.
 */
public record QuizItem(int position, String stem, List<String> options, OptionalInt chosen,
                       Optional<ItemFeedback> feedback) {

    public QuizItem {
        options = List.copyOf(options);
    }

    public boolean answered() {
        return chosen.isPresent();
    }
}
