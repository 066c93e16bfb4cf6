package org.lectern.content.read;

import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;

/** Questions {@link MarkdownParser} asks about the shape of a node rather than its type. */
final class MarkdownShapes {

    private MarkdownShapes() {
    }

    /** A list whose every item is a single link is a menu, a tag list or related posts, not lesson text. */
    static boolean isLinkList(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node content = item.getFirstChild();
            if (!(content instanceof Paragraph p) || content.getNext() != null || !(p.getFirstChild() instanceof Link)
                    || p.getFirstChild().getNext() != null) {
                return false;
            }
        }
        return list.getFirstChild() != null;
    }

    /** Editors without heading styles bold a short line above the next paragraph; that line is a heading. */
    static boolean isBoldHeading(Paragraph p, String text) {
        if (!(p.getFirstChild() instanceof StrongEmphasis) || p.getFirstChild().getNext() != null
                || !LineShape.isTitleLike(text) || LineShape.words(text) > 12) {
            return false;
        }
        Node next = p.getNext();
        while (next instanceof Paragraph image && MarkdownText.of(image, false).isBlank()) {
            next = next.getNext();
        }
        return next instanceof Paragraph paragraph && LineShape.isProse(MarkdownText.of(paragraph, false));
    }

    /**
     * A text with no heading of Markdown's own (a plain-text export saved as .md) marks its sections as plain-text
     * exports do: a paragraph that is one short title-like line, not a sentence, with a paragraph of prose after it
     * (or another such line, a section whose text is all in its first subsection), is a heading.
     */
    static boolean isPlainHeading(Paragraph p, String text) {
        if (!plainTitle(text)) {
            return false;
        }
        if (Notes.isHeading(text)) {
            return true;
        }
        Node next = p.getNext();
        if (next instanceof Paragraph title && plainTitle(MarkdownText.of(title, false))) {
            next = next.getNext();
        }
        return next instanceof Paragraph paragraph && LineShape.isProse(MarkdownText.of(paragraph, false));
    }

    private static boolean plainTitle(String text) {
        return !text.contains("\n") && LineShape.isTitleLike(text) && LineShape.words(text) <= PLAIN_HEADING_WORDS
                && !LineShape.isProse(text) && !text.strip().endsWith("?");
    }

    /** Whether the document has a heading of Markdown's own anywhere (ATX or Setext, at any depth). */
    static boolean hasHeading(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Heading || n.getFirstChild() != null && hasHeading(n)) {
                return true;
            }
        }
        return false;
    }

    /** A section's heading is a few words; a longer unpunctuated line is a sentence or a caption. */
    private static final int PLAIN_HEADING_WORDS = 10;
}
