package org.lectern.content.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lists the blocks of a page in reading order: the article's text as headings, paragraphs and captions, and
 * everything else as dropped lines where it stood.
 *
 * <p>Rules: {@code h1}–{@code h6} are headings, except the first {@code h1} or {@code h2} that repeats the title
 * (give or take a site name or subtitle); {@code p}, {@code dt} and
 * {@code dd} are paragraphs, except a paragraph that is one bold title-like line followed by a prose paragraph,
 * which is a heading (editors without heading styles), as is a paragraph that is only a numbered title-like line
 * above a prose paragraph (list articles: "3. Check the lock"); list items and {@code pre} are items, kept whatever their
 * shape; a block quote gives its own paragraphs; {@code figcaption}, a table's {@code caption} and elements whose
 * class names a caption are captions, and so is the short line beside a picture in a paragraph; image alt text is
 * dropped; a table's cells are dropped, since a lesson is
 * prose, except the {@code pre} blocks of a table that lays out a code listing; text standing directly in a container (a {@code div} of text with {@code br}s, as old pages have) gives one
 * paragraph per line when the line is shaped like a sentence, and is dropped otherwise, since taglines and labels
 * live there. A list whose every item is a single link is a menu or related posts and is dropped; inside the article
 * only when its items are as short as menu entries (four words or fewer on average), since an article may list
 * the pages it discusses, one link a line, each described in a sentence. Elements the
 * {@link HtmlCleaner} or {@link HtmlParser} marked are dropped with their reason, and blocks outside the article's
 * roots (the outermost elements chosen as the article) are dropped as "outside the main article".
 */
final class HtmlWalker {

    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "dl", "dt", "dd", "pre", "blockquote",
            "figure", "figcaption", "table", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article",
            "header", "footer", "nav", "aside", "main", "hr", "img", "form", "menu");
    private static final String MARK = "[" + HtmlCleaner.DROPPED + "]";
    private static final int LAYOUT_PROSE = 2;

    private final String title;
    private final Set<Element> roots;
    private final Set<Element> pathToRoot = new HashSet<>();
    private final List<Block> blocks = new ArrayList<>();
    private boolean titleSkipped;
    private boolean outside;

    /** The roots are the elements that make up the article; none of them holds another. */
    HtmlWalker(String title, Set<Element> roots) {
        this.title = title;
        this.roots = roots;
        roots.forEach(r -> pathToRoot.addAll(r.parents()));
    }

    List<Block> walk(Element body) {
        outside = !roots.contains(body);
        container(body);
        return blocks;
    }

    private void container(Element parent) {
        StringBuilder loose = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                loose.append(t.text());
            } else if (node instanceof Element e && e.hasAttr(HtmlCleaner.DROPPED)) {
                flush(loose);
                drop(e.text(), e.attr(HtmlCleaner.DROPPED));
            } else if (node instanceof Element e && !BLOCKS.contains(e.normalName()) && !HtmlShapes.holdsBlocks(e)) {
                dropImages(e);
                HtmlShapes.inlineText(e, loose);
            } else if (node instanceof Element e) {
                flush(loose);
                visit(e);
            }
        }
        flush(loose);
    }

    /** Elements on the way down to the root are containers whose own text is outside it; the root's are inside. */
    private void visit(Element e) {
        boolean saved = outside;
        if (roots.contains(e)) {
            outside = false;
        } else if (pathToRoot.contains(e)) {
            outside = true;
        }
        if (pathToRoot.contains(e)) {
            container(e);
        } else {
            element(e);
        }
        outside = saved;
    }

    private void flush(StringBuilder loose) {
        for (String line : loose.toString().split("\n")) {
            String text = line.replaceAll("\\s+", " ").strip();
            if (LineShape.isProse(text) || LineShape.isShortSentence(text) || Byline.author(text).isPresent()) {
                add(Block.paragraph(text));
            } else if (!LineShape.isBlank(text)) {
                drop(text, NoiseRules.reasonFor(text)
                        .orElse(outside ? "outside the main article" : "text outside any paragraph"));
            }
        }
        loose.setLength(0);
    }

    private void element(Element e) {
        if (HtmlShapes.isLinkList(e) && (outside || HtmlShapes.isMenu(e))) {
            e.children().forEach(item -> drop(item.text(), "link list"));
            return;
        }
        if (isContainer(e)) {
            container(e);
            return;
        }
        // Furniture inside a block whose text is taken whole (an edit link in a heading) is listed after it.
        List<Element> marked = e.select(MARK);
        marked.forEach(Element::remove);
        String name = e.normalName();
        String text = e.text().strip();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if ((name.equals("h1") || name.equals("h2")) && !titleSkipped
                        && HtmlReadability.duplicatesTitle(title, text)) {
                    titleSkipped = true;
                } else {
                    add(Block.heading(text, name.charAt(1) - '0'));
                }
            }
            case "img" -> dropImages(e);
            case "figcaption" -> add(Block.caption(text));
            case "figure" -> {
                dropImages(e);
                e.select("figcaption").forEach(c -> add(Block.caption(c.text().strip())));
            }
            case "table" -> {
                e.select("caption").forEach(c -> add(Block.caption(c.text().strip())));
                e.select("caption").remove();
                List<Element> code = e.select("pre");
                if (!code.isEmpty()) {
                    // Code highlighters lay a listing out as a table: line numbers in one cell, the code in a pre.
                    code.forEach(pre -> add(Block.item(pre.wholeText().strip())));
                } else {
                    drop(e.text(), "table");
                }
            }
            case "pre" -> add(Block.item(e.wholeText().strip()));
            case "hr" -> { }
            case "p", "dt", "dd" -> {
                // A picture with a short line beside it in one paragraph is a figure and its caption.
                boolean figure = !e.select("img").isEmpty() && !LineShape.isProse(text);
                dropImages(e);
                add(e.className().toLowerCase().contains("caption") || figure ? Block.caption(text)
                        : HtmlShapes.isBoldHeading(e, text) || HtmlShapes.isNumberedHeading(e, text) ? Block.heading(text.replaceFirst("\\s*:$", ""), 6)
                        : Block.paragraph(text));
            }
            case "li" -> {
                dropImages(e);
                add(Block.item(text));
            }
            default -> add(Block.caption(text));
        }
        marked.forEach(m -> drop(m.text(), m.attr(HtmlCleaner.DROPPED)));
    }



    /** Elements read child by child: everything but text blocks, list items without blocks and caption boxes. */
    private static boolean isContainer(Element e) {
        return switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "img", "figcaption", "figure", "pre", "hr", "p", "dt",
                 "dd" -> false;
            case "table" -> isLayoutTable(e);
            case "li" -> e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()));
            default -> !(e.className().toLowerCase().contains("caption")
                    && e.select("p, div, ul, ol").stream().allMatch(inner -> inner == e));
        };
    }


    /**
     * A table that lays out a page rather than data (old pages put the whole story in one cell) holds paragraphs of
     * prose in its cells; it is read like any other container.
     */
    private static boolean isLayoutTable(Element table) {
        return table.select("p").stream().filter(p -> LineShape.isProse(p.text().strip())).limit(LAYOUT_PROSE)
                .count() == LAYOUT_PROSE;
    }

    private void add(Block block) {
        if (LineShape.isBlank(block.text())) {
            return;
        }
        if (!outside) {
            blocks.add(block);
        } else if (!block.text().equals(title)) {
            drop(block.text(), "outside the main article");
        }
    }

    private void drop(String text, String reason) {
        String clean = text.replaceAll("\\s+", " ").strip();
        if (!LineShape.isBlank(clean)) {
            blocks.add(Block.dropped(clean, reason));
        }
    }

    private void dropImages(Element e) {
        for (Element img : e.is("img") ? List.of(e) : e.select("img")) {
            drop(img.attr("alt"), "image alt text");
        }
    }
}
