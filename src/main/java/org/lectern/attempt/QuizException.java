package org.lectern.attempt;

/** A quiz action that cannot be done now, with words to show the student as they are. Nothing was changed. */
public class QuizException extends RuntimeException {

    public QuizException(String message) {
        super(message);
    }
}
