package org.lectern.content.read;

/**
 * One unit of an article after parsing: a heading, a body paragraph, a figure caption, or a line a parser has
 * already dropped. Dropped lines travel with the others so that the article's dropped list keeps reading order.
 * Parsers of formats with explicit markup (HTML, Markdown) know the kind; the plain-text layout infers it. Paragraph
 * text may still hold citation markers, including the private-use placeholders of {@link CitationMarkers}.
 *
 * @param kind   what the unit is
 * @param text   its text with whitespace collapsed
 * @param level  heading depth (1 is the biggest); 0 for anything but headings
 * @param reason why a DROPPED block was dropped; empty for the others
 */
record Block(Kind kind, String text, int level, String reason) {

    /** ITEM is body text whose shape says nothing: a list item or a code block, kept whatever it looks like. */
    public enum Kind { HEADING, PARAGRAPH, ITEM, CAPTION, DROPPED }

    public static Block heading(String text, int level) {
        return new Block(Kind.HEADING, text, level, "");
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, 0, "");
    }

    public static Block dropped(String text, String reason) {
        return new Block(Kind.DROPPED, text, 0, reason);
    }

    public static Block item(String text) {
        return new Block(Kind.ITEM, text, 0, "");
    }

    public static Block caption(String text) {
        return new Block(Kind.CAPTION, text, 0, "");
    }
}
