package org.lectern.course;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lectern.content.Article;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.question.GeneratedBank;
import org.lectern.content.question.GeneratedQuestion;
import org.lectern.content.question.LessonBank;
import org.lectern.course.domain.CitationEntry;
import org.lectern.course.domain.Course;
import org.lectern.course.domain.CourseRepository;
import org.lectern.course.domain.EndnoteEntry;
import org.lectern.course.domain.HeadingEntry;
import org.lectern.course.domain.Question;
import org.lectern.course.domain.QuestionPlacement;
import org.lectern.course.domain.QuestionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores a read and generated article as a new course version, in one transaction. */
@Component
class CourseStore {

    private final CourseRepository courses;
    private final QuestionRepository questions;
    private final Clock clock;

    CourseStore(CourseRepository courses, QuestionRepository questions, Clock clock) {
        this.courses = courses;
        this.questions = questions;
        this.clock = clock;
    }

    record NewVersion(String lineage, String sourceName, String sha256, Long ownerId, QuestionStatus status,
                      Article article, GeneratedBank bank) {
    }

    /** The latest version of a lineage when it was made from the same bytes by the same generator. */
    @Transactional(readOnly = true)
    Optional<ImportedCourse> latestWithSource(String lineage, String sha256, String generatorVersion) {
        return courses.findFirstByLineageOrderByVersionDesc(lineage)
                .filter(course -> course.getContentSha256().equals(sha256)
                        && course.getGeneratorVersion().equals(generatorVersion))
                .map(course -> summary(course, true));
    }

    @Transactional(readOnly = true)
    boolean hasLineage(String lineage) {
        return courses.existsByLineage(lineage);
    }

    @Transactional
    ImportedCourse store(NewVersion next) {
        var now = clock.instant();
        var version = courses.findFirstByLineageOrderByVersionDesc(next.lineage())
                .map(previous -> previous.getVersion() + 1).orElse(1);
        var article = next.article();
        var course = new Course(next.lineage(), version, article.title(), article.author(), article.summary(),
                article.language(),
                next.sourceName(), next.sha256(), QuestionGenerator.VERSION, next.ownerId(), now);
        article.endnotes().forEach(note ->
                course.getEndnotes().add(new EndnoteEntry(note.number(), note.text(), note.url())));
        var banks = next.bank().lessons().stream().collect(Collectors.toMap(LessonBank::lesson, bank -> bank));
        for (int i = 0; i < article.lessons().size(); i++) {
            var section = article.lessons().get(i);
            var bank = Optional.ofNullable(banks.get(i));
            var lesson = course.addLesson(section.title(), bank.map(LessonBank::rejected).orElse(0));
            lesson.getParagraphs().addAll(section.paragraphs());
            lesson.getCaptions().addAll(section.captions());
            section.headings().forEach(h -> lesson.getHeadings().add(new HeadingEntry(h.paragraph(), h.level(), h.title())));
            section.citations().forEach(c ->
                    lesson.getCitations().add(new CitationEntry(c.paragraph(), c.offset(), c.endnote())));
            for (var generated : bank.map(LessonBank::questions).orElse(List.of())) {
                var question = findOrCreate(next, generated, now);
                var source = generated.source();
                lesson.getQuestions().add(
                        new QuestionPlacement(question.getId(), source.paragraph(), source.start(), source.end()));
            }
        }
        return summary(courses.save(course), false);
    }

    /**
     * A question whose source sentence is unchanged keeps its row, and with it its status, history and the judgement
     * it was stored with; a new one is stored with the generator's quality and reasons.
     */
    private Question findOrCreate(NewVersion next, GeneratedQuestion generated, Instant now) {
        var id = questionId(next.lineage(), generated.id());
        return questions.findById(id).orElseGet(() -> questions.save(new Question(id, next.lineage(),
                generated.kind().name(), generated.stem(), generated.options(), generated.answer(),
                generated.explanation(), generated.source().text(), generated.citations(), next.status(),
                generated.quality(), generated.reasons(), now)));
    }

    /** Scoped by lineage, so two instructors importing the same article never share a question row. */
    static String questionId(String lineage, String generatedId) {
        return "q" + CourseImports.sha256((lineage + "|" + generatedId).getBytes(StandardCharsets.UTF_8))
                .substring(0, 32);
    }

    private static ImportedCourse summary(Course course, boolean unchanged) {
        var questionCount = course.getLessons().stream().mapToInt(l -> l.getQuestions().size()).sum();
        return new ImportedCourse(course.getId(), course.getTitle(), course.getVersion(), course.getLessons().size(),
                questionCount, unchanged);
    }
}
