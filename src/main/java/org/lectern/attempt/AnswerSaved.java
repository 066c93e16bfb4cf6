package org.lectern.attempt;

import java.time.Instant;
import java.util.Optional;

/** An answer the server has committed, with its feedback when the assignment gives feedback after each answer. */
public record AnswerSaved(int position, int chosen, Instant savedAt, Optional<ItemFeedback> feedback) {
}
