package org.lectern.support;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while a piece of work runs. Needs
 * {@code spring.jpa.properties.hibernate.generate_statistics=true} in the test context (see {@link CountingStatements});
 * the counters are global, so the context must have nothing else running (the deadline job is slowed there).
 */
public final class Statements {

    private final Statistics statistics;

    public Statements(EntityManagerFactory factory) {
        this.statistics = factory.unwrap(SessionFactory.class).getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate statistics are off in this test context");
        }
    }

    /** How many statements the work prepared. */
    public long countOf(Runnable work) {
        return measure(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** The work's result with the statements it prepared and how many entities of each kind it loaded. */
    public <T> Measured<T> measure(Supplier<T> work) {
        statistics.clear();
        var result = work.get();
        var loaded = new HashMap<String, Long>();
        for (var entity : statistics.getEntityNames()) {
            loaded.put(entity, statistics.getEntityStatistics(entity).getLoadCount());
        }
        return new Measured<>(result, statistics.getPrepareStatementCount(), Map.copyOf(loaded));
    }

    /** Figures taken when the work ended, so a later measurement cannot change them. */
    public record Measured<T>(T result, long statements, Map<String, Long> loaded) {

        /** How many rows of this entity were loaded during the work. */
        public long loaded(Class<?> entity) {
            return loaded.getOrDefault(entity.getName(), 0L);
        }
    }
}
