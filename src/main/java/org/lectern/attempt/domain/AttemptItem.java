package org.lectern.attempt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A question of an attempt as it was shown: copied from the question bank when the attempt started, options in the
 * order shown. {@code originalOrder} says which bank option each shown option was.
 */
@Entity
@Table(name = "attempt_items")
@IdClass(AttemptItem.Key.class)
public class AttemptItem {

    @Id
    @Column(name = "attempt_id")
    private long attemptId;

    @Id
    private int position;

    @Column(name = "question_id", nullable = false, length = 64)
    private String questionId;

    @Column(nullable = false, length = 4000)
    private String stem;

    @Convert(converter = TextListConverter.class)
    @Column(nullable = false, length = 8000)
    private List<String> options;

    @Convert(converter = IntListConverter.class)
    @Column(name = "original_order", nullable = false, length = 200)
    private List<Integer> originalOrder;

    @Column(name = "correct_option", nullable = false)
    private int correctOption;

    @Column(nullable = false, length = 4000)
    private String explanation;

    @Column(name = "source_sentence", nullable = false, length = 4000)
    private String sourceSentence;

    @Column(nullable = false)
    private int paragraph;

    @Column(name = "chosen_option")
    private Integer chosenOption;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected AttemptItem() {
        // for JPA
    }

    public AttemptItem(long attemptId, int position, String questionId, String stem, List<String> options,
                       List<Integer> originalOrder, int correctOption, String explanation, String sourceSentence,
                       int paragraph) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionId = questionId;
        this.stem = stem;
        this.options = List.copyOf(options);
        this.originalOrder = List.copyOf(originalOrder);
        this.correctOption = correctOption;
        this.explanation = explanation;
        this.sourceSentence = sourceSentence;
        this.paragraph = paragraph;
    }

    public void choose(int option, Instant at) {
        if (option < 0 || option >= options.size()) {
            throw new IllegalArgumentException("That option is not one of this question's.");
        }
        chosenOption = option;
        answeredAt = at;
    }

    public boolean isCorrect() {
        return chosenOption != null && chosenOption == correctOption;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getStem() {
        return stem;
    }

    public List<String> getOptions() {
        return options;
    }

    public List<Integer> getOriginalOrder() {
        return originalOrder;
    }

    public int getCorrectOption() {
        return correctOption;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getSourceSentence() {
        return sourceSentence;
    }

    public int getParagraph() {
        return paragraph;
    }

    public OptionalInt getChosenOption() {
        return chosenOption == null ? OptionalInt.empty() : OptionalInt.of(chosenOption);
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    /** The composite key: an attempt and a position in it. */
    public record Key(long attemptId, int position) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
