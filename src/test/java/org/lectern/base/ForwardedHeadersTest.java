package org.lectern.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Behind nginx the client's address comes from X-Forwarded-For, which Tomcat reads only from a trusted proxy: this
 * machine by default. The address is what the sign-up throttle counts, so a client that could set it would get
 * unlimited guesses, and one that could not be told apart from the proxy would share one count with everyone.
 */
class ForwardedHeadersTest {

    /** Answers {@code /test/remote-address} with the client address and scheme the application sees. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RemoteAddressProbe {
        @Bean
        FilterRegistrationBean<Filter> remoteAddressProbe() {
            Filter probe = (request, response, chain) -> response.getWriter()
                    .write(request.getRemoteAddr() + " " + request.getScheme());
            var registration = new FilterRegistrationBean<>(probe);
            registration.addUrlPatterns("/test/remote-address");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    static String seen(int port, String forwardedFor) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/remote-address"))
                .header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", "https").build();
        try (var client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @Import(RemoteAddressProbe.class)
    class FromTheTrustedProxy {
        @LocalServerPort
        int port;

        @Test
        void theClientsAddressAndSchemeComeFromTheForwardedHeaders() throws Exception {
            assertThat(seen(port, "203.0.113.7")).isEqualTo("203.0.113.7 https");
        }

        @Test
        void anAddressTheClientAddedBeforeTheProxyIsNotTaken() throws Exception {
            // nginx appends the address it saw to whatever the client sent: the last untrusted entry counts.
            assertThat(seen(port, "198.51.100.1, 203.0.113.7")).isEqualTo("203.0.113.7 https");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "server.tomcat.remoteip.internal-proxies=10\\.9\\.8\\.7")
    @Import(RemoteAddressProbe.class)
    class FromAnyoneElse {
        @LocalServerPort
        int port;

        @Test
        void theForwardedHeadersAreIgnored() throws Exception {
            assertThat(seen(port, "203.0.113.7")).isEqualTo("127.0.0.1 http");
        }
    }
}
