package org.lectern.course.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question as it stands in one lesson version: which question, and where its source sentence is. */
@Embeddable
public class QuestionPlacement {

    @Column(name = "question_id", nullable = false, length = 40)
    private String questionId;

    @Column(nullable = false)
    private int paragraph;

    @Column(name = "sentence_start", nullable = false)
    private int sentenceStart;

    @Column(name = "sentence_end", nullable = false)
    private int sentenceEnd;

    protected QuestionPlacement() {
        // for JPA
    }

    public QuestionPlacement(String questionId, int paragraph, int sentenceStart, int sentenceEnd) {
        this.questionId = questionId;
        this.paragraph = paragraph;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
    }

    public String getQuestionId() {
        return questionId;
    }

    public int getParagraph() {
        return paragraph;
    }

    public int getSentenceStart() {
        return sentenceStart;
    }

    public int getSentenceEnd() {
        return sentenceEnd;
    }
}
