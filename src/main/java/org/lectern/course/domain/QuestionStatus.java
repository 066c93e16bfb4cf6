package org.lectern.course.domain;

/** Where a question is in review. Students only ever see approved questions. */
public enum QuestionStatus {
    DRAFT, APPROVED, RETIRED
}
