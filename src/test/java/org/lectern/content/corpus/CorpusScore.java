package org.lectern.content.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.Section;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the reader on the web-page corpus exactly as {@code src/test/resources/corpus/score.py} does: the word F1 of
 * the lessons' titles, paragraphs and captions against the text of {@code expected.html}, a refused page counting 0,
 * and whether the course title matches the page's expected title.
 *
 * <p>Run {@code main} for the per-page listing while working on the reader:
 * {@code java -cp target/test-classes:target/classes:CLASSPATH org.lectern.content.corpus.CorpusScore [txt|md|html] [-v]}.
 */
public final class CorpusScore {

    /** The corpus, or a folder of pages laid out the same way (held-out pages) given as {@code -Dlectern.pages}. */
    public static final Path PAGES = Path.of(System.getProperty("lectern.pages",
            "src/test/resources/corpus/web-pages"));
    public static final List<String> RENDERINGS = List.of("html", "md", "txt");

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One page read in one rendering. */
    public record PageScore(String page, String rendering, boolean refused, String error, double precision,
                            double recall, double f1, boolean titleFound, String title, int lessons) {
    }

    /** The figures {@code score.py} prints for one rendering. */
    public record Summary(String rendering, int pages, int refused, double meanF1, int atLeast90, int titles) {
        @Override
        public String toString() {
            return "%s: pages %d, read %d, refused %d, mean F1 %.3f, F1>=0.9 %d, titles %d".formatted(rendering, pages,
                    pages - refused, refused, meanF1, atLeast90, titles);
        }
    }

    private CorpusScore() {
    }

    public static List<Path> pages() {
        try (Stream<Path> dirs = Files.list(PAGES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PageScore score(Path page, String rendering) {
        var expected = bag(expectedText(page));
        String title = expectedTitle(page);
        Path source = page.resolve("source." + rendering);
        Article article;
        try {
            article = new ArticleReader().read(source);
        } catch (ArticleRejectedException e) {
            return new PageScore(page.getFileName().toString(), rendering, true, e.getMessage(), 0, 0, 0, false, "",
                    0);
        }
        var parts = new ArrayList<String>();
        for (Section lesson : article.lessons()) {
            parts.add(lesson.title());
            parts.addAll(lesson.paragraphs());
            parts.addAll(lesson.captions());
        }
        var got = bag(String.join(" ", parts));
        long common = 0;
        for (var e : got.entrySet()) {
            common += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        double p = common / (double) Math.max(1, total(got));
        double r = common / (double) Math.max(1, total(expected));
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new PageScore(page.getFileName().toString(), rendering, false, "", p, r, f,
                titleMatches(article.title(), title), article.title(), article.lessons().size());
    }

    public static Summary summarise(String rendering, List<PageScore> scores) {
        int n = scores.size();
        return new Summary(rendering, n, (int) scores.stream().filter(PageScore::refused).count(),
                scores.stream().mapToDouble(PageScore::f1).sum() / Math.max(1, n),
                (int) scores.stream().filter(s -> s.f1() >= 0.9).count(),
                (int) scores.stream().filter(PageScore::titleFound).count());
    }

    /** Text of expected.html as Python's HTMLParser hands it over: each text node apart, scripts and styles left out. */
    static String expectedText(Path page) {
        var doc = Jsoup.parse(read(page.resolve("expected.html")));
        var out = new StringBuilder();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode t && !(t.parent() instanceof Element e
                    && (e.nameIs("script") || e.nameIs("style")))) {
                out.append(t.getWholeText()).append(' ');
            }
        }, doc);
        return out.toString();
    }

    static String expectedTitle(Path page) {
        Path meta = page.resolve("expected-metadata.json");
        if (!Files.exists(meta)) {
            return "";
        }
        var node = JsonMapper.builder().build().readTree(read(meta)).get("title");
        return node == null || node.isNull() ? "" : node.asString();
    }

    static boolean titleMatches(String got, String expected) {
        String g = norm(got);
        String e = norm(expected);
        if (g.isEmpty() || e.isEmpty()) {
            return false;
        }
        return g.equals(e) || e.contains(g) && g.split(" ").length >= 2 || g.contains(e);
    }

    private static String norm(String s) {
        return String.join(" ", words(s));
    }

    static List<String> words(String s) {
        var out = new ArrayList<String>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> bag(String text) {
        var bag = new HashMap<String, Integer>();
        words(text).forEach(w -> bag.merge(w, 1, Integer::sum));
        return bag;
    }

    private static long total(Map<String, Integer> bag) {
        return bag.values().stream().mapToLong(Integer::longValue).sum();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("-v");
        var renderings = List.of(args).stream().filter(RENDERINGS::contains).toList();
        for (String rendering : renderings.isEmpty() ? RENDERINGS : renderings) {
            var scores = pages().stream().map(p -> score(p, rendering)).toList();
            System.out.println(summarise(rendering, scores));
            if (verbose) {
                scores.stream().sorted(Comparator.comparingDouble(PageScore::f1)).forEach(s -> System.out.printf(
                        "  %-40s P=%.2f R=%.2f F1=%.2f lessons=%3d title=%s %s%n", s.page(), s.precision(),
                        s.recall(), s.f1(), s.lessons(), s.titleFound() ? "ok" : "no",
                        s.refused() ? "refused: " + s.error() : "got title: " + s.title()));
            }
        }
    }
}
