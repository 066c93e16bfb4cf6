package org.lectern.attempt;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lectern.attempt.domain.PracticeCard;
import org.lectern.attempt.domain.PracticeCardRepository;
import org.lectern.course.BankQuestion;
import org.lectern.course.Courses;
import org.lectern.course.QuestionBank;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practice of missed questions on a spaced schedule (boxes of 1, 3 and 7 days). Practice reads the question bank as
 * it is now, so a retired question leaves the schedule; it never touches attempts, so it never changes a grade.
 */
@Service
@Transactional
public class Practice {

    private final PracticeCardRepository cards;
    private final QuestionBank bank;
    private final Courses courses;
    private final Clock clock;

    Practice(PracticeCardRepository cards, QuestionBank bank, Courses courses, Clock clock) {
        this.cards = cards;
        this.bank = bank;
        this.courses = courses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int dueCount(long studentId) {
        return (int) dueCards(studentId, new Questions()).count();
    }

    /** The questions on the student's schedule, the soonest due first, with the lesson they come from. */
    @Transactional(readOnly = true)
    public List<PracticeItem> schedule(long studentId) {
        var questions = new Questions();
        return cards.findByStudentIdAndMasteredFalseOrderByDueAt(studentId).stream()
                .flatMap(card -> questions.of(card).map(q -> new PracticeItem(card.getQuestionId(),
                        questions.lessonTitle(card), q.stem(), card.getBox(), card.getDueAt())).stream())
                .toList();
    }

    /** The next question due, the longest overdue first. */
    @Transactional(readOnly = true)
    public Optional<PracticeQuestion> next(long studentId) {
        var questions = new Questions();
        var due = dueCards(studentId, questions).toList();
        return due.stream().findFirst().flatMap(card -> questions.of(card).map(q -> new PracticeQuestion(q.id(),
                questions.lessonTitle(card), q.stem(), q.options(), card.getBox(), due.size())));
    }

    public PracticeOutcome answer(long studentId, String questionId, int option) {
        var card = cards.findById(new PracticeCard.Key(studentId, questionId))
                .filter(c -> c.isDueAt(clock.instant()))
                .orElseThrow(() -> new AccessDeniedException("That question is not due for your practice."));
        var question = new Questions().of(card)
                .orElseThrow(() -> new QuizException("That question was withdrawn from its lesson."));
        var correct = option == question.correctOption();
        card.review(correct, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return new PracticeOutcome(correct, question.correctOption(), question.explanation(),
                question.sourceSentence(), card.getBox(), card.isMastered(), card.getDueAt());
    }

    private Stream<PracticeCard> dueCards(long studentId, Questions questions) {
        Instant now = clock.instant();
        return cards.findByStudentIdAndMasteredFalseAndDueAtLessThanEqualOrderByDueAt(studentId, now).stream()
                .filter(card -> questions.of(card).isPresent());
    }

    /** The bank as one call reads it: each lesson's approved questions and title fetched once, however many cards. */
    private final class Questions {

        private final Map<Long, List<BankQuestion>> approved = new HashMap<>();
        private final Map<Long, String> titles = new HashMap<>();

        Optional<BankQuestion> of(PracticeCard card) {
            return approved.computeIfAbsent(card.getLessonId(), bank::approvedQuestions).stream()
                    .filter(q -> q.id().equals(card.getQuestionId())).findFirst();
        }

        String lessonTitle(PracticeCard card) {
            return titles.computeIfAbsent(card.getLessonId(), courses::lessonTitle);
        }
    }
}
