package org.lectern.attempt;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled deadline job of {@link AttemptDeadlines}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AttemptScheduling {
}
