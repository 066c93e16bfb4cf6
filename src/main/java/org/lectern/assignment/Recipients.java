package org.lectern.assignment;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/** Whom an assignment is for: a whole class, or students chosen by name. */
public record Recipients(OptionalLong classId, Set<Long> studentIds) {

    public Recipients {
        classId = Objects.requireNonNullElse(classId, OptionalLong.empty());
        studentIds = Set.copyOf(Objects.requireNonNullElse(studentIds, Set.of()));
    }

    public static Recipients toClass(long classId) {
        return new Recipients(OptionalLong.of(classId), Set.of());
    }

    public static Recipients toStudents(Set<Long> studentIds) {
        return new Recipients(OptionalLong.empty(), studentIds);
    }
}
