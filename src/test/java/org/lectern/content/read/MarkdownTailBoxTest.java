package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * In a Markdown dump of a whole page, the article ends with a full paragraph: short paragraphs after the last full
 * one, with three blocks or more that are not sentences between (a count, a share row, a heading), are a box of the
 * page and are dropped.
 */
class MarkdownTailBoxTest {

    private static String links(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "*   [" + prefix + " " + i + "](/" + prefix + i + ")")
                .collect(Collectors.joining("\n")) + "\n\n";
    }

    private static String article(String title, String topic) {
        StringBuilder out = new StringBuilder(links("Menu", 8) + "# " + title + "\n\n");
        for (int i = 1; i <= 4; i++) {
            out.append("The ").append(topic).append(" report number ").append(i).append(" says that the council will ")
                    .append("spend more on the ").append(topic).append(" next year, after a long debate in which ")
                    .append("every party asked for a larger share of the money.\n\n");
        }
        return out.toString();
    }

    @Test
    void aSignUpDialogAfterTheShareRowIsNotPartOfTheArticle() throws Exception {
        String page = article("Council to spend more on the harbour", "harbour") + "[42](/account/login)\n\n"
                + "#### Like It, Share It!\n\n[](https://facebook.example/share)[](https://x.example/share)\n\n"
                + "#### Become a writer!\n\nYour account is not approved yet.\n\n"
                + "To write for us, you must have two articles in your account.\n\n"
                + "You think you are ready? If so, send us a request.\n\n" + links("Footer", 10);
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("harbour report number 4"), text);
        assertFalse(text.contains("not approved yet"), text);
        assertFalse(text.contains("send us a request"), text);
    }

    @Test
    void aNewsletterPromptAfterTheTagsIsNotPartOfTheArticle() throws Exception {
        String page = article("Libraries to open on Sundays", "library") + "Tags\n\n[Libraries](/tag/libraries)\n\n"
                + "[Council](/tag/council)\n\n### Stay in the loop\n\nGet the morning letter every day.\n\n"
                + "It is free, and you can leave at any time.\n\n" + links("Footer", 10);
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("library report number 4"), text);
        assertFalse(text.contains("morning letter"), text);
    }

    @Test
    void aShortLastParagraphRightAfterTheArticleStays() throws Exception {
        String page = article("Libraries to open on Sundays", "library")
                + "The first Sunday opening is planned for March.\n\n" + links("Footer", 10);
        Article a = Fixtures.read("source.md", page);
        assertTrue(Fixtures.allLessonText(a).contains("planned for March"));
    }
}
