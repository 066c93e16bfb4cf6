package org.lectern.content;

/**
 * A citation marker that was removed from a paragraph.
 *
 * @param paragraph index of the paragraph within its section
 * @param offset    character offset in the cleaned paragraph where the marker stood (just after the text it cites)
 * @param endnote   the number of the endnote it points to
 */
public record Citation(int paragraph, int offset, int endnote) {
}
