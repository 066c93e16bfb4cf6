package org.lectern.classroom;

import java.util.List;

/** A class with its roster, by name. */
public record ClassRoster(ClassSummary summary, List<RosterEntry> students) {
}
