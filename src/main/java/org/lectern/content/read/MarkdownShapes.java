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
}
