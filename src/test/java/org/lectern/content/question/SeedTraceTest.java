package org.lectern.content.question;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.QuestionGenerator;

class SeedTraceTest {

    @Test
    void tracesEveryDraftOfTheSeedArticle() {
        Article article = SeedArticle.load();
        QuestionPipeline pipeline = new QuestionPipeline(QuestionGenerator.VERSION);
        pipeline.generate(article, QuestionGenerator.latestYear(article));
        pipeline.trace.forEach(System.out::println);
        assertFalse(pipeline.trace.isEmpty());
    }
}
