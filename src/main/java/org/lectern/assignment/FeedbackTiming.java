package org.lectern.assignment;

/** When a student sees whether their answers were right. */
public enum FeedbackTiming {
    AFTER_EACH_ANSWER, AFTER_SUBMISSION, AFTER_DUE_DATE
}
