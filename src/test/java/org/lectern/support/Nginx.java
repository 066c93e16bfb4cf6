package org.lectern.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * Debian's nginx in front of two Lectern nodes, with the configuration that {@code scripts/cluster.sh} uses
 * ({@code scripts/nginx-cluster.conf}), filled in for this test's ports and folder.
 */
public final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Path prefix;
    private final int port;

    private Nginx(Path prefix, int port) {
        this.prefix = prefix;
        this.port = port;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts nginx on a free port in front of the nodes at these two ports. */
    public static Nginx start(Path prefix, int nodeA, int nodeB) throws IOException, InterruptedException {
        Files.createDirectories(prefix);
        var port = AppProcess.freePort();
        var config = Files.readString(Path.of("scripts/nginx-cluster.conf"), StandardCharsets.UTF_8)
                .replace("@PREFIX@", prefix.toAbsolutePath().toString())
                .replace("@PORT@", Integer.toString(port))
                .replace("@NODE_A@", "127.0.0.1:" + nodeA)
                .replace("@NODE_B@", "127.0.0.1:" + nodeB);
        var file = prefix.resolve("nginx.conf");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        var nginx = new Nginx(prefix, port);
        nginx.run(List.of(BINARY.toString(), "-p", prefix.toAbsolutePath().toString(), "-c",
                file.toAbsolutePath().toString(), "-e", prefix.resolve("nginx-error.log").toAbsolutePath().toString()));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(nginx::listening);
        return nginx;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private boolean listening() {
        try (var ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("nginx-start.log").toFile())).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("nginx refused to start; see " + prefix.resolve("nginx-start.log"));
        }
    }

    @Override
    public void close() {
        try {
            run(List.of(BINARY.toString(), "-p", prefix.toAbsolutePath().toString(), "-c",
                    prefix.resolve("nginx.conf").toAbsolutePath().toString(), "-s", "stop"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
