package org.lectern.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.lectern.content.ArticleReader;
import org.lectern.content.QuestionGenerator;

/**
 * A small harness, not a test: times reading and generating an article in one JVM, first cold (models load) and
 * then warm. Run it as docs/benchmarks.md says; its figures go there.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var file = Path.of(args.length > 0 ? args[0] : "seeds/chinese-and-russian-relations-in-central-asia.txt");
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        var bytes = Files.readAllBytes(file);
        var reader = new ArticleReader();
        var generator = new QuestionGenerator();

        long coldStart = System.nanoTime();
        var article = reader.read(file.getFileName().toString(), bytes);
        var bank = generator.generate(article);
        long cold = System.nanoTime() - coldStart;
        System.out.printf("%s: %d lessons, %d questions%n", file.getFileName(), article.lessons().size(),
                bank.questions().size());
        System.out.printf("cold (first import in a fresh JVM, models and WordNet load): %.0f ms%n", cold / 1e6);

        for (int i = 0; i < warmUp; i++) {
            generator.generate(reader.read(file.getFileName().toString(), bytes));
        }
        var readTimes = new double[runs];
        var totalTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var read = reader.read(file.getFileName().toString(), bytes);
            long afterRead = System.nanoTime();
            generator.generate(read);
            long end = System.nanoTime();
            readTimes[i] = (afterRead - start) / 1e6;
            totalTimes[i] = (end - start) / 1e6;
        }
        System.out.printf("warm, %d runs after %d warm-up runs:%n", runs, warmUp);
        System.out.printf("  read only:         median %.1f ms, p90 %.1f ms, max %.1f ms%n", median(readTimes),
                percentile(readTimes, 90), max(readTimes));
        System.out.printf("  read and generate: median %.1f ms, p90 %.1f ms, max %.1f ms%n", median(totalTimes),
                percentile(totalTimes, 90), max(totalTimes));
    }

    private static double median(double[] values) {
        return percentile(values, 50);
    }

    private static double percentile(double[] values, int p) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
