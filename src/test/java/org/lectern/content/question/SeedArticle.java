package org.lectern.content.question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.Endnote;
import org.lectern.content.Section;

/**
 * A crude reader for the seed article, for tests only, until the real reader exists. The headings are listed here;
 * the generator itself knows nothing about this article.
 */
final class SeedArticle {

    static final Path FILE = Path.of("seeds/chinese-and-russian-relations-in-central-asia.txt");
    private static final List<String> HEADINGS = List.of("Introduction", "Sino-Russian Relations",
            "Diplomatic Partnership", "Foreign trade", "Security Partnership", "Economic Partnership",
            "Russia's trade with China", "Convergences and Divergences", "China and Russia in Central Asia",
            "Conclusion");
    // A citation marker: a number glued to the end of a sentence or quotation.
    private static final Pattern MARKER = Pattern.compile("(?<=[.”\"’])(\\d{1,2})(?=\\s|$)");
    private static final Pattern ENDNOTE = Pattern.compile("^(\\d{1,2}) (.+)$");

    private SeedArticle() {
    }

    static Article load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Section> sections = new ArrayList<>();
        List<Endnote> endnotes = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        boolean notes = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.equals("Endnotes")) {
                notes = true;
                continue;
            }
            if (notes) {
                Matcher m = ENDNOTE.matcher(line);
                if (m.matches()) {
                    String url = m.group(2).replaceAll(".*(https?://\\S+?)\\.?$", "$1");
                    endnotes.add(new Endnote(Integer.parseInt(m.group(1)), m.group(2), url.startsWith("http") ? url : ""));
                }
                continue;
            }
            if (HEADINGS.contains(line)) {
                if (heading != null && !paragraphs.isEmpty()) {
                    sections.add(new Section(heading, paragraphs, List.of(), citations));
                }
                heading = line;
                paragraphs = new ArrayList<>();
                citations = new ArrayList<>();
            } else if (heading != null && Text.wordCount(line) >= 6) {
                StringBuilder clean = new StringBuilder();
                Matcher m = MARKER.matcher(line);
                int last = 0;
                while (m.find()) {
                    clean.append(line, last, m.start());
                    citations.add(new Citation(paragraphs.size(), clean.length(), Integer.parseInt(m.group(1))));
                    last = m.end();
                }
                clean.append(line.substring(last));
                paragraphs.add(clean.toString());
            }
        }
        if (heading != null && !paragraphs.isEmpty()) {
            sections.add(new Section(heading, paragraphs, List.of(), citations));
        }
        return new Article("Chinese and Russian Relations in Central Asia", "Ramsha Qaiser", "", sections, endnotes,
                List.of());
    }
}
