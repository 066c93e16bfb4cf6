package org.lectern.content;

import java.util.Locale;

import org.lectern.content.read.ArticlePipeline;

/**
 * The limits the reader enforces: on the file before it is read (bytes, for an upload to check before the bytes
 * arrive) and on the article it gives (words and lessons), so that generating one course stays within about a
 * minute on the project's two-core machine (docs/benchmarks.md has the figures).
 *
 * <p>Words are the runs of non-blank characters holding a letter or a digit in the lessons' paragraphs, the text
 * questions are written from (in scripts written without spaces, such as Chinese and Japanese, every two letters); titles, captions and endnotes do not count. A lesson is a section of the article.
 * An article, a report or a long book chapter (5,000 to 30,000 words, a few dozen sections) passes with room to
 * spare; a whole book or a corpus pasted into one file does not. Generation grows linearly with the words, about
 * 0.45 ms of CPU a word here, so the largest accepted article took 23 s of one core (38 s of wall-clock time with
 * the two cores shared by five people's builds).
 */
public final class ArticleLimits {

    /** The largest article file accepted, in bytes. */
    public static final int MAX_BYTES = ArticlePipeline.MAX_BYTES;

    /** The most words one course is made from. */
    public static final int MAX_WORDS = 50_000;

    /** The most lessons (sections) one course has. */
    public static final int MAX_LESSONS = 500;

    private ArticleLimits() {
    }

    /** The same words the reader uses for a file that is too large. */
    public static String tooLargeMessage(String fileName) {
        return ArticlePipeline.tooLargeMessage(fileName);
    }

    /** The words of the article's lessons, counted as the class comment says. */
    public static long words(Article article) {
        long n = 0;
        for (Section section : article.lessons()) {
            for (String paragraph : section.paragraphs()) {
                n += words(paragraph);
            }
        }
        return n;
    }

    /** The words of one text, counted as the class comment says. */
    public static long words(String text) {
        long n = 0;
        long unspaced = 0;
        boolean inRun = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (unspacedScript(c)) {
                unspaced++;
                inRun = false;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                inRun = false;
                continue;
            }
            if (!inRun) {
                inRun = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                n++;
                counted = true;
            }
        }
        return n + (unspaced + 1) / 2;
    }

    private static boolean unspacedScript(int c) {
        var script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** Refuses an article over the word or lesson limit with one sentence for the person who uploaded it. */
    public static void check(Article article) throws ArticleRejectedException {
        long words = words(article);
        if (words > MAX_WORDS) {
            throw new ArticleRejectedException(String.format(Locale.ROOT, "The article has %,d words; Lectern reads "
                    + "at most %,d words in one course: split it into several files.", words, MAX_WORDS));
        }
        int lessons = article.lessons().size();
        if (lessons > MAX_LESSONS) {
            throw new ArticleRejectedException(String.format(Locale.ROOT, "The article has %,d sections; Lectern "
                    + "makes at most %,d lessons in one course: split it into several files.", lessons, MAX_LESSONS));
        }
    }
}
