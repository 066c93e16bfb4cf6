package org.lectern.attempt.domain;

/** What ended an attempt: the student, its time limit, or the assignment's due date. */
public enum SubmittedBy {
    STUDENT, TIME_LIMIT, DUE_DATE
}
