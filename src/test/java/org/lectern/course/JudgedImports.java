package org.lectern.course;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.lectern.content.ArticleRejectedException;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.question.GeneratedBank;
import org.lectern.content.question.GeneratedQuestion;
import org.lectern.content.question.LessonBank;
import org.springframework.context.ApplicationContext;

/**
 * Imports an article through the course store with a judgement of each question chosen by the test, so tests do not
 * depend on what the generator of the day scores (nor on whether it gives reasons yet).
 */
public final class JudgedImports {

    /** The quality and reasons a test gives a question. */
    public record Judgement(int quality, List<String> reasons) {
    }

    private JudgedImports() {
    }

    /**
     * Reads and generates the article as an import does, replaces the quality and reasons of the n-th question of
     * the course (counted over all lessons from 0) by {@code judge.apply(n)}, and stores it as drafts.
     */
    public static ImportedCourse importJudged(ApplicationContext context, String sourceName, byte[] bytes,
                                              long ownerId, IntFunction<Judgement> judge)
            throws ArticleRejectedException {
        var article = context.getBean(CourseImports.class).read(sourceName, bytes);
        var generated = new QuestionGenerator().generate(article);
        var lessons = new ArrayList<LessonBank>();
        var n = 0;
        for (var lesson : generated.lessons()) {
            var judged = new ArrayList<GeneratedQuestion>();
            for (var q : lesson.questions()) {
                var j = judge.apply(n++);
                judged.add(new GeneratedQuestion(q.id(), q.kind(), q.stem(), q.options(), q.answer(), q.source(),
                        q.explanation(), q.citations(), j.quality(), j.reasons()));
            }
            lessons.add(new LessonBank(lesson.lesson(), judged, lesson.rejected()));
        }
        var lineage = CourseImports.sha256(("judged|" + sourceName + "|" + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8));
        return context.getBean(CourseStore.class).store(new CourseStore.NewVersion(lineage, sourceName, lineage,
                ownerId, QuestionStatus.DRAFT, article, new GeneratedBank(lessons)));
    }
}
