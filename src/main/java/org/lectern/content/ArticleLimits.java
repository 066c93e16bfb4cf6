package org.lectern.content;

import org.lectern.content.read.ArticlePipeline;

/** The limits the reader enforces, for callers that must check them before the bytes arrive (an upload). */
public final class ArticleLimits {

    /** The largest article file accepted, in bytes. */
    public static final int MAX_BYTES = ArticlePipeline.MAX_BYTES;

    private ArticleLimits() {
    }

    /** The same words the reader uses for a file that is too large. */
    public static String tooLargeMessage(String fileName) {
        return ArticlePipeline.tooLargeMessage(fileName);
    }
}
