package org.lectern.gradebook;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lectern.assignment.Assignments;
import org.lectern.attempt.AttemptRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The gradebook as CSV files, made when asked for from the instructor's own data, like the gradebook itself. */
@Service
@Transactional(readOnly = true)
public class GradebookExports {

    private final Gradebook gradebook;
    private final Assignments assignments;
    private final AttemptRecords records;
    private final Clock clock;

    GradebookExports(Gradebook gradebook, Assignments assignments, AttemptRecords records, Clock clock) {
        this.gradebook = gradebook;
        this.assignments = assignments;
        this.records = records;
        this.clock = clock;
    }

    /**
     * The grid as the filter shows it: a row per student, two columns per assigned lesson (the counting score in
     * percent as a bare number, and the status), and an average row.
     */
    public CsvFile grid(long instructorId, GradebookFilter filter) {
        var sheet = gradebook.sheet(instructorId, filter);
        var header = new ArrayList<>(List.of("Student", "User name", "Classes"));
        sheet.columns().forEach(c -> header.addAll(List.of(c.title() + " (%)", c.title() + " status")));
        var rows = new ArrayList<List<String>>();
        for (var row : sheet.rows()) {
            var cells = new ArrayList<>(List.of(row.name(), row.username(), String.join("; ", row.classes())));
            sheet.columns().forEach(c -> {
                var cell = row.cell(c.assignedLessonId());
                cells.add(cell.score().isPresent() ? Percent.number(cell.score().getAsDouble()) : "");
                cells.add(cell.status().label());
            });
            rows.add(cells);
        }
        var average = new ArrayList<>(List.of("Average", "", ""));
        sheet.columns().forEach(c -> {
            average.add(c.average().isPresent() ? Percent.number(c.average().getAsDouble()) : "");
            average.add("over " + c.scored() + (c.scored() == 1 ? " student" : " students"));
        });
        rows.add(average);
        return new CsvFile("gradebook-" + today() + ".csv", Csv.write(header, rows));
    }

    /** Every attempt at the instructor's assignments with its answers: a row per attempt and question. */
    public CsvFile answers(long instructorId) {
        var owned = assignments.ownedBy(instructorId);
        var attempts = records.answersFor(owned, instructorId);
        var roster = gradebook.roster(instructorId, owned, attempts);
        return new CsvFile("attempts-" + today() + ".csv",
                Csv.write(AnswerRows.HEADER, new AnswerRows(roster, owned).rows(attempts)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
