package org.lectern.base.ui;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The pool behind {@link SlowWork}: as many threads as the machine has cores (reading and generating are CPU work,
 * more threads would only share the same cores) and a short queue; a task past that is refused. Not a default
 * candidate, so Spring Boot keeps its own application executor and nothing else runs on this pool by accident.
 */
@Configuration(proxyBeanMethods = false)
class SlowWorkConfig {

    static final String POOL = "slowWorkExecutor";

    @Bean(name = POOL, defaultCandidate = false)
    ThreadPoolTaskExecutor slowWorkExecutor(@Value("${lectern.slow-work.threads:0}") int threads,
                                            @Value("${lectern.slow-work.queue:4}") int queue) {
        var pool = new ThreadPoolTaskExecutor();
        var size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        pool.setCorePoolSize(size);
        pool.setMaxPoolSize(size);
        pool.setQueueCapacity(queue);
        pool.setThreadNamePrefix("lectern-work-");
        // A publish under way finishes (its transaction is all or nothing) before the application stops.
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(60);
        return pool;
    }

    @Bean
    SlowWork slowWork(@Qualifier(POOL) ThreadPoolTaskExecutor pool) {
        return new SlowWork(pool);
    }
}
