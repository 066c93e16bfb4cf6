package org.lectern.content.read;

import org.lectern.content.Article;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.Language;

/**
 * The only door into this package, used by {@link org.lectern.content.ArticleReader}: everything else here is
 * package-private so that the rules can change without touching callers.
 *
 * <p>Stages: the {@link Decoder} refuses what is not a readable text file, the {@link FormatDetector} decides how to
 * parse it, one parser per format turns it into a {@link Draft} of typed blocks, and the {@link ArticleAssembler}
 * turns the draft into lessons. No stage keeps state between calls, so the same bytes always give the same article.
 */
public final class ArticlePipeline {

    /** Files above this size are refused before they are read. */
    public static final int MAX_BYTES = Decoder.MAX_BYTES;

    private ArticlePipeline() {
    }

    public static Article read(String fileName, byte[] bytes) throws ArticleRejectedException {
        String text = Decoder.decode(fileName, bytes);
        Draft draft = switch (FormatDetector.detect(fileName, text)) {
            case HTML -> HtmlParser.parse(text);
            case MARKDOWN -> MarkdownParser.parse(fileName, text);
            case TEXT -> PlainTextParser.parse(fileName, text);
        };
        Article article = ArticleAssembler.assemble(fileName, draft);
        return article.withLanguage(Language.detect(lessonText(article)));
    }

    private static CharSequence lessonText(Article article) {
        var text = new StringBuilder();
        for (var lesson : article.lessons()) {
            for (String paragraph : lesson.paragraphs()) {
                text.append(paragraph).append('\n');
            }
        }
        return text;
    }

    /** The sentence used when a file is too large, whether its size is known from disk or from the upload. */
    public static String tooLargeMessage(String fileName) {
        return Decoder.tooLargeMessage(fileName);
    }
}
