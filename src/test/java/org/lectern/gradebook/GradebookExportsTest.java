package org.lectern.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.CourseFixture;
import org.lectern.attempt.AttemptRecords;
import org.lectern.classroom.Classes;
import org.lectern.security.Accounts;
import org.lectern.security.Role;
import org.lectern.support.MutableClock;
import org.lectern.support.MutableClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

@Tag("postgresql")
@SpringBootTest
@Import(MutableClockConfig.class)
class GradebookExportsTest {

    @Autowired
    GradebookExports exports;
    @Autowired
    Gradebook gradebook;
    @Autowired
    AttemptRecords records;
    @Autowired
    Accounts accounts;
    @Autowired
    Classes classes;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationContext context;

    GradebookFixture school;

    @BeforeEach
    void setUp() {
        school = new GradebookFixture(context);
    }

    @Test
    void theGridFileHoldsWhatTheFilteredGridShows() throws IOException {
        var ann = school.student("Ann");
        var ben = school.student("Ben");
        var cleo = school.student("Cleo");
        var sevenA = school.newClass("7A", ann, ben);
        school.newClass("7B", cleo);
        var lesson = school.assignToClass(sevenA.id(), GradebookFixture.rules(clock.instant(),
                CountedAttempt.HIGHEST));
        school.take(ann, lesson, 2);
        school.start(ben, lesson);
        var filter = new GradebookFilter(OptionalLong.of(sevenA.id()), OptionalLong.empty());
        var sheet = gradebook.sheet(school.instructorId(), filter);

        var file = exports.grid(school.instructorId(), filter);

        assertThat(file.fileName())
                .isEqualTo("gradebook-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".csv");
        var records = parse(file.bytes());
        var title = sheet.columns().getFirst().title();
        assertThat(records.getFirst().toList())
                .containsExactly("Student", "User name", "Classes", title + " (%)", title + " status");
        assertThat(records.get(1).toList()).containsExactly("Ann", ann.username(), "7A", "67", "Done");
        assertThat(records.get(2).toList()).containsExactly("Ben", ben.username(), "7A", "", "In progress");
        assertThat(records.get(3).toList()).containsExactly("Average", "", "", "67", "over 1 student");
        assertThat(records).hasSize(1 + sheet.rows().size() + 1);
        assertThat(records).noneMatch(r -> r.toList().contains("Cleo"));
    }

    @Test
    void theAnswersFileHasARowPerAttemptAndQuestion() throws IOException {
        var ann = school.student("Ann");
        var sevenA = school.newClass("7A", ann);
        var lesson = school.assignToClass(sevenA.id(), GradebookFixture.rules(clock.instant(),
                CountedAttempt.HIGHEST));
        school.take(ann, lesson, 1);
        school.take(ann, lesson, 3);
        var expected = records.forInstructor(school.instructorId()).getFirst();

        var rows = parse(exports.answers(school.instructorId()).bytes());

        assertThat(rows.getFirst().toList()).isEqualTo(AnswerRows.HEADER);
        assertThat(rows).hasSize(1 + 2 * CourseFixture.APPROVED);
        var first = rows.get(1);
        var answer = expected.attempts().getFirst().answers().getFirst();
        assertThat(first.toList().subList(0, 7)).containsExactly("Ann", ann.username(), "7A",
                expected.assignmentTitle(), school.course().outline().title(), school.course().reviewed().title(),
                "1");
        assertThat(first.get(9)).isEqualTo("Student");
        assertThat(first.get(10)).isEqualTo(answer.questionId());
        assertThat(first.get(11)).isEqualTo(answer.stem());
        assertThat(first.get(12)).isEqualTo(answer.chosenText().orElseThrow());
        assertThat(first.get(13)).isEqualTo(answer.correctText());
        assertThat(first.get(14)).isEqualTo("right");
        assertThat(first.get(15)).isEqualTo("1");
        assertThat(first.get(16)).isEqualTo(String.valueOf(CourseFixture.APPROVED));
        assertThat(rows.get(2).get(14)).isEqualTo("wrong");
        assertThat(rows.stream().skip(1).map(r -> r.get(6))).containsExactly("1", "1", "1", "2", "2", "2");
        assertThat(first.get(7)).isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(clock.instant().atOffset(ZoneOffset.UTC)));
    }

    @Test
    void namesThatWouldRunAsFormulasArriveAsText() throws IOException {
        var mallory = accounts.create("mallory-" + System.nanoTime(), "=HYPERLINK(\"http://x\",\"y\")",
                "secret-password", Role.STUDENT);
        var room = classes.create("@SUM(1+1)", school.instructorId());
        classes.join(room.joinCode(), mallory.accountId());
        var lesson = school.assignToClass(room.id(), GradebookFixture.rules(clock.instant(),
                CountedAttempt.HIGHEST));
        school.take(mallory, lesson, 0);

        var grid = parse(exports.grid(school.instructorId(), GradebookFilter.all()).bytes());
        var answers = parse(exports.answers(school.instructorId()).bytes());

        assertThat(grid.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(grid.get(1).get(2)).isEqualTo("'@SUM(1+1)");
        assertThat(answers.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(answers.get(1).get(2)).isEqualTo("'@SUM(1+1)");
        assertThat(answers.stream().flatMap(r -> r.toList().stream()))
                .noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
