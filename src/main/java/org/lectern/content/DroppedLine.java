package org.lectern.content;

/**
 * A line the reader removed as noise, kept so that the import preview can show it greyed out.
 *
 * @param text   the line as it stood
 * @param reason a short human-readable reason, such as "image alt text" or "site boilerplate"
 */
public record DroppedLine(String text, String reason) {
}
