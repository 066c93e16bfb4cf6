package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.ArticleRejectedException;

/**
 * Random documents built from the pieces real pages are made of: whatever the mix, the reader either gives an
 * article or refuses the file with a sentence, and never fails with anything else.
 */
class RobustnessTest {

    private static final List<String> PIECES = List.of("Introduction", "The Second Part", "Close", "+ posts",
            "A sentence that reads like prose and ends properly with a stop.1", "Figure 3: A caption",
            "Endnotes", "1 A reference, https://example.org/a.", "2 Another reference (2020).", "[3] A third one.",
            "About the Author", "Jane Doe is a writer.", "Share this", "42", "...", "", "<p>Some html</p>",
            "<sup>7</sup>", "# Heading", "[^1]: A footnote.", "Text with a footnote[^1] inside it, long enough here.",
            "\uE000999999999999\uE001", "- item", "1. Step", "However, this continues the text above it.",
            "Tags: a, b", "By John Smith", "    indented code", "| a | b |", "***", "<h2>Part</h2>",
            "Ünïcödé wörds ünd “quotes” — dashes… and ellipses!", "\u00a0", "\t");

    @Test
    void neverFailsWithAnythingButARejection() {
        Random random = new Random(20261129L);
        ArticleReader reader = new ArticleReader();
        int articles = 0;
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(40);
            for (int i = 0; i < lines; i++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextBoolean() ? "\n\n" : "\n");
            }
            String name = List.of("a.txt", "a.md", "a.html", "a").get(doc % 4);
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            try {
                Article article = reader.read(name, bytes);
                assertFalse(article.lessons().isEmpty(), text.toString());
                assertEquals(article, reader.read(name, bytes), "not deterministic: " + text);
                articles++;
            } catch (ArticleRejectedException e) {
                assertFalse(e.getMessage().isBlank());
            }
        }
        assertTrue(articles >= 50, "only " + articles + " of 300 documents were read");
    }
}
