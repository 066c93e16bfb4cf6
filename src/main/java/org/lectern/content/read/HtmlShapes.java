package org.lectern.content.read;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Questions {@link HtmlWalker} asks about an element's shape rather than its tag name. */
final class HtmlShapes {

    private HtmlShapes() {
    }

    /** Text of inline content with line breaks kept, so that each line of a br-separated block stands alone. */
    static void inlineText(Element e, StringBuilder out) {
        if (e.is("br")) {
            out.append('\n');
            return;
        }
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.text());
            } else if (node instanceof Element child) {
                inlineText(child, out);
            }
        }
    }

    /** An element outside the usual block names (center, font, span) that wraps blocks is read as a container. */
    static boolean holdsBlocks(Element e) {
        return e.selectFirst("p, h1, h2, h3, h4, h5, h6, ul, ol, table, div, blockquote, pre, figure") != null;
    }

    /** Editors without heading styles bold a short line above the next paragraph; that line is a heading. */
    static boolean isBoldHeading(Element p, String text) {
        Element only = p.children().size() == 1 ? p.child(0) : null;
        Element next = p.nextElementSibling();
        return only != null && only.is("strong, b") && only.text().strip().equals(text) && LineShape.isTitleLike(text)
                && LineShape.words(text) <= 12 && next != null && next.is("p") && LineShape.isProse(next.text());
    }

    /**
     * A paragraph that is only a numbered title-like line ("3. Don't use a wooden luggage rack") above a prose
     * paragraph is the heading of a numbered list article whose editor had no heading style.
     */
    static boolean isNumberedHeading(Element p, String text) {
        Element next = p.nextElementSibling();
        return text.matches("\\d{1,2}\\.\\s+\\p{Lu}.*") && LineShape.isTitleLike(text) && !text.endsWith(".")
                && next != null && next.is("p") && LineShape.isProse(next.text());
    }

    /** A list whose every item is one link and nothing else: a menu, a tag list, related posts. */
    static boolean isLinkList(Element list) {
        return list.is("ul, ol") && !list.children().isEmpty() && list.children().stream().allMatch(item ->
                item.is("li") && item.children().size() == 1 && item.child(0).is("a")
                        && item.child(0).text().strip().equals(item.text().strip()) && !item.text().isBlank());
    }

    /** Items as short as menu entries: four words or fewer on average. */
    static boolean isMenu(Element list) {
        return list.children().stream().mapToInt(item -> LineShape.words(item.text())).average().orElse(0) <= 4;
    }
}
