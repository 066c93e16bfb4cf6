package org.lectern.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * Lectern as a separate Java process on the test's own class path, so a test can kill it the hard way (SIGKILL) and
 * start it again on the same data folder.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the demo profile on a free port with this data folder, and waits until it answers and has finished its
     * start-up work: the port opens before the seed course and the demo class exist.
     */
    public static AppProcess start(Path dataDir, Path log) {
        return start(dataDir, log, Map.of(), "--spring.profiles.active=demo");
    }

    /**
     * Starts Lectern with these environment variables and arguments on a free port, as {@link #start(Path, Path)}
     * does; the arguments say which profiles.
     */
    public static AppProcess start(Path dataDir, Path log, Map<String, String> environment, String... arguments) {
        return start(freePort(), dataDir, log, environment, arguments);
    }

    /** Starts Lectern on this port; see {@link #start(Path, Path, Map, String...)}. */
    public static AppProcess start(int port, Path dataDir, Path log, Map<String, String> environment,
                                   String... arguments) {
        var java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.lectern.Application", "--server.port=" + port, "--lectern.data-dir=" + dataDir.toAbsolutePath(),
                "--vaadin.devmode.usageStatistics.enabled=false"));
        command.addAll(List.of(arguments));
        try {
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            var process = builder.start();
            var app = new AppProcess(process, port);
            Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !process.isAlive() || app.answers() && ready(log, logStart));
            if (!process.isAlive()) {
                throw new IllegalStateException("Lectern stopped while starting; see " + log);
            }
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Kills the process with SIGKILL: no shutdown hook, no flush, nothing closed cleanly. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private boolean answers() {
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether this run (what the log holds past {@code from}) has said it is ready. */
    private static boolean ready(Path log, long from) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            int start = (int) Math.min(from, bytes.length);
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8).contains("Lectern is ready");
        } catch (IOException e) {
            return false;
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
