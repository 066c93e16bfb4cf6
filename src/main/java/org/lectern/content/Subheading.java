package org.lectern.content;

/**
 * A heading inside a lesson, standing just before one of its paragraphs: the article's subsections stay in the
 * lesson of their section rather than becoming lessons of their own.
 *
 * @param paragraph index of the paragraph the heading stands before (the lesson's paragraph count when nothing
 *                  follows it)
 * @param level     1 for a heading directly under the lesson's title, 2 under that, and so on
 * @param title     the heading's text
 */
public record Subheading(int paragraph, int level, String title) {
}
