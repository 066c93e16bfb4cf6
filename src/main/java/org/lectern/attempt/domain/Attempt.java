package org.lectern.attempt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** One student's attempt at the quiz of an assigned lesson. Its questions are {@link AttemptItem} rows. */
@Entity
@Table(name = "attempts")
public class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "assigned_lesson_id", nullable = false)
    private long assignedLessonId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(nullable = false)
    private int number;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_by", length = 20)
    private SubmittedBy submittedBy;

    private Integer score;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    protected Attempt() {
        // for JPA
    }

    public Attempt(long studentId, long assignmentId, long assignedLessonId, long lessonId, int number,
                   Instant startedAt, Instant deadlineAt, int maxScore) {
        this.studentId = studentId;
        this.assignmentId = assignmentId;
        this.assignedLessonId = assignedLessonId;
        this.lessonId = lessonId;
        this.number = number;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
        this.maxScore = maxScore;
    }

    /** Ends the attempt with its score; the caller holds the row lock and has checked it was still open. */
    public void submit(Instant at, SubmittedBy by, int points) {
        if (submittedAt != null) {
            throw new IllegalStateException("Attempt " + id + " is already submitted.");
        }
        submittedAt = at;
        submittedBy = by;
        score = points;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Whether answers are still taken at this instant: open, and not past its deadline plus the grace. */
    public boolean acceptsAnswersAt(Instant now, Duration grace) {
        return submittedAt == null && (deadlineAt == null || !now.isAfter(deadlineAt.plus(grace)));
    }

    public Long getId() {
        return id;
    }

    public long getStudentId() {
        return studentId;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getAssignedLessonId() {
        return assignedLessonId;
    }

    public long getLessonId() {
        return lessonId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Instant> getDeadlineAt() {
        return Optional.ofNullable(deadlineAt);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<SubmittedBy> getSubmittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public OptionalInt getScore() {
        return score == null ? OptionalInt.empty() : OptionalInt.of(score);
    }

    public int getMaxScore() {
        return maxScore;
    }
}
