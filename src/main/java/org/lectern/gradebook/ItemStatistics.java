package org.lectern.gradebook;

import java.util.LinkedHashMap;
import java.util.List;
import org.lectern.attempt.AnswerRecord;
import org.lectern.attempt.AttemptRecord;
import org.lectern.attempt.AttemptRecords;
import org.lectern.gradebook.statistics.AttemptSelection;
import org.lectern.gradebook.statistics.ItemAnalysis;
import org.lectern.gradebook.statistics.ScoredAttempt;
import org.lectern.gradebook.statistics.ScoredResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Item statistics of one assigned lesson's quiz, as Moodle's quiz statistics report computes them, from the
 * submitted attempts the instructor chooses (first attempts by default). Options are counted in the question bank's
 * order, so shuffled options add up across students.
 */
@Service
public class ItemStatistics {

    private final AttemptRecords records;

    ItemStatistics(AttemptRecords records) {
        this.records = records;
    }

    public StatisticsReport of(long assignedLessonId, AttemptSelection selection, long instructorId) {
        var students = records.forAssignedLesson(assignedLessonId, instructorId);
        if (students.isEmpty()) {
            throw new AccessDeniedException("There are no attempts at this lesson among your assignments.");
        }
        var submitted = students.stream().flatMap(s -> s.attempts().stream()).filter(AttemptRecord::submitted)
                .toList();
        var scored = submitted.stream().map(ItemStatistics::scored).toList();
        var analysis = ItemAnalysis.of(scored, selection);
        var selected = selection.select(scored);
        var first = students.getFirst();
        return new StatisticsReport(first.assignmentId(), first.assignmentTitle(), first.lesson(), selection,
                analysis, questions(submitted), selected.stream().map(a -> 100 * a.fraction()).toList());
    }

    private static ScoredAttempt scored(AttemptRecord attempt) {
        var responses = attempt.answers().stream().map(answer -> new ScoredResponse(answer.questionId(),
                answer.correct() ? 1 : 0, 1, answer.chosenInBankOrder(), answer.options().size())).toList();
        return new ScoredAttempt(attempt.id(), attempt.studentId(), attempt.number(),
                attempt.submittedAt().orElseThrow(), responses);
    }

    /** Each question as the attempts showed it, in bank order, in the order the lesson's questions first appear. */
    private static List<StatisticsReport.Question> questions(List<AttemptRecord> attempts) {
        var seen = new LinkedHashMap<String, AnswerRecord>();
        attempts.stream().flatMap(a -> a.answers().stream()).forEach(a -> seen.putIfAbsent(a.questionId(), a));
        return seen.values().stream().map(a -> new StatisticsReport.Question(a.questionId(), a.stem(),
                a.bankOptions(), a.correctInBankOrder())).toList();
    }
}
