package org.lectern.content.read;

/**
 * One unit of an article after parsing: a heading, a body paragraph or a figure caption. Parsers of formats with
 * explicit markup (HTML, Markdown) know the kind; the plain-text layout infers it. Paragraph text may still hold
 * citation markers, including the private-use placeholders of {@link CitationMarkers}.
 *
 * @param kind  what the unit is
 * @param text  its text with whitespace collapsed
 * @param level heading depth (1 is the biggest); 0 for anything but headings
 */
public record Block(Kind kind, String text, int level) {

    /** ITEM is body text whose shape says nothing: a list item or a code block, kept whatever it looks like. */
    public enum Kind { HEADING, PARAGRAPH, ITEM, CAPTION }

    public static Block heading(String text, int level) {
        return new Block(Kind.HEADING, text, level);
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text, 0);
    }

    public static Block item(String text) {
        return new Block(Kind.ITEM, text, 0);
    }

    public static Block caption(String text) {
        return new Block(Kind.CAPTION, text, 0);
    }
}
