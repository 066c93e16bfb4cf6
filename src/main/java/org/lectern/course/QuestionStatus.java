package org.lectern.course;

/** Where a question is in review. Students only ever see approved questions. */
public enum QuestionStatus {
    DRAFT, APPROVED, RETIRED
}
