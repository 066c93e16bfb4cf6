package org.lectern.classroom;

import java.time.Instant;

/** A class as lists show it. */
public record ClassSummary(long id, String name, String joinCode, boolean archived, int students,
                           Instant createdAt) {
}
