package org.lectern.classroom.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A student on a class's roster, referred to by account id, with when they joined. */
@Embeddable
public class Membership {

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected Membership() {
        // for JPA
    }

    public Membership(long studentId, Instant joinedAt) {
        this.studentId = studentId;
        this.joinedAt = joinedAt;
    }

    public long getStudentId() {
        return studentId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    // A roster holds a student once: equality is by student, whatever the join time.
    @Override
    public boolean equals(Object other) {
        return other instanceof Membership m && m.studentId == studentId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId);
    }
}
