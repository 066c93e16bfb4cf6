package org.lectern.attempt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A question a student missed, on a Leitner schedule: box 1, 2 and 3 come back after 1, 3 and 7 days. A right
 * answer moves the card up a box (a right answer in the last box masters it), a wrong one back to box 1.
 */
@Entity
@Table(name = "practice_cards")
@IdClass(PracticeCard.Key.class)
public class PracticeCard {

    private static final Duration[] INTERVALS = {Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7)};

    @Id
    @Column(name = "student_id")
    private long studentId;

    @Id
    @Column(name = "question_id", length = 64)
    private String questionId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(nullable = false)
    private int box;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(nullable = false)
    private boolean mastered;

    protected PracticeCard() {
        // for JPA
    }

    /** A newly missed question, due from {@code dueAt} on (at once, or when its feedback may be shown). */
    public PracticeCard(long studentId, String questionId, long lessonId, Instant dueAt) {
        this.studentId = studentId;
        this.questionId = questionId;
        this.lessonId = lessonId;
        this.box = 1;
        this.dueAt = dueAt;
    }

    /** Missed again in a graded attempt: back to the first box, due no later than {@code dueAt}. */
    public void missedAgain(Instant due) {
        box = 1;
        mastered = false;
        if (due.isBefore(dueAt)) {
            dueAt = due;
        }
    }

    public void review(boolean correct, Instant now) {
        reviewedAt = now;
        if (!correct) {
            box = 1;
        } else if (box == INTERVALS.length) {
            mastered = true;
        } else {
            box++;
        }
        dueAt = now.plus(INTERVALS[box - 1]);
    }

    public boolean isDueAt(Instant now) {
        return !mastered && !dueAt.isAfter(now);
    }

    public String getQuestionId() {
        return questionId;
    }

    public long getLessonId() {
        return lessonId;
    }

    public int getBox() {
        return box;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isMastered() {
        return mastered;
    }

    /** The composite key: a student and a question. */
    public record Key(long studentId, String questionId) implements Serializable {
        public Key() {
            this(0, null);
        }
    }
}
