package org.lectern.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Students taking a quiz while an instructor keeps the gradebook open, spoken in Vaadin Flow's own protocol as a
 * browser speaks it: the bootstrap request ({@code ?v-r=init}) gives the UI id and the security key, every later step
 * is a UIDL post with the last sync id and the next client id, navigation is the {@code ui-navigate} event on the UI
 * node, a click is a {@code click} event, a choice is a property sync and its {@code value-changed} event. Each
 * response is checked: status 200, no {@code appError} (which is how Vaadin says session expired, out of sync or
 * invalid security key) and the text the step must show.
 * <p>
 * System properties: {@code load.baseUrl}, {@code load.users} (students), {@code load.ramp} (seconds),
 * {@code load.questions} (answers per quiz), {@code load.thinkMin}/{@code load.thinkMax} (seconds before each answer),
 * {@code load.mode} ({@code quiz}, or {@code open} to sign in and open the quiz only: the memory measurement),
 * {@code load.unloadBeacon} ({@code false}: leave the sign-in page without the beacon a browser sends).
 */
public class QuizSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("load.baseUrl", "http://localhost:18080");
    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final int RAMP = Integer.getInteger("load.ramp", 60);
    private static final int QUESTIONS = Integer.getInteger("load.questions", 20);
    private static final int THINK_MIN = Integer.getInteger("load.thinkMin", 5);
    private static final int THINK_MAX = Integer.getInteger("load.thinkMax", 15);
    private static final int FIRST_USER = Integer.getInteger("load.firstUser", 1);
    private static final boolean OPEN_ONLY = "open".equals(System.getProperty("load.mode", "quiz"));
    private static final String PASSWORD = "lectern-load";
    /** Whether leaving the sign-in page sends Vaadin's unload beacon, as browsers do (true unless set false). */
    private static final boolean UNLOAD_BEACON = !"false".equals(System.getProperty("load.unloadBeacon"));

    /** Where the server put a component with a stable id: its attribute change names the node. */
    private static String nodeWithId(String id) {
        return "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + id + "\"\\}";
    }

    private static final AtomicInteger nextStudent = new AtomicInteger(FIRST_USER);
    private static final Iterator<Map<String, Object>> students = Stream.generate(
            () -> Map.<String, Object>of("username", "load" + nextStudent.getAndIncrement())).iterator();

    /** A UIDL post: the rpc calls, then the sync id and client id that the last response gave. */
    private static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("securityKey") + "\",\"rpc\":"
                        + rpc.apply(session) + ",\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(status().is(200), substring("\"appError\"").notExists(),
                        regex("\"syncId\":(\\d+)").saveAs("syncId"),
                        regex("\"clientId\":(\\d+)").saveAs("clientId"));
    }

    private static HttpRequestActionBuilder navigate(String name, Function<Session, String> route) {
        return uidl(name, session -> "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route.apply(session) + "\",\"query\":\"\",\"appShellTitle\":\"Lectern\",\"historyState\":{\"idx\":"
                + session.getInt("clientId") + "},\"trigger\":\"link\"}}]");
    }

    private static HttpRequestActionBuilder click(String name, String nodeKey) {
        return uidl(name, session -> "[{\"type\":\"event\",\"node\":" + session.getInt(nodeKey)
                + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,\"event.metaKey\":false,"
                + "\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":40,\"event.clientY\":20,"
                + "\"event.altKey\":false,\"event.button\":0,\"event.screenY\":120,\"event.screenX\":40}}]");
    }

    /** Opens a page as the browser does: the HTML shell, then the bootstrap request that creates the UI. */
    private static ChainBuilder bootstrap(String name, String path, String location) {
        return exec(http(name + " html").get(path).check(status().is(200)))
                .exec(http(name + " init").get("/?v-r=init&location=" + location + "&query=")
                        .check(status().is(200),
                                regex("\"v-uiId\":(\\d+)").saveAs("uiId"),
                                regex("\"Vaadin-Security-Key\":\"([^\"]+)\"").saveAs("securityKey"),
                                regex("\"clientId\":(\\d+)").saveAs("clientId"),
                                regex("\"syncId\":(\\d+)").saveAs("syncId")));
    }

    /**
     * Sign-in as the browser does it: the sign-in page, then the form post that Spring Security answers. The user name
     * is a Gatling expression ({@code #{username}} for the fed students).
     */
    private static ChainBuilder signIn(String username, String password) {
        var signedIn = bootstrap("sign-in", "/login", "login")
                .exec(http("sign in").post("/login")
                        .formParam("username", username).formParam("password", password)
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").not(BASE_URL + "/login?error")));
        return UNLOAD_BEACON ? signedIn.exec(unloadBeacon("sign-in unload")) : signedIn;
    }

    /**
     * What a browser sends when it leaves a Vaadin page (since Flow 24.1, on {@code pagehide}, with
     * {@code navigator.sendBeacon}): a UIDL post marked {@code UNLOAD}, on which the server closes that page's UI at
     * once instead of keeping it until its heartbeats have been missing for three intervals. Here it leaves the
     * sign-in page after the form post, with the session cookie that the sign-in gave.
     */
    private static HttpRequestActionBuilder unloadBeacon(String name) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("securityKey")
                        + "\",\"rpc\":[],\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + ",\"UNLOAD\":true}"))
                .check(status().is(200));
    }

    /** The question on screen: its options group and the option keys the server gave it. */
    private static final List<io.gatling.javaapi.core.CheckBuilder> QUESTION_SHOWN = List.of(
            regex(nodeWithId("quiz-options")).saveAs("optionsNode"),
            regex("\"key\":\"value\",\"feat\":1,\"value\":\"(\\d+)\"").findAll().saveAs("optionKeys"));

    private static String randomOption(Session session) {
        List<String> keys = session.getList("optionKeys");
        return keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
    }

    private static final ChainBuilder answerQuestions = repeat(QUESTIONS, "q").on(
            pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)),
            exec(uidl("answer", session -> {
                var node = session.getInt("optionsNode");
                return "[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                        + randomOption(session) + "\"},{\"type\":\"event\",\"node\":" + node
                        + ",\"event\":\"value-changed\",\"data\":{}}]";
            }).check(substring("Answer saved at"))),
            doIfNotLast(exec(pause(Duration.ofMillis(500), Duration.ofMillis(1500)),
                    click("next", "nextNode").check(QUESTION_SHOWN))));

    private static ChainBuilder doIfNotLast(ChainBuilder chain) {
        return doIf(session -> session.getInt("q") < QUESTIONS - 1).then(chain);
    }

    private static final ChainBuilder openQuiz = exec(
            signIn("#{username}", PASSWORD),
            bootstrap("start", "/", ""),
            exec(navigate("start page", session -> "")
                    .check(substring("Assigned lessons"),
                            regex("\"value\":\"student/lessons/(\\d+)\"").saveAs("lessonId"))),
            exec(navigate("lesson", session -> "student/lessons/" + session.getString("lessonId"))
                    .check(regex(nodeWithId("lesson-reader")).saveAs("readerNode"))),
            pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX)),
            exec(uidl("reached end", session -> "[{\"type\":\"publishedEventHandler\",\"node\":"
                    + session.getInt("readerNode") + ",\"templateEventMethodName\":\"reachedEnd\","
                    + "\"templateEventMethodArgs\":[],\"promise\":0}]").check(substring("stu-read-done"))),
            pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
            exec(navigate("start quiz", session -> "student/lessons/" + session.getString("lessonId") + "/quiz")
                    .check(QUESTION_SHOWN)
                    .check(regex(nodeWithId("quiz-next")).saveAs("nextNode"),
                            regex(nodeWithId("quiz-submit")).saveAs("submitNode"))));

    private static final ChainBuilder takeQuiz = exec(
            openQuiz,
            answerQuestions,
            pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
            exec(click("submit", "submitNode").check(substring("Your answers"))),
            pause(Duration.ofSeconds(2), Duration.ofSeconds(5)),
            exec(navigate("result", session -> "student/lessons/" + session.getString("lessonId") + "/result")
                    .check(substring("Your answers"))));

    /** How long the instructor keeps refreshing: the ramp, then a student's whole quiz. */
    private static final int QUIZ_SECONDS = RAMP + 20 + (QUESTIONS + 1) * (THINK_MIN + THINK_MAX) / 2 + 30;

    private static final ChainBuilder watchGradebook = exec(
            signIn("teacher", "lectern-demo"),
            bootstrap("gradebook", "/", ""),
            exec(navigate("gradebook open", session -> "instructor/gradebook")
                    .check(regex(nodeWithId("gradebook-refresh")).saveAs("refreshNode"))),
            during(Duration.ofSeconds(QUIZ_SECONDS)).on(
                    pause(Duration.ofSeconds(30)),
                    exec(click("gradebook refresh", "refreshNode").check(substring("gb-")))));

    {
        var studentScenario = scenario(OPEN_ONLY ? "students open a quiz" : "students take a quiz")
                .feed(students).exitBlockOnFail().on(OPEN_ONLY ? openQuiz : takeQuiz);
        var populations = new ArrayList<PopulationBuilder>();
        populations.add(studentScenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))));
        if (!OPEN_ONLY) {
            populations.add(scenario("instructor refreshes the gradebook").exitBlockOnFail().on(watchGradebook)
                    .injectOpen(nothingFor(Duration.ofSeconds(5)), atOnceUsers(1)));
        }
        setUp(populations).protocols(http.baseUrl(BASE_URL)
                        .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                        .acceptEncodingHeader("gzip, deflate").acceptLanguageHeader("en-GB,en;q=0.9")
                        .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Lectern load benchmark"))
                .assertions(global().failedRequests().count().is(0L));
    }
}
