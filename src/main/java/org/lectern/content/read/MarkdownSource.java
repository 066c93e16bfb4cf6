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
 * The parts of a Markdown file that CommonMark itself does not read: YAML ({@code ---}) or TOML ({@code +++}) front
 * matter (title, author or authors, and a one-line description), which is never shown as text,
 * {@link MarkdownDialects kramdown and Markdown-in-HTML syntax}, and
 * footnotes in the common extension syntax ({@code [^label]} references, {@code [^label]: text} definitions with
 * indented continuation lines). Definitions are taken out of the text; references become the placeholders of
 * {@link CitationMarkers}. A numeric label keeps its number; other labels are numbered in the order they are first
 * referenced, skipping numbers already taken, which is how footnote renderers number them too.
 */
final class MarkdownSource {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.{0,4000}?)\\n(---|\\.\\.\\.)[ \\t]*(\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern TOML_FRONT_MATTER = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\n(.{0,4000}?)\\n\\+\\+\\+[ \\t]*(\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[\\^([^\\]\\s]+)]:\\s?(.*)$");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)]");

    private static final Parser INLINE = Parser.builder().build();

    final String text;
    final String title;
    final String author;
    final String description;
    final List<Endnote> footnotes;

    MarkdownSource(String source) {
        Matcher fm = FRONT_MATTER.matcher(source);
        Matcher toml = TOML_FRONT_MATTER.matcher(source);
        String body = source;
        String metaTitle = "";
        String metaAuthor = "";
        String metaDescription = "";
        if (fm.find()) {
            metaTitle = field(fm.group(1), "title", ":");
            metaAuthor = authors(fm.group(1), ":");
            metaDescription = field(fm.group(1), "description", ":");
            body = source.substring(fm.end());
        } else if (toml.find()) {
            metaTitle = field(toml.group(1), "title", "=");
            metaAuthor = authors(toml.group(1), "=");
            metaDescription = field(toml.group(1), "description", "=");
            body = source.substring(toml.end());
        }
        body = MarkdownDialects.normalise(body);
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
        this.description = metaDescription.isEmpty() || metaDescription.matches("[>|][-+]?") ? "" : metaDescription;
        this.footnotes = List.copyOf(notes);
    }

    /** A footnote's text without Markdown syntax; the URL is taken from the source, where it is not yet link text. */
    private static Endnote footnote(int number, String markdown) {
        Endnote note = Notes.endnote(number, MarkdownText.of(INLINE.parse(markdown), false));
        return new Endnote(number, note.text(), Notes.firstUrl(markdown));
    }

    /** A one-line string field, quoted or not; {@code sep} is ":" in YAML and "=" in TOML. */
    private static String field(String meta, String key, String sep) {
        Matcher m = Pattern.compile("(?m)^" + key + "[ \\t]*" + sep + "[ \\t]*[\"']?(.*?)[\"']?[ \\t]*$").matcher(meta);
        return m.find() ? m.group(1).strip() : "";
    }

    /**
     * The author or authors: a plain value, an inline list ({@code ["A", "B"]}), or a YAML block list under
     * {@code author:}/{@code authors:}; a YAML map ({@code name: A}) gives its name.
     */
    private static String authors(String meta, String sep) {
        Matcher m = Pattern.compile("(?m)^authors?[ \\t]*" + sep + "[ \\t]*(.*)$").matcher(meta);
        if (!m.find()) {
            return "";
        }
        String value = m.group(1).strip();
        List<String> names = new ArrayList<>();
        if (value.isEmpty()) {
            for (String line : meta.substring(Math.min(meta.length(), m.end() + 1)).split("\n")) {
                Matcher item = Pattern.compile("^\\s+(?:-\\s+)?(?:name:\\s*)?(.+)$").matcher(line);
                if (line.isBlank() || !item.matches()) {
                    break;
                }
                if (line.strip().startsWith("-") || line.strip().startsWith("name:")) {
                    names.add(item.group(1));
                }
            }
        } else {
            names.addAll(List.of(value.replaceAll("^\\[|]$", "").split("\\s*,\\s*")));
        }
        return String.join(" and ", names.stream().map(n -> n.strip().replaceAll("^[\"']|[\"']$", ""))
                .filter(n -> !n.isBlank()).toList());
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
