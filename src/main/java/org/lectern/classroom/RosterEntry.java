package org.lectern.classroom;

import java.time.Instant;

/** A student on a class's roster. */
public record RosterEntry(long studentId, String displayName, String username, Instant joinedAt) {
}
