package org.lectern.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.lectern.content.read.ArticlePipeline;

/**
 * Reads an article file (text saved from a web page, Markdown or HTML) into an {@link Article}.
 *
 * <p>The work is done in {@code org.lectern.content.read}, whose class comments state the rules. The reader holds
 * no state, so one instance can serve every upload, and the same bytes always give the same article. Every refusal
 * is an {@link ArticleRejectedException} whose message is one sentence for the person who uploaded the file; an
 * article longer than {@link ArticleLimits} allows is refused too, so that no course takes long to generate.
 */
public final class ArticleReader {

    /** Reads a file from disk; a missing, unreadable or oversized file is refused like any other bad input. */
    public Article read(Path file) throws ArticleRejectedException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleRejectedException("“" + name + "” is a folder, not an article file.");
            }
            if (Files.isRegularFile(file) && Files.size(file) > ArticlePipeline.MAX_BYTES) {
                throw new ArticleRejectedException(ArticlePipeline.tooLargeMessage(name));
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ArticleRejectedException("The file “" + name + "” does not exist.");
        } catch (IOException e) {
            throw new ArticleRejectedException("The file “" + name + "” could not be read.");
        }
    }

    /**
     * Reads an uploaded file; the name only helps to guess the format and the title, it is never opened. An article
     * over {@link ArticleLimits#MAX_WORDS} words or {@link ArticleLimits#MAX_LESSONS} lessons is refused.
     */
    public Article read(String fileName, byte[] bytes) throws ArticleRejectedException {
        Article article = ArticlePipeline.read(fileName == null ? "" : fileName, bytes);
        ArticleLimits.check(article);
        return article;
    }
}
