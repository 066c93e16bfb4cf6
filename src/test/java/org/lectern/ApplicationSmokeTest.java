package org.lectern;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application starts on its own database, with the schema from Flyway. */
@SpringBootTest
class ApplicationSmokeTest {

    @Autowired
    DataSource dataSource;

    @Test
    void startsOnAFreshDatabaseUnderTargetThatWritesEachCommitAtOnce() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:./target/test-data/");
            try (var query = connection.createStatement().executeQuery(
                    "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
                assertThat(query.next()).isTrue();
                assertThat(query.getString(1)).as("every commit reaches the disk at once").isEqualTo("0");
            }
        }
    }
}
