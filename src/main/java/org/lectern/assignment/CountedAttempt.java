package org.lectern.assignment;

/** Which of a student's attempts makes their score for an assigned lesson. */
public enum CountedAttempt {
    HIGHEST, LAST, FIRST, AVERAGE
}
