package org.lectern.content;

import java.io.Serial;

/**
 * Thrown when a file cannot become a course. The message is one sentence meant for the person who uploaded the
 * file, so it says what is wrong in plain words rather than naming a parser or an exception.
 */
public final class ArticleRejectedException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public ArticleRejectedException(String message) {
        super(message);
    }
}
