package org.lectern.base;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this node in its session ids when Lectern runs as several nodes behind a proxy: with
 * {@code lectern.node-name=a} (or {@code LECTERN_NODE_NAME=a}) every session id ends in {@code .a}, so a proxy
 * without session tables (nginx's {@code map} on the cookie, see {@code scripts/nginx-cluster.conf}) sends each
 * session back to the node that holds it. Tomcat's own jvmRoute does the suffixing; unset, ids stay as they were.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final String name;

    NodeRoute(@Value("${lectern.node-name:}") String name) {
        if (!name.isEmpty() && !name.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("lectern.node-name must be 1 to 32 letters, digits, '-' or '_': " + name);
        }
        this.name = name;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (!name.isEmpty()) {
            factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(name));
        }
    }
}
