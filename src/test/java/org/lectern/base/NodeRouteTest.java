package org.lectern.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** A node named "a" ends its session ids in ".a", which is what the proxy's sticky map reads. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "lectern.node-name=a")
@DirtiesContext
class NodeRouteTest {

    @LocalServerPort
    int port;

    @Test
    void aNamedNodeEndsItsSessionIdsWithItsName() throws Exception {
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .anySatisfy(cookie -> assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\.a;.*"));
        }
    }

    @Test
    void aNodeNameThatCouldBreakTheCookieIsRefusedAtStart() {
        assertThatThrownBy(() -> new NodeRoute("a;b")).hasMessageContaining("lectern.node-name");
        assertThatThrownBy(() -> new NodeRoute("x".repeat(33))).hasMessageContaining("lectern.node-name");
    }
}
