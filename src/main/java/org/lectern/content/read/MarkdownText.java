package org.lectern.content.read;

import java.util.List;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of Markdown inline content, as a lesson shows it: emphasis and link syntax go, link text and code
 * stay, images go (their alt text is handled as a block). Note references become what {@link CitationMarkers}
 * reads: a link whose text is a number ({@code [4]} used with a {@code [4]: url} definition) stays {@code [4]}, and
 * a raw {@code <sup>4</sup>} becomes a placeholder. A bare opening tag that is never closed in its block and is not a
 * line break ({@code <img>} in a heading "Single <img>") is text a converter did not escape, and stays as written.
 */
final class MarkdownText {

    private static final java.util.regex.Pattern BARE_TAG = java.util.regex.Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final java.util.Set<String> LINE_BREAKS = java.util.Set.of("br", "hr", "wbr");

    private MarkdownText() {
    }

    /** The text of a node; with {@code keepLines} soft breaks stay newlines, so note lines can be told apart. */
    static String of(Node node, boolean keepLines) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        String text = out.toString().replaceAll("[ \\t]+", " ").strip();
        return keepLines ? text.replaceAll(" ?\n ?", "\n") : text.replaceAll("\\s*\n\\s*", " ");
    }

    /** Words of the node's text that are link text: what tells navigation from prose. */
    static int linkWords(Node node) {
        int words = 0;
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            words += n instanceof Link ? MarkdownContent.words(of(n, false)) : linkWords(n);
        }
        return words;
    }

    /** A node that is only links, the first to a site's front page (or a language's front page): a masthead. */
    static boolean isHomeLink(Node node) {
        Node only = node.getFirstChild();
        while (only instanceof Text t && t.getLiteral().isBlank()) {
            only = only.getNext();
        }
        if (!(only instanceof Link link)) {
            return false;
        }
        for (Node n = link.getNext(); n != null; n = n.getNext()) {
            if (!(n instanceof Text t && t.getLiteral().isBlank() || n instanceof Link)) {
                return false;
            }
        }
        String to = link.getDestination().strip();
        return to.matches("(?i)(https?:)?(//[^/]+)?/?([a-z]{2}([-_][a-z]{2})?/?)?(index\\.html?)?|\\.?/?index\\.html?");
    }

    /** A node whose text is all or mostly (two thirds) link text, linking to other pages rather than within this one. */
    static boolean linksAway(Node node) {
        int words = MarkdownContent.words(of(node, false));
        return words > 0 && linkWords(node) * 3 >= words * 2 && !anchorLink(node);
    }

    private static boolean anchorLink(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link l && l.getDestination().startsWith("#") || anchorLink(n)) {
                return true;
            }
        }
        return false;
    }

    static void collectImages(Node node, List<Image> images) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image image) {
                images.add(image);
            } else {
                collectImages(n, images);
            }
        }
    }

    private static void append(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (isSupReference(n)) {
                out.append(CitationMarkers.placeholder(Integer.parseInt(((Text) n.getNext()).getLiteral().strip())));
                n = n.getNext().getNext();
                continue;
            }
            switch (n) {
                case Text t -> out.append(t.getLiteral());
                case Code c -> out.append(c.getLiteral());
                case SoftLineBreak s -> out.append('\n');
                case HardLineBreak s -> out.append('\n');
                case Image i -> { }
                case HtmlInline h when unescapedTag(h) -> out.append(h.getLiteral());
                case Link l when linkText(l).matches("\\d{1,3}") -> out.append('[').append(linkText(l)).append(']');
                default -> append(n, out);
            }
        }
    }

    /**
     * A bare opening tag ({@code <img>}, {@code <ul>}: no attributes, never closed in its block, not a line break) is
     * text about markup that the converter did not escape, as in a heading "Single <img>"; a page that means markup
     * gives an image its source and closes what it opens.
     */
    private static boolean unescapedTag(HtmlInline h) {
        var m = BARE_TAG.matcher(h.getLiteral());
        if (!m.matches() || LINE_BREAKS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (Node n = h.getNext(); n != null; n = n.getNext()) {
            if (n instanceof HtmlInline c && c.getLiteral().equalsIgnoreCase("</" + m.group(1) + ">")) {
                return false;
            }
        }
        return true;
    }

    /** Raw {@code <sup>4</sup>} in Markdown arrives as three inline nodes. */
    private static boolean isSupReference(Node n) {
        return n instanceof HtmlInline open && open.getLiteral().matches("(?i)<sup\\b[^>]*>")
                && n.getNext() instanceof Text t && t.getLiteral().strip().matches("\\d{1,3}")
                && t.getNext() instanceof HtmlInline close && close.getLiteral().equalsIgnoreCase("</sup>");
    }

    private static String linkText(Link link) {
        StringBuilder out = new StringBuilder();
        for (Node n = link.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            }
        }
        return out.toString().strip();
    }
}
