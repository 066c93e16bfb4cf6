package org.lectern.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A Spring test context with Hibernate's statistics on, for tests that count statements. The deadline job runs once
 * at start and then not for a day, so no statement of its own lands in a count; every such test shares the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "spring.jpa.properties.hibernate.generate_statistics=true",
        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN",
        "lectern.attempts.deadline-check=PT24H"})
@Import(MutableClockConfig.class)
public @interface CountingStatements {
}
