package org.lectern.content.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.content.Article;
import org.lectern.content.ArticleLimits;
import org.lectern.content.ArticleReader;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.Section;
import org.lectern.content.question.GeneratedBank;

/**
 * A harness, not a test: how reading and question generation grow with the article. It builds Markdown articles of
 * up to the given numbers of words from the real test articles' sections (three sections under one heading, each copy's
 * paragraphs in a rotated order and every number in them shifted, so no two copies are the same text), and times
 * {@code new ArticleReader().read(...)} and {@code new QuestionGenerator().generate(article)} separately, each size
 * after one warm-up run of the same size, in wall-clock time and in the CPU time of the thread that does the work
 * (everything runs on the calling thread, and CPU time does not count the time other programs take the cores). An article over {@link ArticleLimits} is refused by the reader: for it the
 * refusal is timed.
 *
 * <p>Run (docs/benchmarks-scaling.md has the figures):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.lectern.content.bench.ScalingBenchmark
 * [WORDS...]}, by default 10,000, 30,000, the word cap and 1,000,000 words.
 */
public final class ScalingBenchmark {

    private static final List<String> SOURCES = List.of("src/test/resources/articles/connection-pool-sizing.txt",
            "src/test/resources/articles/great-inflation.md", "src/test/resources/articles/hanseatic-league.md",
            "src/test/resources/articles/slide-rule.htm", "src/test/resources/articles/sourdough-clip.md",
            "src/test/resources/articles/tardigrades.html", "src/test/resources/articles/urban-foxes.txt",
            "seeds/chinese-and-russian-relations-in-central-asia.txt");
    private static final int SECTIONS_PER_LESSON = 3;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a));
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(10_000, 30_000, ArticleLimits.MAX_WORDS, 1_000_000));
        }
        List<Section> sources = new ArrayList<>();
        for (String file : SOURCES) {
            sources.addAll(new ArticleReader().read(Path.of(file)).lessons());
        }
        System.out.printf(Locale.ROOT, "%d source sections from %d articles; %d processors, max heap %d MiB%n",
                sources.size(), SOURCES.size(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| target words | words read | lessons | questions | read ms | read CPU ms | generate ms "
                + "| generate CPU ms |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            byte[] bytes = build(sources, size);
            String name = "scaling-" + size + ".md";
            Article warm;
            try {
                warm = new ArticleReader().read(name, bytes); // warm-up run of the same size
            } catch (ArticleRejectedException refused) {
                new ArticleReader().read("seed.txt", Files.readAllBytes(Path.of(SOURCES.getLast())));
                long start = System.nanoTime();
                long cpu = cpu();
                String message = "";
                try {
                    new ArticleReader().read(name, bytes);
                } catch (ArticleRejectedException e) {
                    message = e.getMessage();
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf(Locale.ROOT, "| %,d | refused | | | %d | %d | | | %s%n", size, ms,
                        (cpu() - cpu) / 1_000_000, message);
                continue;
            }
            new QuestionGenerator().generate(warm);
            long start = System.nanoTime();
            long cpu = cpu();
            Article article = new ArticleReader().read(name, bytes);
            long read = System.nanoTime() - start;
            long readCpu = cpu() - cpu;
            start = System.nanoTime();
            cpu = cpu();
            GeneratedBank bank = new QuestionGenerator().generate(article);
            long generate = System.nanoTime() - start;
            long generateCpu = cpu() - cpu;
            System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %d | %d | %d | %d |%n", size,
                    ArticleLimits.words(article), article.lessons().size(), bank.questions().size(), read / 1_000_000,
                    readCpu / 1_000_000, generate / 1_000_000, generateCpu / 1_000_000);
        }
    }

    /** CPU time of this thread: the work done, whatever else the shared machine runs meanwhile. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * A Markdown article of at most {@code words} words (within a paragraph of it): copies of the source sections, each varied, three to a
     * heading so that a lesson has the few hundred words a section of an article or a chapter has.
     */
    static byte[] build(List<Section> sources, int words) {
        StringBuilder out = new StringBuilder("# A long reader: ").append(words).append(" words\n\n");
        long total = 0;
        int placed = 0;
        for (int copy = 0; total < words; copy++) {
            for (int s = 0; s < sources.size() && total < words; s++) {
                Section section = sources.get(s);
                List<String> paragraphs = section.paragraphs();
                if (paragraphs.isEmpty()) {
                    continue;
                }
                if (placed++ % SECTIONS_PER_LESSON == 0) {
                    out.append("## ").append(section.title()).append(" (").append(copy + 1).append(")\n\n");
                }
                for (int p = 0; p < paragraphs.size() && total < words; p++) {
                    String paragraph = vary(paragraphs.get((p + copy) % paragraphs.size()), copy);
                    long n = ArticleLimits.words(paragraph);
                    if (total + n > words && total > 0) {
                        return out.toString().getBytes(StandardCharsets.UTF_8); // never more than asked for
                    }
                    out.append(paragraph).append("\n\n");
                    total += n;
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every number shifted by the copy's offset, in its own format ("1,200" stays grouped, "1349" a year). */
    private static String vary(String paragraph, int copy) {
        if (copy == 0) {
            return paragraph;
        }
        int shift = copy % 37;
        Matcher m = NUMBER.matcher(paragraph);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group();
            long value = Long.parseLong(n.replace(",", ""));
            if (n.length() == 4 && value >= 1000 && value <= 2020) {
                value = Math.max(1000, value - shift); // a year moves into the past, never past the article's date
            } else {
                value += shift;
            }
            String written = n.contains(",") ? String.format(Locale.ROOT, "%,d", value) : Long.toString(value);
            m.appendReplacement(out, written);
        }
        m.appendTail(out);
        return out.toString();
    }
}
