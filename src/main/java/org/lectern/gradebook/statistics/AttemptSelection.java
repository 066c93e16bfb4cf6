package org.lectern.gradebook.statistics;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which attempts the statistics count, as in Moodle's report. FIRST is the default because later attempts build on
 * the earlier ones and break the assumptions of item analysis; ALL treats every attempt as if a different student
 * made it.
 */
public enum AttemptSelection {
    FIRST, HIGHEST, LAST, ALL;

    private static final Comparator<ScoredAttempt> BY_NUMBER =
            Comparator.comparingInt(ScoredAttempt::attemptNumber).thenComparing(ScoredAttempt::submittedAt);

    /**
     * The counted attempts, in the order given. HIGHEST compares the score as a fraction of its maximum (the same as
     * Moodle's raw sum when every attempt is worth the same) and takes the earliest of equal best attempts.
     */
    public List<ScoredAttempt> select(Collection<ScoredAttempt> attempts) {
        if (this == ALL) {
            return List.copyOf(attempts);
        }
        Set<ScoredAttempt> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        attempts.stream()
                .collect(Collectors.groupingBy(ScoredAttempt::studentId))
                .values()
                .forEach(ofOneStudent -> chosen.add(pick(ofOneStudent)));
        return attempts.stream().filter(chosen::contains).toList();
    }

    private ScoredAttempt pick(List<ScoredAttempt> ofOneStudent) {
        return switch (this) {
            case FIRST -> ofOneStudent.stream().min(BY_NUMBER).orElseThrow();
            case LAST -> ofOneStudent.stream().max(BY_NUMBER).orElseThrow();
            case HIGHEST -> ofOneStudent.stream()
                    .min(Comparator.comparingDouble(ScoredAttempt::fraction).reversed().thenComparing(BY_NUMBER))
                    .orElseThrow();
            case ALL -> throw new IllegalStateException("ALL keeps every attempt");
        };
    }
}
