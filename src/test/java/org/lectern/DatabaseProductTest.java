package org.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lectern.support.PostgresContextCustomizerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each test run really is on the database it is for: the H2 run on H2, the PostgreSQL run ({@code postgresql}
 * Surefire execution) on PostgreSQL 15, so neither can quietly run on the other. The context starting at all shows
 * that every migration ran and Hibernate validated every entity against the schema there.
 */
@Tag("postgresql")
@SpringBootTest
class DatabaseProductTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;

    @Test
    void theApplicationRunsOnTheDatabaseThisTestRunIsForWithEveryMigrationApplied() throws Exception {
        boolean postgres = "postgresql".equals(System.getProperty(PostgresContextCustomizerFactory.DATABASE_PROPERTY));
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            if (postgres) {
                assertThat(meta.getDatabaseProductName()).isEqualTo("PostgreSQL");
                assertThat(meta.getDatabaseMajorVersion()).isEqualTo(15);
                assertThat(meta.getURL()).startsWith("jdbc:postgresql://");
            } else {
                assertThat(meta.getDatabaseProductName()).isEqualTo("H2");
                assertThat(meta.getURL()).startsWith("jdbc:h2:file:");
            }
        }
        var info = flyway.info();
        assertThat(info.pending()).as("migrations not applied").isEmpty();
        assertThat(info.applied()).extracting(m -> m.getVersion().getVersion()).contains("1", "2", "3", "4", "5");
        assertThat(info.applied()).allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
    }
}
