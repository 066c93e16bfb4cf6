package org.lectern.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Import into a journey to record every Vaadin response the server sends the browser (page loads and UI round
 * trips), so a test can prove what never reached the browser.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ServerResponses {

    private final List<String> bodies = new CopyOnWriteArrayList<>();

    /** Everything recorded since the last {@link #clear()}, as one text. */
    public String sent() {
        return String.join("\n", bodies);
    }

    public void clear() {
        bodies.clear();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> serverResponseRecorder() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (request.getParameter("v-r") == null) {
                    chain.doFilter(request, response);
                    return;
                }
                var copy = new ByteArrayOutputStream();
                chain.doFilter(request, new Tee(response, copy));
                bodies.add(copy.toString(StandardCharsets.UTF_8));
            }
        });
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Passes every byte on to the browser as it is written and keeps a copy. */
    private static final class Tee extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream copy;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Tee(HttpServletResponse response, ByteArrayOutputStream copy) {
            super(response);
            this.copy = copy;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                var target = getResponse().getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        target.write(b);
                        copy.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        target.write(bytes, offset, length);
                        copy.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        target.flush();
                    }

                    @Override
                    public boolean isReady() {
                        return target.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        target.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()), true);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }
    }
}
