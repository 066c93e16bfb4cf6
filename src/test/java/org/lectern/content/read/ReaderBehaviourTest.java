package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.ArticleReader;

class ReaderBehaviourTest {

    @Test
    void givesTheSameArticleForTheSameBytes() throws Exception {
        byte[] seed = Files.readAllBytes(Fixtures.SEED);
        for (String name : new String[] {"tardigrades.html", "hanseatic-league.md", "connection-pool-sizing.txt"}) {
            assertEquals(Fixtures.readResource(name), Fixtures.readResource(name), name);
        }
        assertEquals(new ArticleReader().read("seed.txt", seed), new ArticleReader().read("seed.txt", seed));
    }

    @Test
    void readsHtmlSavedWithATextExtension() throws Exception {
        Article asText = Fixtures.read("tardigrades.txt", new String(Fixtures.resource("tardigrades.html"),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Fixtures.readResource("tardigrades.html").lessons(), asText.lessons());
    }

    @Test
    void readsTheSeedTheSameWithAByteOrderMarkAndWindowsLineEndings() throws Exception {
        String seed = Files.readString(Fixtures.SEED);
        String windows = "\uFEFF" + seed.replace("\n", "\r\n");
        Article original = Fixtures.read("seed.txt", seed);
        Article converted = Fixtures.read("seed.txt", windows);
        assertEquals(original, converted);
    }
}
