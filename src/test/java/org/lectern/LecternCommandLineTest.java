package org.lectern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.api.ErrorCode;
import org.h2.message.DbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code import} command as a user runs it: what it prints, where, and with which exit status. */
class LecternCommandLineTest {

    private static final Path SEED = Path.of("seeds/chinese-and-russian-relations-in-central-asia.txt");

    @TempDir
    Path temp;

    @Test
    void dryRunPrintsTheCourseAsJsonAndNothingElse() {
        var run = run("import", "--dry-run", "--json", SEED.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode course = JsonMapper.builder().build().readTree(run.out());
        assertThat(course.get("title").asString()).isEqualTo("Chinese and Russian Relations in Central Asia");
        assertThat(course.get("author").asString()).isEqualTo("Ramsha Qaiser");
        assertThat(course.get("summary").asString()).isNotBlank();
        assertThat(course.get("endnotes")).hasSize(16);
        assertThat(course.get("lessons")).hasSize(8);
        var lesson = course.get("lessons").get(0);
        assertThat(course.get("language").asString()).isEqualTo("en");
        assertThat(lesson.propertyNames()).containsExactly("title", "paragraphs", "captions", "headings",
                "citations", "questions", "rejected");
        assertThat(lesson.get("citations").get(0).propertyNames()).containsExactly("number", "text", "url");
        var question = lesson.get("questions").get(0);
        assertThat(question.propertyNames()).containsExactly("id", "kind", "stem", "options", "answer",
                "sourceSentence", "explanation", "quality", "reasons");
        assertThat(question.get("options")).hasSize(4);
        assertThat(question.get("answer").asInt()).isBetween(0, 3);
    }

    @Test
    void theSameArticleGivesTheSameJsonByteForByte() {
        assertThat(run("import", "--dry-run", "--json", SEED.toString()).out())
                .isEqualTo(run("import", "--dry-run", "--json", SEED.toString()).out());
    }

    @Test
    void badInputGetsOneClearLineOnStandardErrorAndAFailureStatus() throws IOException {
        var empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        var binary = Files.write(temp.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        var latin1 = Files.write(temp.resolve("latin1.txt"),
                "Caf\u00e9 society\n\nIntroduction\n\nA na\u00efve text.".getBytes(StandardCharsets.ISO_8859_1));
        var noProse = Files.writeString(temp.resolve("menu.txt"), "Home\nNews\nSport\n\nLog in\nMenu\n\nShare\n");
        var huge = temp.resolve("huge.txt");
        Files.write(huge, new byte[10 * 1024 * 1024 + 1]);

        for (var file : new Path[] {temp.resolve("missing.txt"), empty, binary, latin1, noProse, huge}) {
            var run = run("import", "--dry-run", file.toString());
            assertThat(run.status()).as(file.getFileName().toString()).isEqualTo(LecternCommandLine.REJECTED);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines().toList()).as(file.getFileName().toString()).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("lectern: ").doesNotContain("Exception"));
            var json = run("import", "--dry-run", "--json", file.toString());
            assertThat(json.status()).isEqualTo(LecternCommandLine.REJECTED);
            JsonNode refused = JsonMapper.builder().build().readTree(json.out());
            assertThat(refused.propertyNames()).containsExactly("source", "error");
            assertThat(refused.get("source").asString()).isEqualTo(file.toString());
            assertThat(refused.get("error").asString()).isEqualTo(run.err().strip().substring("lectern: ".length()));
        }
    }

    @Test
    void severalFilesGiveOneJsonLineEachInTheirOrderAndARefusalFailsTheRun() throws IOException {
        var empty = Files.write(temp.resolve("empty.md"), new byte[0]);
        var other = Path.of("src/test/resources/articles/hanseatic-league.md");

        var run = run("import", "--dry-run", "--json", SEED.toString(), empty.toString(), other.toString());

        assertThat(run.status()).isEqualTo(LecternCommandLine.REJECTED);
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        var mapper = JsonMapper.builder().build();
        JsonNode seed = mapper.readTree(lines.get(0));
        assertThat(seed.propertyNames()).first().isEqualTo("source");
        assertThat(seed.get("source").asString()).isEqualTo(SEED.toString());
        assertThat(seed.get("lessons")).hasSize(8);
        JsonNode refused = mapper.readTree(lines.get(1));
        assertThat(refused.get("source").asString()).isEqualTo(empty.toString());
        assertThat(refused.get("error").asString()).isNotBlank();
        assertThat(mapper.readTree(lines.get(2)).get("source").asString()).isEqualTo(other.toString());
        assertThat(run.err().lines().toList()).singleElement().asString().contains(empty.toString());

        var allGood = run("import", "--dry-run", "--json", SEED.toString(), other.toString());
        assertThat(allGood.status()).isZero();
        assertThat(allGood.out().lines()).hasSize(2);
    }

    @Test
    void storingTakesOneFileAtATime() {
        var run = run("import", SEED.toString(), SEED.toString());

        assertThat(run.status()).isEqualTo(LecternCommandLine.USAGE);
        assertThat(run.err()).contains("one file at a time");
    }

    @Test
    void aWrongCallExplainsTheUsage() {
        var run = run("import", "--dry-run");

        assertThat(run.status()).isEqualTo(LecternCommandLine.USAGE);
        assertThat(run.err()).contains("no file given").contains("usage:");
    }

    @Test
    void importStoresTheCourseOnceAndRefusesABadFileWithoutStoringIt() throws IOException {
        var dataDir = "--lectern.data-dir=./target/test-data/cli-" + UUID.randomUUID();
        var article = Files.copy(Path.of("src/test/resources/articles/hanseatic-league.md"),
                temp.resolve("hanseatic-league.md"));

        var first = run("import", dataDir, article.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Imported ").contains("version 1");

        var again = run("import", dataDir, article.toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).contains("is unchanged").contains("version 1");

        var bad = run("import", dataDir, Files.write(temp.resolve("empty.md"), new byte[0]).toString());
        assertThat(bad.status()).isEqualTo(LecternCommandLine.REJECTED);
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void aDatabaseHeldByARunningLecternIsExplainedInOneSentence() {
        var held = DbException.get(ErrorCode.DATABASE_ALREADY_OPEN_1, "data/lectern.mv.db").getSQLException();
        var failure = new IllegalStateException("context failed", new RuntimeException("pool failed", held));

        assertThat(held.getMessage()).startsWith("Database may be already in use");
        assertThat(LecternCommandLine.storeFailure(failure))
                .isEqualTo("the database is in use by a running Lectern; stop it first, or pass --lectern.data-dir=...");
        assertThat(LecternCommandLine.storeFailure(new IllegalStateException("disk full")))
                .doesNotContain("Exception:").endsWith("nothing was changed.");
    }

    @Test
    void aPostgreSQLFailureThatSaysInUseIsNotTakenForALockedH2File() {
        var postgres = new IllegalStateException("context failed",
                new SQLException("FATAL: remaining connection slots are reserved, all in use", "53300"));

        assertThat(LecternCommandLine.storeFailure(postgres)).doesNotContain("running Lectern")
                .isEqualTo("the course could not be stored (IllegalStateException); nothing was changed.");
    }

    @Test
    void thePostgresProfileWithoutItsEnvironmentVariablesSaysWhichToSet() throws IOException {
        assumeTrue(System.getenv("LECTERN_DB_URL") == null, "LECTERN_DB_URL is set in this environment");
        var article = Files.copy(SEED, temp.resolve("seed.txt"));

        var run = run("import", "--spring.profiles.active=postgres", article.toString());

        assertThat(run.status()).isEqualTo(LecternCommandLine.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("lectern: the postgres profile needs the environment variables "
                + "LECTERN_DB_URL and LECTERN_DB_USER (and LECTERN_DB_PASSWORD where the server asks for one); "
                + "nothing was changed." + System.lineSeparator());
    }

    @Test
    void aPostgreSQLServerThatCannotBeReachedIsReportedWithTheDriversReason() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var article = Files.copy(SEED, temp.resolve("seed.txt"));

        var run = run("import", "--spring.profiles.active=postgres",
                "--LECTERN_DB_URL=jdbc:postgresql://127.0.0.1:" + closedPort + "/lectern", "--LECTERN_DB_USER=lectern",
                article.toString());

        assertThat(run.status()).isEqualTo(LecternCommandLine.FAILED);
        assertThat(run.err()).startsWith("lectern: the database refused the connection (Connection to 127.0.0.1:"
                + closedPort + " refused").endsWith("); nothing was changed." + System.lineSeparator())
                .doesNotContain("Exception").hasLineCount(1);
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
