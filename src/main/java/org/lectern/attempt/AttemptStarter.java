package org.lectern.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.lectern.assignment.StudentAssignment;
import org.lectern.attempt.domain.Attempt;
import org.lectern.attempt.domain.AttemptItem;
import org.lectern.attempt.domain.AttemptItemRepository;
import org.lectern.attempt.domain.AttemptRepository;
import org.lectern.attempt.domain.LessonReading;
import org.lectern.attempt.domain.LessonReadingRepository;
import org.lectern.course.BankQuestion;
import org.lectern.course.QuestionBank;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts an attempt: checks the assignment's rules, draws the questions (a subset and an order when the assignment
 * asks for them) and copies them into the attempt, so the order survives a resume and later bank edits do not
 * reach it.
 */
@Component
class AttemptStarter {

    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final LessonReadingRepository readings;
    private final QuestionBank bank;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");

    AttemptStarter(AttemptRepository attempts, AttemptItemRepository items, LessonReadingRepository readings,
                   QuestionBank bank, Clock clock) {
        this.attempts = attempts;
        this.items = items;
        this.readings = readings;
        this.bank = bank;
        this.clock = clock;
    }

    /** The attempt in progress, or a new one; the caller retries once when two tabs start at the same moment. */
    @Transactional
    long start(long studentId, StudentAssignment assigned) {
        var earlier = attempts.findByStudentIdAndAssignedLessonIdOrderByNumber(studentId, assigned.lesson().id());
        var open = earlier.stream().filter(a -> !a.isSubmitted()).findFirst();
        if (open.isPresent()) {
            return open.get().getId();
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        requireStartable(studentId, assigned, earlier.size(), now);
        var drawn = draw(assigned);
        var rules = assigned.rules();
        var limit = rules.timeLimitMinutes().isPresent()
                ? now.plus(Duration.ofMinutes(rules.timeLimitMinutes().getAsInt())) : null;
        var attempt = attempts.saveAndFlush(new Attempt(studentId, assigned.assignmentId(), assigned.lesson().id(),
                assigned.lesson().lessonId(), earlier.size() + 1, now, limit, drawn.size()));
        for (int i = 0; i < drawn.size(); i++) {
            items.save(item(attempt.getId(), i, drawn.get(i), rules.shuffleOptions()));
        }
        items.flush();
        return attempt.getId();
    }

    private void requireStartable(long studentId, StudentAssignment assigned, int used, Instant now) {
        var rules = assigned.rules();
        if (now.isBefore(rules.opensAt())) {
            throw new QuizException("This quiz is not open yet.");
        }
        if (!now.isBefore(rules.dueAt())) {
            throw new QuizException("This quiz closed at its due date.");
        }
        if (rules.attemptsAllowed().isPresent() && used >= rules.attemptsAllowed().getAsInt()) {
            throw new QuizException("You have used all your attempts at this quiz.");
        }
        if (rules.requiresReading() && readings.findById(new LessonReading.Key(studentId, assigned.lesson().id()))
                .flatMap(LessonReading::getReadAt).isEmpty()) {
            throw new QuizException("Read the lesson to the end first; the quiz opens after reading.");
        }
    }

    private List<BankQuestion> draw(StudentAssignment assigned) {
        var questions = new ArrayList<>(bank.approvedQuestions(assigned.lesson().lessonId()));
        if (questions.isEmpty()) {
            throw new QuizException("This lesson has no questions yet. Ask your instructor.");
        }
        var rules = assigned.rules();
        if (rules.questionsPerAttempt().isPresent() && rules.questionsPerAttempt().getAsInt() < questions.size()) {
            // A random subset, shown in the lesson's order unless the questions are shuffled as well.
            var chosen = new ArrayList<>(IntStream.range(0, questions.size()).boxed().toList());
            Collections.shuffle(chosen, random);
            var kept = chosen.subList(0, rules.questionsPerAttempt().getAsInt()).stream().sorted()
                    .map(questions::get).toList();
            questions = new ArrayList<>(kept);
        }
        if (rules.shuffleQuestions()) {
            Collections.shuffle(questions, random);
        }
        return questions;
    }

    private AttemptItem item(long attemptId, int position, BankQuestion question, boolean shuffleOptions) {
        var order = new ArrayList<>(IntStream.range(0, question.options().size()).boxed().toList());
        if (shuffleOptions) {
            Collections.shuffle(order, random);
        }
        var shown = order.stream().map(question.options()::get).toList();
        return new AttemptItem(attemptId, position, question.id(), question.stem(), shown, order,
                order.indexOf(question.correctOption()), question.explanation(), question.sourceSentence(),
                question.paragraph());
    }
}
