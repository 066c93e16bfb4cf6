package org.lectern.content.question;

import java.nio.file.Path;

import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.QuestionGenerator;

/**
 * A tool for whoever works on the generator, not a test: prints every draft of an article with its score and every
 * refusal with its reason. Run from the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.lectern.content.question.QuestionTrace FILE [FILTER]}
 * (write {@code cp.txt} with {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class QuestionTrace {

    private QuestionTrace() {
    }

    public static void main(String[] args) throws Exception {
        Article article = new ArticleReader().read(Path.of(args[0]));
        QuestionPipeline pipeline = new QuestionPipeline(QuestionGenerator.VERSION);
        pipeline.generate(article, QuestionGenerator.latestYear(article));
        String filter = args.length > 1 ? args[1] : "";
        pipeline.trace.stream().filter(t -> t.contains(filter)).forEach(System.out::println);
    }
}
