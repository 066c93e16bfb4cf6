package org.lectern.course.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of a course's article: its paragraphs, captions, citations, subsection headings and the questions
 * placed in it.
 */
@Entity
@Table(name = "lessons")
public class Lesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "rejected_questions", nullable = false)
    private int rejectedQuestions;

    @ElementCollection
    @CollectionTable(name = "lesson_paragraphs", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "body", nullable = false, length = 65535)
    private List<String> paragraphs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lesson_captions", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "body", nullable = false, length = 2000)
    private List<String> captions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lesson_citations", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "ordinal")
    private List<CitationEntry> citations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lesson_headings", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "ordinal")
    private List<HeadingEntry> headings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lesson_questions", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "ordinal")
    private List<QuestionPlacement> questions = new ArrayList<>();

    protected Lesson() {
        // for JPA
    }

    Lesson(Course course, int ordinal, String title, int rejectedQuestions) {
        this.course = course;
        this.ordinal = ordinal;
        this.title = title;
        this.rejectedQuestions = rejectedQuestions;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getTitle() {
        return title;
    }

    public int getRejectedQuestions() {
        return rejectedQuestions;
    }

    public List<String> getParagraphs() {
        return paragraphs;
    }

    public List<String> getCaptions() {
        return captions;
    }

    public List<CitationEntry> getCitations() {
        return citations;
    }

    public List<HeadingEntry> getHeadings() {
        return headings;
    }

    public List<QuestionPlacement> getQuestions() {
        return questions;
    }
}
