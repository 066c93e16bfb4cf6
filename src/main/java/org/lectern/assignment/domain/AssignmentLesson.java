package org.lectern.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.lectern.assignment.AssignedLesson;

/** One lesson of an assignment, referred to by the course module's ids. */
@Entity
@Table(name = "assignment_lessons")
public class AssignmentLesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(nullable = false)
    private int ordinal;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "course_title", nullable = false, length = 500)
    private String courseTitle;

    @Column(name = "lesson_title", nullable = false, length = 500)
    private String lessonTitle;

    protected AssignmentLesson() {
        // for JPA
    }

    AssignmentLesson(Assignment assignment, LessonRef lesson) {
        this.assignment = assignment;
        this.courseId = lesson.courseId();
        this.lessonId = lesson.lessonId();
        this.courseTitle = lesson.courseTitle();
        this.lessonTitle = lesson.lessonTitle();
    }

    public Assignment getAssignment() {
        return assignment;
    }

    int getOrdinal() {
        return ordinal;
    }

    public long getLessonId() {
        return lessonId;
    }

    void setOrdinal(int ordinal) {
        this.ordinal = ordinal;
    }

    public AssignedLesson toRecord() {
        return new AssignedLesson(id, courseId, lessonId, courseTitle, lessonTitle);
    }
}
