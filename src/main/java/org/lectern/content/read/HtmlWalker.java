package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.lectern.content.DroppedLine;

/**
 * Lists the blocks of an article element in reading order.
 *
 * <p>Rules: {@code h1}–{@code h6} are headings, except the {@code h1} that is the title; {@code p}, list items,
 * {@code dd}/{@code dt} and {@code pre} are paragraphs, except a paragraph that is one bold title-like line followed
 * by a prose paragraph, which is a heading (editors without heading styles); a block quote gives its own paragraphs; {@code figcaption},
 * a table's {@code caption} and elements whose class names a caption are captions; image alt text is dropped;
 * a table's cells are dropped, since a lesson is prose; text standing directly in a container (a {@code div} of
 * text with {@code br}s, as old pages have) gives one paragraph per line when the line is shaped like a sentence,
 * and is dropped otherwise, since taglines and labels live there.
 */
final class HtmlWalker {

    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol", "li", "dl", "dt", "dd", "pre", "blockquote",
            "figure", "figcaption", "table", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article",
            "header", "main", "hr", "img");

    private final String title;
    private final List<DroppedLine> dropped;
    private final List<Block> blocks = new ArrayList<>();
    private boolean titleSkipped;

    HtmlWalker(String title, List<DroppedLine> dropped) {
        this.title = title;
        this.dropped = dropped;
    }

    List<Block> walk(Element root) {
        container(root);
        return blocks;
    }

    private void container(Element parent) {
        StringBuilder loose = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode t) {
                loose.append(t.text());
            } else if (node instanceof Element e && !BLOCKS.contains(e.normalName())) {
                if (e.is("br")) {
                    loose.append('\n');
                } else {
                    dropImages(e);
                    loose.append(e.text());
                }
            } else if (node instanceof Element e) {
                flush(loose);
                element(e);
            }
        }
        flush(loose);
    }

    private void flush(StringBuilder loose) {
        for (String line : loose.toString().split("\n")) {
            String text = line.replaceAll("\\s+", " ").strip();
            if (LineShape.isProse(text) || LineShape.isShortSentence(text)) {
                blocks.add(Block.paragraph(text));
            } else if (!text.isEmpty()) {
                // Text outside any paragraph element is where sites put taglines and labels; prose there is kept.
                dropped.add(new DroppedLine(text, "text outside any paragraph"));
            }
        }
        loose.setLength(0);
    }

    private void element(Element e) {
        String name = e.normalName();
        String text = e.text().strip();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                if (name.equals("h1") && !titleSkipped && text.equals(title)) {
                    titleSkipped = true;
                } else if (!text.isEmpty()) {
                    blocks.add(Block.heading(text, name.charAt(1) - '0'));
                }
            }
            case "img" -> dropImages(e);
            case "figcaption" -> caption(text);
            case "figure" -> {
                dropImages(e);
                e.select("figcaption").forEach(c -> caption(c.text().strip()));
            }
            case "table" -> {
                e.select("caption").forEach(c -> caption(c.text().strip()));
                e.select("caption").remove();
                if (!e.text().isBlank()) {
                    dropped.add(new DroppedLine(e.text().strip(), "table"));
                }
            }
            case "pre" -> item(e.wholeText().strip());
            case "hr" -> { }
            case "p", "dt", "dd" -> {
                dropImages(e);
                if (e.className().toLowerCase().contains("caption")) {
                    caption(text);
                } else if (isBoldHeading(e, text)) {
                    blocks.add(Block.heading(text, 6));
                } else {
                    paragraph(text);
                }
            }
            case "li" -> {
                if (e.children().stream().anyMatch(c -> BLOCKS.contains(c.normalName()))) {
                    container(e);
                } else {
                    dropImages(e);
                    item(text);
                }
            }
            default -> {
                boolean leaf = e.select("p, div, ul, ol").stream().allMatch(inner -> inner == e);
                if (e.className().toLowerCase().contains("caption") && leaf) {
                    caption(text);
                } else {
                    container(e);
                }
            }
        }
    }

    /** Editors without heading styles bold a short line above the next paragraph; that line is a heading. */
    private static boolean isBoldHeading(Element p, String text) {
        Element only = p.children().size() == 1 ? p.child(0) : null;
        Element next = p.nextElementSibling();
        return only != null && only.is("strong, b") && only.text().strip().equals(text) && LineShape.isTitleLike(text)
                && LineShape.words(text) <= 12 && next != null && next.is("p") && LineShape.isProse(next.text());
    }

    private void paragraph(String text) {
        if (!text.isEmpty()) {
            blocks.add(Block.paragraph(text));
        }
    }

    private void item(String text) {
        if (!text.isEmpty()) {
            blocks.add(Block.item(text));
        }
    }

    private void caption(String text) {
        if (!text.isEmpty()) {
            blocks.add(Block.caption(text));
        }
    }

    private void dropImages(Element e) {
        for (Element img : e.is("img") ? List.of(e) : e.select("img")) {
            String alt = img.attr("alt").strip();
            if (!alt.isEmpty()) {
                dropped.add(new DroppedLine(alt, "image alt text"));
            }
        }
    }
}
