package org.lectern.content.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.lectern.content.Endnote;

/**
 * The parts of a Markdown file that CommonMark itself does not read: YAML front matter (title and author) and
 * footnotes in the common extension syntax ({@code [^label]} references, {@code [^label]: text} definitions with
 * indented continuation lines). Definitions are taken out of the text; references become the placeholders of
 * {@link CitationMarkers}. A numeric label keeps its number; other labels are numbered in the order they are first
 * referenced, skipping numbers already taken, which is how footnote renderers number them too.
 */
final class MarkdownSource {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.{0,4000}?)\\n(---|\\.\\.\\.)\\n", Pattern.DOTALL);
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)]:\\s?(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)]");

    private static final Parser INLINE = Parser.builder().build();

    final String text;
    final String title;
    final String author;
    final List<Endnote> footnotes;

    MarkdownSource(String source) {
        Matcher fm = FRONT_MATTER.matcher(source);
        String body = source;
        String metaTitle = "";
        String metaAuthor = "";
        if (fm.find()) {
            metaTitle = field(fm.group(1), "title");
            metaAuthor = field(fm.group(1), "author");
            body = source.substring(fm.end());
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        body = takeDefinitions(body, definitions);
        Map<String, Integer> numbers = number(body, definitions);
        List<Endnote> notes = new ArrayList<>();
        numbers.forEach((label, n) -> notes.add(footnote(n, definitions.get(label))));
        notes.sort((a, b) -> Integer.compare(a.number(), b.number()));
        this.text = REFERENCE.matcher(body).replaceAll(r -> numbers.containsKey(r.group(1))
                ? Matcher.quoteReplacement(CitationMarkers.placeholder(numbers.get(r.group(1)))) : "$0");
        this.title = metaTitle;
        this.author = metaAuthor;
        this.footnotes = List.copyOf(notes);
    }

    /** A footnote's text without Markdown syntax; the URL is taken from the source, where it is not yet link text. */
    private static Endnote footnote(int number, String markdown) {
        Endnote note = Notes.endnote(number, MarkdownText.of(INLINE.parse(markdown), false));
        return new Endnote(number, note.text(), Notes.firstUrl(markdown));
    }

    private static String field(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s*[\"']?(.*?)[\"']?\\s*$").matcher(yaml);
        return m.find() ? m.group(1).strip() : "";
    }

    private static String takeDefinitions(String body, Map<String, String> definitions) {
        StringBuilder kept = new StringBuilder(body.length());
        String label = "";
        for (String line : body.split("\n", -1)) {
            Matcher m = DEFINITION.matcher(line);
            if (m.matches()) {
                label = m.group(1);
                definitions.put(label, m.group(2).strip());
            } else if (!label.isEmpty() && (line.startsWith("  ") || line.startsWith("\t")) && !line.isBlank()) {
                definitions.merge(label, line.strip(), (a, b) -> a + " " + b);
            } else {
                if (!line.isBlank()) {
                    label = "";
                }
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static Map<String, Integer> number(String body, Map<String, String> definitions) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        definitions.keySet().stream().filter(l -> l.matches("\\d{1,4}"))
                .forEach(l -> numbers.put(l, Integer.parseInt(l)));
        List<String> order = new ArrayList<>();
        REFERENCE.matcher(body).results().map(r -> r.group(1)).forEach(l -> {
            if (!order.contains(l)) {
                order.add(l);
            }
        });
        definitions.keySet().forEach(l -> {
            if (!order.contains(l)) {
                order.add(l);
            }
        });
        int next = 1;
        for (String label : order) {
            if (!definitions.containsKey(label) || numbers.containsKey(label)) {
                continue;
            }
            while (numbers.containsValue(next)) {
                next++;
            }
            numbers.put(label, next);
        }
        return numbers;
    }
}
