package org.lectern.gradebook;

/** A class or a course the gradebook can be narrowed to. */
public record FilterChoice(long id, String label) {
}
