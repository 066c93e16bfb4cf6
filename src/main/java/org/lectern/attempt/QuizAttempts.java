package org.lectern.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.assignment.StudentAssignment;
import org.lectern.attempt.domain.Attempt;
import org.lectern.attempt.domain.AttemptItem;
import org.lectern.attempt.domain.AttemptItemRepository;
import org.lectern.attempt.domain.AttemptRepository;
import org.lectern.attempt.domain.SubmittedBy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quiz attempts as students take them. Every answer is committed the moment it is chosen; the attempt's row is
 * locked while an answer is saved or the attempt is submitted, so a submission sees every saved answer and only the
 * first submission sets the score. A correct option leaves this class only once the assignment's feedback timing
 * allows it. Every call names the student who acts; another student's attempt is refused as if it did not exist.
 */
@Service
@Transactional
public class QuizAttempts {

    /** Answers still count this long after the deadline, for a click already on its way when time ran out. */
    public static final Duration GRACE = Duration.ofSeconds(10);
    static final String NO_SUCH_ATTEMPT = "There is no such attempt among yours.";

    private final AttemptRepository attempts;
    private final AttemptItemRepository items;
    private final AttemptStarter starter;
    private final AttemptCloser closer;
    private final StudentAssignmentLookup lookup;
    private final AttemptResults results;
    private final Clock clock;

    QuizAttempts(AttemptRepository attempts, AttemptItemRepository items, AttemptStarter starter, AttemptCloser closer,
                 StudentAssignmentLookup lookup, AttemptResults results, Clock clock) {
        this.attempts = attempts;
        this.items = items;
        this.starter = starter;
        this.closer = closer;
        this.lookup = lookup;
        this.results = results;
        this.clock = clock;
    }

    /** Continues the attempt in progress or starts a new one, and returns its id. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long start(long studentId, long assignedLessonId) {
        var assigned = lookup.require(studentId, assignedLessonId);
        try {
            return starter.start(studentId, assigned);
        } catch (DataIntegrityViolationException sameMomentInAnotherTab) {
            return starter.start(studentId, assigned);
        }
    }

    @Transactional(readOnly = true)
    public QuizPage page(long attemptId, long studentId) {
        var attempt = owned(attempts.findById(attemptId), studentId);
        var assigned = lookup.require(studentId, attempt.getAssignedLessonId());
        var rules = assigned.rules();
        var eachAnswer = rules.feedback() == FeedbackTiming.AFTER_EACH_ANSWER;
        var shown = items.findByAttemptIdOrderByPosition(attemptId).stream()
                .map(item -> AttemptItems.shown(item, eachAnswer && item.getChosenOption().isPresent())).toList();
        return new QuizPage(attemptId, attempt.getAssignedLessonId(), assigned.lesson().courseTitle(),
                assigned.lesson().lessonTitle(), attempt.getNumber(), rules.feedback(),
                rules.timeLimitMinutes().isPresent(), Optional.of(Scores.deadline(attempt, rules))
                .filter(d -> rules.timeLimitMinutes().isPresent()), attempt.isSubmitted(), shown);
    }

    /** Saves an answer, shown by its index in the order the student sees the options. */
    public AnswerSaved answer(long attemptId, long studentId, int position, int option) {
        // The lookup runs before the lock, so the row is held only for the checks and the write.
        var rules = assignedTo(attemptId, studentId).rules();
        var attempt = owned(attempts.lockById(attemptId), studentId);
        var now = now();
        if (attempt.isSubmitted()) {
            throw new QuizException("This attempt is already submitted; your answers are in its result.");
        }
        if (now.isAfter(Scores.deadline(attempt, rules).plus(GRACE))) {
            throw new QuizException("Time is up: this answer came too late. Your saved answers will be submitted.");
        }
        var item = items.findById(new AttemptItem.Key(attemptId, position))
                .orElseThrow(() -> new QuizException("That question is not part of this attempt."));
        var eachAnswer = rules.feedback() == FeedbackTiming.AFTER_EACH_ANSWER;
        if (eachAnswer && item.getChosenOption().isPresent()) {
            throw new QuizException("This answer is final: its feedback has been shown.");
        }
        item.choose(option, now);
        items.flush();
        return new AnswerSaved(position, option, now,
                eachAnswer ? Optional.of(AttemptItems.feedback(item)) : Optional.empty());
    }

    /** Submits the attempt once; a second submission, from any tab, gets the same result. */
    public AttemptResult submit(long attemptId, long studentId) {
        var assigned = assignedTo(attemptId, studentId);
        var attempt = owned(attempts.lockById(attemptId), studentId);
        if (!attempt.isSubmitted()) {
            var now = now();
            var deadline = Scores.deadline(attempt, assigned.rules());
            if (now.isAfter(deadline.plus(GRACE))) {
                closer.close(attempt, deadline, endedBy(attempt, assigned.rules()),
                        AttemptCloser.practiceFrom(assigned.rules(), deadline));
            } else {
                closer.close(attempt, now, SubmittedBy.STUDENT, AttemptCloser.practiceFrom(assigned.rules(), now));
            }
            attempts.flush();
        }
        return results.of(attempt, assigned, now());
    }

    @Transactional(readOnly = true)
    public AttemptResult result(long attemptId, long studentId) {
        var attempt = owned(attempts.findById(attemptId), studentId);
        if (!attempt.isSubmitted()) {
            throw new QuizException("This attempt is still in progress.");
        }
        return results.of(attempt, lookup.require(studentId, attempt.getAssignedLessonId()), now());
    }

    /** The student's latest submitted attempt at an assigned lesson, for "See result". */
    @Transactional(readOnly = true)
    public OptionalLong lastSubmitted(long studentId, long assignedLessonId) {
        lookup.require(studentId, assignedLessonId);
        var submitted = attempts.findByStudentIdAndAssignedLessonIdOrderByNumber(studentId, assignedLessonId).stream()
                .filter(Attempt::isSubmitted).toList();
        return submitted.isEmpty() ? OptionalLong.empty() : OptionalLong.of(submitted.getLast().getId());
    }

    static SubmittedBy endedBy(Attempt attempt, AssignmentRules rules) {
        return attempt.getDeadlineAt().filter(d -> d.isBefore(rules.dueAt())).isPresent()
                ? SubmittedBy.TIME_LIMIT : SubmittedBy.DUE_DATE;
    }

    /** What the student's attempt was assigned under, read without touching the attempt's row lock. */
    private StudentAssignment assignedTo(long attemptId, long studentId) {
        var assignedLessonId = attempts.findAssignedLessonId(attemptId, studentId)
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_ATTEMPT));
        return lookup.require(studentId, assignedLessonId);
    }

    private static Attempt owned(Optional<Attempt> attempt, long studentId) {
        return attempt.filter(a -> a.getStudentId() == studentId)
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_ATTEMPT));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
