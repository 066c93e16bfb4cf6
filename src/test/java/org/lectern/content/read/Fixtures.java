package org.lectern.content.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.Section;

/** Loads test articles and reads them, so tests state only what they check. */
final class Fixtures {

    /** Three paragraphs of a local news story, for tests of what stands around an article. */
    static final String PIER_1 = "The harbour board agreed on Monday to rebuild the north pier, which has been "
            + "closed to boats since part of its deck gave way during the gales at the end of last winter.";
    static final String PIER_2 = "Engineers will drive new piles beside the old timber ones and lay a concrete deck "
            + "over them, a method that lets the fishing fleet keep using the south side of the pier.";
    static final String PIER_3 = "The work is due to start in the spring and to take about eighteen months, the "
            + "board said, and the harbour will stay open to ferries and pleasure boats throughout.";
    /** The three, as the paragraphs of a Markdown or text file. */
    static final String PIER = PIER_1 + "\n\n" + PIER_2 + "\n\n" + PIER_3 + "\n";

    static final Path SEED = Path.of("seeds", "chinese-and-russian-relations-in-central-asia.txt");

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article readResource(String name) throws ArticleRejectedException {
        return new ArticleReader().read(name, resource(name));
    }

    static Article read(String fileName, String text) throws ArticleRejectedException {
        return new ArticleReader().read(fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> titles(Article article) {
        return article.lessons().stream().map(Section::title).toList();
    }

    static String allLessonText(Article article) {
        return article.lessons().stream()
                .map(s -> s.title() + "\n" + String.join("\n", s.paragraphs()) + "\n" + String.join("\n", s.captions()))
                .collect(Collectors.joining("\n"));
    }

    static Section lesson(Article article, String title) {
        return article.lessons().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no lesson " + title + " in " + titles(article)));
    }

    /** A Markdown list of {@code count} single links, as a page's menu or a box of related links. */
    static String markdownLinks(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> "*   [" + prefix + " " + i + "](/" + prefix + i + ")")
                .collect(Collectors.joining("\n")) + "\n\n";
    }

    /** {@code count} full paragraphs of prose on a topic, each different, for an article's body. */
    static String reportParagraphs(String topic, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append("The ").append(topic).append(" report number ").append(i).append(" says that the council will ")
                    .append("spend more on the ").append(topic).append(" next year, after a long debate in which ")
                    .append("every party asked for a larger share of the money.\n\n");
        }
        return out.toString();
    }

    /** A whole page as a crawler dumps it: a menu, the story's heading and paragraphs, what follows them, a footer. */
    static String markdownStory(String title, String topic, int paragraphs, String after) {
        return markdownLinks("Menu", 8) + "# " + title + "\n\n" + reportParagraphs(topic, paragraphs) + after
                + markdownLinks("Footer", 10);
    }
}
