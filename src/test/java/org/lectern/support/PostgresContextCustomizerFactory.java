package org.lectern.support;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * In the PostgreSQL test run ({@code -Dlectern.test.database=postgresql}, with the {@code postgres} profile, as the
 * {@code postgresql} Surefire execution sets them), points every Spring test context at a fresh database on
 * {@link TestPostgres}, through the same environment variables an operator sets. In the H2 run it does nothing.
 */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    /** The system property that names the database a test run is for: {@code h2} (the default) or postgresql. */
    public static final String DATABASE_PROPERTY = "lectern.test.database";

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return "postgresql".equals(System.getProperty(DATABASE_PROPERTY)) ? new FreshDatabase() : null;
    }

    /** Equal to every other, so it keeps the context cache as it is: one database per cached context. */
    private record FreshDatabase() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-postgres", Map.of(
                    "LECTERN_DB_URL", TestPostgres.newDatabase(),
                    "LECTERN_DB_USER", TestPostgres.USER,
                    "LECTERN_DB_PASSWORD", "",
                    // Many contexts stay cached at once; a small pool each keeps them under max_connections.
                    "spring.datasource.hikari.maximum-pool-size", "4")));
        }
    }
}
