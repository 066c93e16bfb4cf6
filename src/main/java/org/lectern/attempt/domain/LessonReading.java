package org.lectern.attempt.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** A student's reading of an assigned lesson: when they first opened it and when they finished it. */
@Entity
@Table(name = "lesson_readings")
@IdClass(LessonReading.Key.class)
public class LessonReading {

    @Id
    @Column(name = "student_id")
    private long studentId;

    @Id
    @Column(name = "assigned_lesson_id")
    private long assignedLessonId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected LessonReading() {
        // for JPA
    }

    public LessonReading(long studentId, long assignedLessonId, Instant openedAt) {
        this.studentId = studentId;
        this.assignedLessonId = assignedLessonId;
        this.openedAt = openedAt;
    }

    /** Marks it read; the first time counts. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getAssignedLessonId() {
        return assignedLessonId;
    }

    public Optional<Instant> getReadAt() {
        return Optional.ofNullable(readAt);
    }

    /** The composite key: a student and an assigned lesson. */
    public record Key(long studentId, long assignedLessonId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
