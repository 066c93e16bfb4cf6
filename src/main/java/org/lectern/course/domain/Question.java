package org.lectern.course.domain;

import jakarta.persistence.CollectionTable;
import org.lectern.course.QuestionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A multiple-choice question. Its id is stable across versions of the article while its source sentence is
 * unchanged, so review status, edits and students' history stay with it.
 */
@Entity
@Table(name = "questions")
public class Question {

    /** The longest reason stored; a longer one is cut (they are short phrases). */
    static final int REASON_LENGTH = 500;

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, length = 64)
    private String lineage;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 2000)
    private String stem;

    @ElementCollection
    @CollectionTable(name = "question_options", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "body", nullable = false, length = 1000)
    private List<String> options = new ArrayList<>();

    @Column(name = "correct_option", nullable = false)
    private int correctOption;

    @Column(nullable = false, length = 4000)
    private String explanation;

    @Column(name = "source_sentence", nullable = false, length = 4000)
    private String sourceSentence;

    @ElementCollection
    @CollectionTable(name = "question_citations", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "note_number", nullable = false)
    private List<Integer> citations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionStatus status;

    /** The generator's confidence that a teacher would use the question as it is, 0 to 100; 0 when not judged. */
    @Column(nullable = false)
    private int quality;

    /** Why the generator scored it so: strengths first, then doubts. Empty when not judged. */
    @ElementCollection
    @CollectionTable(name = "question_reasons", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "body", nullable = false, length = REASON_LENGTH)
    private List<String> reasons = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Question() {
        // for JPA
    }

    public Question(String id, String lineage, String kind, String stem, List<String> options, int correctOption,
                    String explanation, String sourceSentence, List<Integer> citations, QuestionStatus status,
                    Instant now) {
        this(id, lineage, kind, stem, options, correctOption, explanation, sourceSentence, citations, status, 0,
                List.of(), now);
    }

    /** A question with the generator's judgement of it: its quality (0 to 100) and the reasons for it. */
    public Question(String id, String lineage, String kind, String stem, List<String> options, int correctOption,
                    String explanation, String sourceSentence, List<Integer> citations, QuestionStatus status,
                    int quality, List<String> reasons, Instant now) {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100: " + quality);
        }
        this.id = id;
        this.lineage = lineage;
        this.kind = kind;
        this.stem = stem;
        this.options = new ArrayList<>(options);
        this.correctOption = correctOption;
        this.explanation = explanation;
        this.sourceSentence = sourceSentence;
        this.citations = new ArrayList<>(citations);
        this.status = status;
        this.quality = quality;
        this.reasons = new ArrayList<>(reasons.stream()
                .map(r -> r.length() > REASON_LENGTH ? r.substring(0, REASON_LENGTH) : r).toList());
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * An instructor's edit: the id stays, so the question's history stays with it. The generator's judgement no
     * longer applies to the edited question, so its quality becomes 0 and its reasons go.
     */
    public void edit(String newStem, List<String> newOptions, int newCorrectOption, String newExplanation,
                     Instant now) {
        this.stem = newStem;
        this.options = new ArrayList<>(newOptions);
        this.correctOption = newCorrectOption;
        this.explanation = newExplanation;
        this.quality = 0;
        this.reasons.clear();
        this.updatedAt = now;
    }

    public void changeStatus(QuestionStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getLineage() {
        return lineage;
    }

    public String getKind() {
        return kind;
    }

    public String getStem() {
        return stem;
    }

    public List<String> getOptions() {
        return options;
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

    public List<Integer> getCitations() {
        return citations;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public int getQuality() {
        return quality;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
