package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.ArticleRejectedException;

class BadInputTest {

    private final ArticleReader reader = new ArticleReader();

    private String rejection(String name, byte[] bytes) {
        return assertThrows(ArticleRejectedException.class, () -> reader.read(name, bytes)).getMessage();
    }

    @Test
    void rejectsAMissingFile(@TempDir Path dir) {
        var e = assertThrows(ArticleRejectedException.class, () -> reader.read(dir.resolve("gone.txt")));
        assertEquals("The file “gone.txt” does not exist.", e.getMessage());
    }

    @Test
    void rejectsAFolder(@TempDir Path dir) {
        var e = assertThrows(ArticleRejectedException.class, () -> reader.read(dir));
        assertEquals("“" + dir.getFileName() + "” is a folder, not an article file.", e.getMessage());
    }

    @Test
    void rejectsAnEmptyFile() {
        assertEquals("The file “a.txt” is empty.", rejection("a.txt", new byte[0]));
    }

    @Test
    void rejectsAFileOfOnlyWhitespace() {
        assertEquals("The file “a.md” is empty.", rejection("a.md", " \n\r\n\t ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsBinaryDataWithNulBytes() {
        byte[] pdf = "%PDF-1.7\n\0\0\u0001binary".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("The file “paper.pdf” is not a text file; save the article as plain text, Markdown or HTML.",
                rejection("paper.pdf", pdf));
    }

    @Test
    void rejectsDataWithManyControlCharacters() {
        byte[] bytes = new byte[1000];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 0; i < 1000; i += 20) {
            bytes[i] = 0x07;
        }
        assertEquals("The file “x.txt” is not a text file; save the article as plain text, Markdown or HTML.",
                rejection("x.txt", bytes));
    }

    @Test
    void rejectsTextThatIsNotValidUtf8() {
        byte[] latin1 = "Caf\u00e9 au lait\n\nIntroduction\n\nA long paragraph.".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("The file “latin.txt” is not valid UTF-8 text; save it again with UTF-8 encoding.",
                rejection("latin.txt", latin1));
    }

    @Test
    void rejectsAFileOverTenMegabytes() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        assertEquals("The file “huge.txt” is larger than 10 MB, which is too long for one course.",
                rejection("huge.txt", big));
    }

    @Test
    void rejectsAFileOverTenMegabytesOnDiskBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.txt");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        Files.write(file, big);
        var e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));
        assertEquals("The file “huge.txt” is larger than 10 MB, which is too long for one course.", e.getMessage());
    }

    @Test
    void rejectsTextWithoutReadableProseInOneSentence() {
        String text = "Home\nNews\nSport\nWeather\n\nLog in\nMenu\n\n12\n\nShare\n";
        assertEquals("The file “menu.txt” has no readable prose: no paragraph of sentences was found in it.",
                rejection("menu.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAParagraphWhoseLastSentenceWasCutShort() throws Exception {
        // A whole sentence opens the paragraph; the page cut the next one off mid-word.
        String html = "<html><body><ol><li><p>Tidal power has not changed the island's energy supply so far. Most "
                + "of it still comes from the old diesel st</p></li></ol>"
                + "</body></html>";
        Article article = reader.read("tide.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, article.lessons().size());
        String md = "Markets in the old town open at dawn on Saturdays in summer. The fish stalls sell out before "
                + "nine, and by noon the squ\n";
        assertEquals(1, reader.read("market.md", md.getBytes(StandardCharsets.UTF_8)).lessons().size());
    }

    @Test
    void refusesAPageOfHeadingsAndPicturesWithoutASentence() {
        String html = "<html><head><title>Gallery</title></head><body><article><h2>Test Case 1</h2>"
                + "<img src=\"a.jpg\" alt=\"a.jpg\"><h2>Test Case 2</h2><img src=\"b.jpg\" alt=\"b.jpg\">"
                + "</article></body></html>";
        assertEquals("The file “gallery.html” has no readable prose: no paragraph of sentences was found in it.",
                rejection("gallery.html", html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTextWithoutAnySectionHeadingAsOneLessonUnderItsTitle() throws Exception {
        String text = "This is a single paragraph that talks about something at length but never has a heading. "
                + "It goes on and on without any structure at all.\n\nAnd another paragraph follows it, equally flat "
                + "and equally long, so that nobody could take it for a heading of its own.";
        Article article = reader.read("flat.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, article.lessons().size());
        assertEquals(article.title(), article.lessons().getFirst().title());
        assertEquals(2, article.lessons().getFirst().paragraphs().size());
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEndings() throws Exception {
        String text = "\uFEFFBees and Their Dances\r\n\r\nHow bees tell each other where the flowers are.\r\n\r\n"
                + "The Waggle Dance\r\n\r\nA forager that found food dances on the comb, and the angle of her run "
                + "tells the others the direction of the food.\r\n";
        Article article = reader.read("bees.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals("Bees and Their Dances", article.title());
        assertEquals("How bees tell each other where the flowers are.", article.summary());
        assertEquals("The Waggle Dance", article.lessons().getFirst().title());
        assertEquals("A forager that found food dances on the comb, and the angle of her run tells the others the "
                + "direction of the food.", article.lessons().getFirst().paragraphs().getFirst());
    }

    @Test
    void readsAnExistingFileFromDisk(@TempDir Path dir) throws Exception {
        Path file = Files.copy(Fixtures.SEED, dir.resolve("seed.txt"));
        assertEquals(8, reader.read(file).lessons().size());
    }
}
