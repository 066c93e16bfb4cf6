package org.lectern.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.lectern.content.read.ArticleAssembler;
import org.lectern.content.read.Decoder;
import org.lectern.content.read.Draft;
import org.lectern.content.read.Format;
import org.lectern.content.read.FormatDetector;
import org.lectern.content.read.HtmlParser;
import org.lectern.content.read.MarkdownParser;
import org.lectern.content.read.PlainTextParser;

/**
 * Reads an article file (text saved from a web page, Markdown or HTML) into an {@link Article}.
 *
 * <p>The work happens in three stages, each in {@code org.lectern.content.read}: the {@link Decoder} refuses what is
 * not a readable text file, the {@link FormatDetector} decides how to parse it, and one parser per format turns it
 * into a {@link Draft} of typed blocks that the {@link ArticleAssembler} turns into lessons. The reader holds no
 * state, so one instance can serve every upload and the same bytes always give the same article.
 */
public final class ArticleReader {

    /** Reads a file from disk; a missing or unreadable file is rejected like any other bad input. */
    public Article read(Path file) throws ArticleRejectedException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ArticleRejectedException("“" + name + "” is a folder, not an article file.");
            }
            if (Files.isRegularFile(file) && Files.size(file) > Decoder.MAX_BYTES) {
                throw new ArticleRejectedException(Decoder.tooLargeMessage(name));
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ArticleRejectedException("The file “" + name + "” does not exist.");
        } catch (IOException e) {
            throw new ArticleRejectedException("The file “" + name + "” could not be read.");
        }
    }

    /** Reads an uploaded file; the name only helps to guess the format and the title, it is never opened. */
    public Article read(String fileName, byte[] bytes) throws ArticleRejectedException {
        String name = fileName == null ? "" : fileName;
        String text = Decoder.decode(name, bytes);
        Format format = FormatDetector.detect(name, text);
        Draft draft = switch (format) {
            case HTML -> HtmlParser.parse(text);
            case MARKDOWN -> MarkdownParser.parse(text);
            case TEXT -> PlainTextParser.parse(name, text);
        };
        return ArticleAssembler.assemble(name, draft);
    }
}
