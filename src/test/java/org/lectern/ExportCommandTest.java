package org.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.course.CourseImports;
import org.lectern.course.Courses;
import org.lectern.course.ExportFixture;
import org.lectern.course.QuestionBank;
import org.lectern.course.export.AikenReader;
import org.lectern.course.export.Expected;
import org.lectern.course.export.ExportSet;
import org.lectern.course.export.GiftReader;
import org.lectern.course.export.MoodleXmlReader;
import org.lectern.course.export.QtiReader;
import org.lectern.course.export.ReadQuestion;
import org.lectern.security.Accounts;
import org.lectern.security.Role;

/** The {@code export} command as an administrator runs it on the server: files, messages and exit statuses. */
class ExportCommandTest {

    private static final String DATA_DIR = "--lectern.data-dir=./target/test-data/export-cli-" + UUID.randomUUID();

    private static ExportFixture course;
    private static ExportSet expected;
    private static List<String> lessonIds;

    @TempDir
    Path temp;

    @BeforeAll
    static void aReviewedCourseInTheDatabase() {
        try (var context = CommandContext.start(List.of(DATA_DIR))) {
            var owner = context.getBean(Accounts.class)
                    .create("cli-exporter", "Exporter", "long enough password", Role.INSTRUCTOR).accountId();
            var courses = context.getBean(Courses.class);
            var bank = context.getBean(QuestionBank.class);
            course = ExportFixture.create(owner, "hanseatic.md", context.getBean(CourseImports.class), courses, bank);
            expected = course.expected(owner, courses, bank);
            lessonIds = bank.approvedQuestions(course.firstLessonId()).stream().map(q -> q.id()).toList();
        }
    }

    @Test
    void eachFormatIsWrittenToTheFileAndReadsBackAsTheQuestionBank() throws Exception {
        var gift = export("gift", "course.gift.txt");
        assertThat(GiftReader.read(Files.readString(gift))).isEqualTo(Expected.gift(expected));

        var moodle = export("moodle-xml", "course.moodle.xml");
        assertThat(MoodleXmlReader.read(Files.readAllBytes(moodle))).isEqualTo(Expected.moodleXml(expected));

        var aiken = export("aiken", "course.aiken.txt");
        assertThat(AikenReader.read(Files.readString(aiken))).isEqualTo(Expected.aiken(expected));

        var qti = export("qti21", "course.qti21.zip");
        assertThat(QtiReader.read(Files.readAllBytes(qti))).isEqualTo(Expected.qti(expected));
    }

    @Test
    void aLessonIsExportedInsteadOfTheWholeCourseWithLesson() throws Exception {
        var file = temp.resolve("lesson.gift.txt");

        var run = run("export", DATA_DIR, "--format", "gift", "--lesson", String.valueOf(course.firstLessonId()),
                "--out", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Exported " + lessonIds.size() + " approved questions of " + course.title()
                + ": ").endsWith(" as GIFT to " + file + System.lineSeparator());
        assertThat(GiftReader.read(Files.readString(file))).extracting(ReadQuestion::id).isEqualTo(lessonIds);
    }

    @Test
    void anUnknownFormatIsAUsageErrorAndWritesNothing() {
        var file = temp.resolve("out.txt");

        var run = run("export", DATA_DIR, "--format", "pdf", "--course", String.valueOf(course.courseId()),
                "--out", file.toString());

        assertThat(run.status()).isEqualTo(LecternCommandLine.USAGE);
        assertThat(run.err()).startsWith("lectern: unknown format pdf; use gift, moodle-xml, aiken or qti21.")
                .contains("usage: java -jar lectern.jar export");
        assertThat(file).doesNotExist();
    }

    @Test
    void wrongCallsExplainTheUsageWithoutOpeningTheDatabase() {
        var out = temp.resolve("x.txt").toString();
        assertThat(run("export", "--format", "gift", "--course", "1").err()).contains("--out FILE");
        assertThat(run("export", "--format", "gift", "--course", "1", "--lesson", "2", "--out", out).err())
                .contains("either --course ID or --lesson ID");
        assertThat(run("export", "--format", "gift", "--course", "one", "--out", out).err())
                .contains("the id one is not a number");
        assertThat(run("export", "--format", "gift", "--course", "1", "--out", temp.resolve("no/such/x").toString())
                .status()).isEqualTo(LecternCommandLine.USAGE);
        assertThat(run("export", "--format").err()).contains("--format needs a value");
    }

    @Test
    void aMissingCourseIsRefusedInOneClearLine() {
        var file = temp.resolve("missing.gift.txt");

        var run = run("export", DATA_DIR, "--format", "gift", "--course", "987654321", "--out", file.toString());

        assertThat(run.status()).isEqualTo(LecternCommandLine.REJECTED);
        assertThat(run.err().lines().toList()).containsExactly("lectern: there is no course with id 987654321.");
        assertThat(run.out()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aLessonWithNothingApprovedGetsAMessageNotAnEmptyFile() {
        var file = temp.resolve("drafts.aiken.txt");

        var run = run("export", DATA_DIR, "--format", "aiken", "--lesson", String.valueOf(course.draftLessonId()),
                "--out", file.toString());

        assertThat(run.status()).isEqualTo(LecternCommandLine.REJECTED);
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("lectern: the lesson \"").endsWith("has no approved questions to export; approve some "
                        + "in the question review first."));
        assertThat(file).doesNotExist();
        assertThat(temp).isEmptyDirectory();
    }

    private Path export(String format, String name) {
        var file = temp.resolve(name);
        var run = run("export", "--format", format, "--course", String.valueOf(course.courseId()), "--out",
                file.toString(), DATA_DIR);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return file;
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = new LecternCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(int status, String out, String err) {
    }
}
