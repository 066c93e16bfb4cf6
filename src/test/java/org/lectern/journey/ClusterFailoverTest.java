package org.lectern.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.lectern.security.ThrottledAuthenticationProvider;
import org.lectern.support.AppProcess;
import org.lectern.support.Browser;
import org.lectern.support.Nginx;
import org.lectern.support.TestPostgres;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Two Lectern nodes on one PostgreSQL behind nginx with sticky sessions, as {@code scripts/cluster.sh} starts them.
 * A student mid-quiz loses their node to SIGKILL, signs in again through nginx, lands on the other node and finds
 * every saved answer; the lock-out after wrong passwords on one node holds on the other; with both nodes running the
 * deadline job, each overdue attempt is submitted exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverTest {

    private static final Pattern SUBMITTED = Pattern.compile("Attempt (\\d+) submitted at its deadline");

    private final Path folder = Path.of("target/test-data/cluster-" + System.nanoTime());
    private final int[] ports = {AppProcess.freePort(), AppProcess.freePort()};
    private final AppProcess[] nodes = new AppProcess[2];
    private String databaseUrl;
    private Nginx nginx;

    @BeforeAll
    void startTheCluster() throws Exception {
        assertThat(Nginx.installed()).as("nginx is installed (apt-get install nginx-light; .ci/run does it)").isTrue();
        Files.createDirectories(folder);
        databaseUrl = TestPostgres.newDatabase();
        // Both nodes start at once on the empty database: seeding and demo accounts must not collide.
        // (Threads of their own: the common pool may have one thread on two cores, which would start them in turn.)
        try (var starters = Executors.newFixedThreadPool(2)) {
            var a = CompletableFuture.supplyAsync(() -> startNode(0), starters);
            var b = CompletableFuture.supplyAsync(() -> startNode(1), starters);
            nodes[0] = a.join();
            nodes[1] = b.join();
        }
        nginx = Nginx.start(folder.resolve("nginx"), ports[0], ports[1]);
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (var node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void bothNodesStartedTogetherOnOneDatabaseWithOneSeedCourseAndOneDemoClass() throws Exception {
        var waited = Files.readString(log(0)).contains("for another node to finish its start-up work")
                || Files.readString(log(1)).contains("for another node to finish its start-up work");
        assertThat(waited).as("one node waited for the other's start-up work").isTrue();
        try (var db = database(); var query = db.createStatement()) {
            assertThat(count(query, "select count(*) from courses")).isEqualTo(1);
            assertThat(count(query, "select count(*) from classes")).isEqualTo(1);
            assertThat(count(query, "select count(*) from accounts where username = 'student'")).isEqualTo(1);
        }
    }

    @Test
    @Order(2)
    void fiveWrongPasswordsOnOneNodeLockTheNameOnTheOther() {
        try (var onA = new Browser(nodes[0].baseUrl(), "cluster-lockout-a")) {
            for (int i = 0; i < 5; i++) {
                attemptSignIn(onA, "jonas", "not the password " + i);
                onA.until("refuse wrong password " + (i + 1), d -> d.getCurrentUrl().contains("/login?error"));
            }
        }
        try (var onB = new Browser(nodes[1].baseUrl(), "cluster-lockout-b")) {
            attemptSignIn(onB, "jonas", "lectern-demo");
            onB.until("refuse even the right password while locked", d -> d.getCurrentUrl().contains("/login?error"));
            onB.until("say the name is locked", d -> ThrottledAuthenticationProvider.LOCKED_MESSAGE.equals(
                    onB.driver().executeScript("var f = document.querySelector('vaadin-login-form');"
                            + " return f && f.error ? f.i18n.errorMessage.message : null;")));
            onB.screenshot("locked-on-the-other-node");
        }
    }

    @Test
    @Order(3)
    void aStudentWhoseNodeIsKilledSignsInOnTheOtherAndFindsEverySavedAnswer() throws Exception {
        try (var browser = new Browser(nginx.baseUrl(), "cluster-failover")) {
            browser.signIn("student", "lectern-demo");
            browser.waitForUrlEnding("/student");
            var first = node(browser);
            var size = QuizSteps.readAndStartTheQuiz(browser);
            var chosen = QuizSteps.answer(browser, Math.min(3, size));
            browser.screenshot("answers-saved-on-node-" + first);

            nodes[first].kill();

            browser.open("/student");
            browser.until("be sent to sign in again", d -> d.getCurrentUrl().contains("/login"));
            browser.signIn("student", "lectern-demo");
            // Sent back where it was going: the start page, with the saved request's "?continue".
            browser.until("reach the start page", d -> d.getCurrentUrl().matches(".*/student(\\?continue)?"));
            assertThat(node(browser)).as("the session now lives on the other node").isEqualTo(1 - first);
            QuizSteps.continueAndFindTheAnswers(browser, chosen, size);
            browser.screenshot("answers-in-place-on-node-" + (1 - first));

            nodes[first] = startNode(first);
        }
    }

    @Test
    @Order(4)
    void withBothNodesRunningTheDeadlineJobEachOverdueAttemptIsSubmittedOnce() throws Exception {
        // Jonas is locked out by the second test; Amira starts a quiz beside the failed-over student's.
        try (var browser = new Browser(nginx.baseUrl(), "cluster-deadline-amira")) {
            browser.signIn("amira", "lectern-demo");
            browser.waitForUrlEnding("/student");
            QuizSteps.readAndStartTheQuiz(browser);
            QuizSteps.answer(browser, 1);
        }
        for (int i = 0; i < nodes.length; i++) {
            if (!nodes[i].isAlive()) {
                nodes[i] = startNode(i); // the killed node, when the failover test stopped before starting it again
            }
        }
        assertThat(nodes[0].isAlive() && nodes[1].isAlive()).as("both nodes run the deadline job").isTrue();
        List<Long> open;
        try (var db = database(); var query = db.createStatement()) {
            open = ids(query, "select id from attempts where submitted_at is null");
            assertThat(open).as("the open attempts of amira and of the failed-over student").hasSizeGreaterThanOrEqualTo(2);
            query.executeUpdate("update assignments set due_at = opens_at + interval '1 minute'");
        }
        try (var db = database(); var query = db.createStatement()) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> count(query, "select count(*) from attempts where submitted_at is null") == 0);
        }
        var submissions = new ArrayList<Long>();
        for (int i = 0; i < 2; i++) {
            var matcher = SUBMITTED.matcher(Files.readString(log(i)));
            while (matcher.find()) {
                submissions.add(Long.parseLong(matcher.group(1)));
            }
        }
        assertThat(submissions).as("each overdue attempt submitted once, by one of the two nodes")
                .containsExactlyInAnyOrderElementsOf(open);
    }

    private AppProcess startNode(int index) {
        var name = index == 0 ? "a" : "b";
        return AppProcess.start(ports[index], folder.resolve("node-" + name), log(index),
                Map.of("LECTERN_DB_URL", databaseUrl, "LECTERN_DB_USER", TestPostgres.USER, "LECTERN_DB_PASSWORD", ""),
                "--spring.profiles.active=postgres,demo", "--lectern.node-name=" + name,
                "--lectern.attempts.deadline-check=PT1S");
    }

    private Path log(int index) {
        return folder.resolve("node-" + (index == 0 ? "a" : "b") + ".log");
    }

    /** Which node holds the browser's session, read from the route at the end of its session id. */
    private static int node(Browser browser) {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        assertThat(session).matches(".*\\.[ab]");
        return session.endsWith(".a") ? 0 : 1;
    }

    private static void attemptSignIn(Browser browser, String username, String password) {
        browser.open("/login");
        browser.waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).sendKeys(username);
        var field = browser.waitFor(By.cssSelector("vaadin-password-field[name='password'] input"));
        field.sendKeys(password);
        field.sendKeys(Keys.ENTER);
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, TestPostgres.USER, "");
    }

    private static long count(java.sql.Statement query, String sql) throws SQLException {
        try (var rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Long> ids(java.sql.Statement query, String sql) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var rows = query.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
