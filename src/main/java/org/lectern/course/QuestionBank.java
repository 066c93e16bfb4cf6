package org.lectern.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lectern.content.QuestionGenerator;
import org.lectern.content.question.GeneratedQuestion;
import org.lectern.content.question.LintContext;
import org.lectern.content.question.QuestionKind;
import org.lectern.content.question.QuestionLint;
import org.lectern.content.question.Sentences;
import org.lectern.content.question.SourceSentence;
import org.lectern.course.domain.CourseRepository;
import org.lectern.course.domain.Lesson;
import org.lectern.course.domain.Question;
import org.lectern.course.domain.QuestionPlacement;
import org.lectern.course.domain.QuestionRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An instructor's review of a lesson's questions: approve, edit (with the lint's findings as warnings), add by hand,
 * regenerate and retire. Every call checks that the lesson belongs to the instructor.
 */
@Service
@Transactional
public class QuestionBank {

    private final CourseRepository courses;
    private final QuestionRepository questions;
    private final Clock clock;
    static final String HAND_WRITTEN = "HAND_WRITTEN";

    private final QuestionLint lint = new QuestionLint();
    private final QuestionGenerator generator = new QuestionGenerator();

    QuestionBank(CourseRepository courses, QuestionRepository questions, Clock clock) {
        this.courses = courses;
        this.questions = questions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LessonBank lesson(long lessonId, long instructorId) {
        var lesson = ownedLesson(lessonId, instructorId);
        var shown = placedQuestions(lesson).toList();
        return new LessonBank(lesson.getId(), lesson.getCourse().getId(), lesson.getCourse().getTitle(),
                lesson.getTitle(), lesson.getParagraphs(), lesson.getCaptions(), shown,
                lesson.getHeadings().stream()
                        .map(h -> new LessonContent.Heading(h.getParagraph(), h.getLevel(), h.getTitle())).toList(),
                lesson.getCourse().getLanguage());
    }

    /**
     * The questions students may see for a lesson: approved ones only, in the lesson's order. Whether a student may
     * take the lesson at all is the assignment's business, checked by its caller.
     */
    @Transactional(readOnly = true)
    public List<BankQuestion> approvedQuestions(long lessonId) {
        var lesson = courses.findLessonById(lessonId)
                .orElseThrow(() -> new AccessDeniedException("There is no such lesson."));
        return placedQuestions(lesson).filter(q -> q.status() == QuestionStatus.APPROVED).toList();
    }

    public void approve(long lessonId, String questionId, long instructorId) {
        placed(ownedLesson(lessonId, instructorId), questionId).changeStatus(QuestionStatus.APPROVED, clock.instant());
    }

    public void retire(long lessonId, String questionId, long instructorId) {
        placed(ownedLesson(lessonId, instructorId), questionId).changeStatus(QuestionStatus.RETIRED, clock.instant());
    }

    /** Approves every draft of the lesson; retired questions stay retired. Returns how many were approved. */
    public int approveAll(long lessonId, long instructorId) {
        var lesson = ownedLesson(lessonId, instructorId);
        var drafts = questions.findAllById(lesson.getQuestions().stream().map(QuestionPlacement::getQuestionId).toList())
                .stream().filter(q -> q.getStatus() == QuestionStatus.DRAFT).toList();
        drafts.forEach(q -> q.changeStatus(QuestionStatus.APPROVED, clock.instant()));
        return drafts.size();
    }

    /**
     * Saves an edit and returns the lint's findings as warnings. The edit is refused only when it cannot be a
     * multiple-choice question at all (a blank stem, fewer than two filled options, no correct option). An edited
     * question loses the generator's quality and reasons: they judged the question as it was.
     */
    public List<String> edit(long lessonId, String questionId, QuestionEdit edit, long instructorId) {
        var lesson = ownedLesson(lessonId, instructorId);
        var question = placed(lesson, questionId);
        var clean = QuestionEdits.validated(edit);
        question.edit(clean.stem(), clean.options(), clean.correctOption(), clean.explanation(), clock.instant());
        var placement = lesson.getQuestions().stream().filter(p -> p.getQuestionId().equals(questionId)).findFirst()
                .orElseThrow();
        return warnings(lesson, question, placement);
    }

    /** The lint's findings for a question as it stands, phrased for the instructor. */
    @Transactional(readOnly = true)
    public List<String> warnings(long lessonId, String questionId, long instructorId) {
        var lesson = ownedLesson(lessonId, instructorId);
        var question = placed(lesson, questionId);
        var placement = lesson.getQuestions().stream().filter(p -> p.getQuestionId().equals(questionId)).findFirst()
                .orElseThrow();
        return warnings(lesson, question, placement);
    }

    /**
     * Adds an instructor's own question on a sentence of the lesson. It starts approved: the instructor wrote it.
     * Returns the new id and the lint's warnings.
     */
    public Added addByHand(long lessonId, QuestionEdit edit, long instructorId) {
        var lesson = ownedLesson(lessonId, instructorId);
        var clean = QuestionEdits.validated(edit);
        if (clean.paragraph() < 0 || clean.paragraph() >= lesson.getParagraphs().size()) {
            throw new IllegalArgumentException("Choose the sentence the question is about.");
        }
        var paragraph = lesson.getParagraphs().get(clean.paragraph());
        var sentence = Sentences.of(paragraph).stream().filter(s -> s.start() == clean.sentenceStart()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Choose the sentence the question is about."));
        var cited = lesson.getCitations().stream()
                .filter(c -> c.getParagraph() == clean.paragraph() && c.getOffset() >= sentence.start()
                        && c.getOffset() <= sentence.end())
                .map(c -> c.getEndnote()).distinct().toList();
        var id = "h" + UUID.randomUUID().toString().replace("-", "");
        var question = questions.save(new Question(id, lesson.getCourse().getLineage(), HAND_WRITTEN, clean.stem(),
                clean.options(), clean.correctOption(), clean.explanation(), sentence.text(), cited,
                QuestionStatus.APPROVED, clock.instant()));
        var placement = new QuestionPlacement(id, clean.paragraph(), sentence.start(), sentence.end());
        lesson.getQuestions().add(placement);
        return new Added(id, warnings(lesson, question, placement));
    }

    /**
     * Replaces a question with another one the generator makes from the same sentence. The old one is retired,
     * keeping its history; the new one starts as a draft, with the generator's quality and reasons. Empty when the
     * sentence gives no other question.
     */
    public Optional<String> regenerate(long lessonId, String questionId, long instructorId) {
        var lesson = ownedLesson(lessonId, instructorId);
        var old = placed(lesson, questionId);
        var course = lesson.getCourse();
        var inLesson = lesson.getQuestions().stream().map(QuestionPlacement::getQuestionId).toList();
        var alternative = generator.alternatives(StoredArticles.of(course), lesson.getOrdinal(),
                        old.getSourceSentence()).stream()
                .filter(g -> !inLesson.contains(CourseStore.questionId(course.getLineage(), g.id())))
                .findFirst();
        if (alternative.isEmpty()) {
            return Optional.empty();
        }
        var g = alternative.get();
        var id = CourseStore.questionId(course.getLineage(), g.id());
        var now = clock.instant();
        questions.findById(id).orElseGet(() -> questions.save(new Question(id, course.getLineage(), g.kind().name(),
                g.stem(), g.options(), g.answer(), g.explanation(), g.source().text(), g.citations(),
                QuestionStatus.DRAFT, g.quality(), g.reasons(), now)));
        old.changeStatus(QuestionStatus.RETIRED, now);
        var index = inLesson.indexOf(questionId);
        lesson.getQuestions().add(index + 1,
                new QuestionPlacement(id, g.source().paragraph(), g.source().start(), g.source().end()));
        return Optional.of(id);
    }

    /** The lesson's sentences, for choosing the source of a question written by hand. */
    @Transactional(readOnly = true)
    public List<SentenceChoice> sentences(long lessonId, long instructorId) {
        var lesson = ownedLesson(lessonId, instructorId);
        var choices = new ArrayList<SentenceChoice>();
        for (int p = 0; p < lesson.getParagraphs().size(); p++) {
            for (var span : Sentences.of(lesson.getParagraphs().get(p))) {
                choices.add(new SentenceChoice(p, span.start(), span.text()));
            }
        }
        return choices;
    }

    /** A sentence of a lesson: the paragraph it is in and where it starts there. */
    public record SentenceChoice(int paragraph, int start, String text) {
    }

    /** A question added by hand: its id and the lint's warnings. */
    public record Added(String id, List<String> warnings) {
    }

    Lesson ownedLesson(long lessonId, long instructorId) {
        return courses.findLessonById(lessonId)
                .filter(l -> Long.valueOf(instructorId).equals(l.getCourse().getOwnerId()))
                .orElseThrow(() -> new AccessDeniedException("There is no such lesson."));
    }

    Question placed(Lesson lesson, String questionId) {
        if (lesson.getQuestions().stream().noneMatch(p -> p.getQuestionId().equals(questionId))) {
            throw new AccessDeniedException("There is no such question in this lesson.");
        }
        return questions.findById(questionId)
                .orElseThrow(() -> new AccessDeniedException("There is no such question in this lesson."));
    }

    private List<String> warnings(Lesson lesson, Question question, QuestionPlacement placement) {
        var article = StoredArticles.of(lesson.getCourse());
        var candidate = new GeneratedQuestion(question.getId(), kindOf(question), question.getStem(),
                question.getOptions(), question.getCorrectOption(),
                new SourceSentence(lesson.getOrdinal(), placement.getParagraph(), placement.getSentenceStart(),
                        placement.getSentenceEnd(), question.getSourceSentence()),
                question.getExplanation(), question.getCitations());
        return lint.check(candidate, LintContext.forArticle(article)).stream()
                .map(finding -> finding.detail()).toList();
    }

    static QuestionKind kindOf(Question question) {
        return Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(question.getKind()))
                .findFirst().orElse(QuestionKind.GAP_FILL);
    }

    /** The lesson's questions in its order, each with where its sentence stands in this version of the lesson. */
    private Stream<BankQuestion> placedQuestions(Lesson lesson) {
        var byId = questions.findAllById(lesson.getQuestions().stream().map(QuestionPlacement::getQuestionId).toList())
                .stream().collect(Collectors.toMap(Question::getId, Function.identity()));
        return lesson.getQuestions().stream().filter(p -> byId.containsKey(p.getQuestionId()))
                .map(p -> view(byId.get(p.getQuestionId()), p));
    }

    static BankQuestion view(Question q, QuestionPlacement p) {
        return new BankQuestion(q.getId(), q.getKind(), q.getStem(), q.getOptions(), q.getCorrectOption(),
                q.getExplanation(), q.getSourceSentence(), q.getCitations(), q.getStatus(), p.getParagraph(),
                p.getSentenceStart(), p.getSentenceEnd(), q.getQuality(), q.getReasons());
    }
}
