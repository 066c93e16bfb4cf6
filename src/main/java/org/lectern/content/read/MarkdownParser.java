package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.lectern.content.Endnote;

/**
 * Reads Markdown through CommonMark, after {@link MarkdownSource} has taken out front matter and footnotes and {@link
 * MarkdownDialects} has brought kramdown and Markdown-in-HTML back to CommonMark.
 *
 * <p>Rules: headings are explicit, and so is a paragraph that is one bold title-like line above a prose paragraph
 * (editors without heading styles); in a file with no Markdown heading at all (a plain-text export saved as .md), a
 * paragraph that is one short title-like line above a paragraph of prose, or above another such line, is a heading
 * ({@link MarkdownShapes#isPlainHeading}). The title is the front matter's, else the heading {@link MarkdownContent}
 * finds above the article's text (in a hand-written file, its first level-1 heading); when neither names it and the
 * file's name says nothing (source.md, index.md), the one heading of any level above the first paragraph of prose
 * (dates, generic section names and furniture labels aside), or else the first heading the page prints twice (masthead
 * and article), is the title; a heading nearer the text than that one, with a byline or a dated line among the three
 * blocks under it, is the title instead, as news and blog pages set their headline right above the byline; a whole web
 * page dumped as Markdown is cut down to its article there too, by link density. Under a notes heading, ordered-list
 * items and lines starting with a number are endnotes, and anything else is an unnumbered reference and dropped, so a
 * bibliography never joins the last lesson. Numeric link reference definitions ({@code [4]: https://...}) are endnotes
 * too, and the links that use them are markers. An image's alt text is dropped; its title, the text after it in the
 * same paragraph, an all-emphasis paragraph right after it, or a short paragraph right after it that opens with its alt
 * text (of two words or more; "Dig a hole. (Photo: A. Smith)" under an image whose alt is "Dig a hole."), is the figure
 * caption, except for an icon among a line's words (an image whose alt or title is one word), whose title is a tooltip
 * and whose neighbouring text is its own line. Blocks above the title heading are the site's masthead, and a list whose
 * items are single links is a menu or a list of related posts; both are dropped. List items and block quotes are
 * paragraphs of the lesson; code blocks are kept as written, except an indented block holding link or image syntax,
 * which a converter indented and which is read as Markdown; a heading that is a link whose syntax the line cut off
 * ({@code [Headline](/story "Headline} with the title's end on the next line) is a link to that page, all of it link
 * text, as it would be had the converter kept the link on one line; wiki edit links and permalink signs leave headings;
 * a one-line front-matter description is the summary when the text has no lead of its own; embedded HTML is read for
 * its text, and an inline {@code <sup>4</sup>} is a note reference.
 */
final class MarkdownParser {

    private static final Parser PARSER = Parser.builder().build();
    /** A caption is at most this long; a longer text beside an image is a paragraph. */
    private static final int CAPTION_MAX_WORDS = 40;
    private static final Pattern EDIT_LINK = Pattern.compile(
            "\\[\\s*(edit|edit source|change|bearbeiten|modifier|modifica|editar)\\s*]|\\s*[¶§#]\\s*$|^\\s*[¶§#]\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Link or image syntax: an indented block that holds it was indented by a converter, it is not code. */
    private static final Pattern MARKDOWN_INLINE = Pattern.compile("!?\\[[^\\]\n]*]\\([^)\\s]+");

    /**
     * A heading that is a link whose syntax the line cut off: {@code [text](url "title} with the title's end on a line of
     * its own, which CommonMark cannot parse as a link.
     */
    private static final Pattern CUT_LINK = Pattern.compile("\\[([^\\[\\]]+)]\\((\\S+)(\\s+\"[^\"]*)?");
    /** A heading that opens a linked picture the line cut off before its "]": {@code ## [![To the story}. */
    private static final Pattern OPEN_PICTURE = Pattern.compile("\\[!\\[([^\\[\\]]*)");

    private final List<MarkdownContent.Scored> scored = new ArrayList<>();
    private final List<Endnote> endnotes = new ArrayList<>();
    private int notesLevel;
    /** The text has no heading of Markdown's own, so plain title-like lines mark its sections. */
    private boolean plainHeadings;
    private int listDepth;
    private boolean afterImage;
    /** The alt text of the image that stood alone in the paragraph just read, empty when there was none. */
    private String lastAlt = "";

    private MarkdownParser() {
    }

    public static Draft parse(String text) {
        return parse("", text);
    }

    public static Draft parse(String fileName, String text) {
        MarkdownSource source = new MarkdownSource(text);
        Node document = PARSER.parse(source.text);
        MarkdownParser parser = new MarkdownParser();
        parser.plainHeadings = !MarkdownShapes.hasHeading(document);
        parser.endnotes.addAll(source.footnotes);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            parser.block(node);
        }
        var selection = MarkdownContent.select(parser.scored);
        List<Block> blocks = new ArrayList<>(selection.blocks());
        String title = source.title;
        int at = selection.title();
        if (!title.isEmpty()) {
            // The front matter names the title; a heading that repeats it is not a lesson.
            at = -1;
            for (int i = 0; i < blocks.size() && at < 0; i++) {
                if (blocks.get(i).kind() == Block.Kind.HEADING && blocks.get(i).text().equalsIgnoreCase(title)) {
                    at = i;
                }
            }
        } else if (at < 0 && PlainTextParser.genericName(fileName)) {
            at = headingAboveText(blocks);
        }
        if (source.title.isEmpty()) {
            int headed = bylinedHeading(blocks, at);
            at = headed >= 0 ? headed : at;
        }
        if (source.title.isEmpty() && at >= 0) {
            title = blocks.get(at).text();
        }
        if (at >= 0) {
            // What stands above the title is the site's masthead: menus, breadcrumbs, skip links.
            for (int i = 0; i < at; i++) {
                Block above = blocks.get(i);
                if (above.kind() != Block.Kind.DROPPED) {
                    blocks.set(i, Block.dropped(above.text(),
                            NoiseRules.reasonFor(above.text()).orElse("page header above the title")));
                }
            }
            blocks.remove(at);
        }
        if (!source.description.isEmpty() && !hasLead(blocks)) {
            // A description in the front matter is the summary when the text itself has none.
            blocks.addFirst(Block.paragraph(source.description));
        }
        parser.endnotes.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return new Draft(title, source.author, blocks, parser.endnotes, List.of(), false);
    }

    /**
     * When the file's name says nothing (source.md, index.md) and no level-1 heading names the text, its title is the
     * only heading of any level above its first paragraph of prose that is not a date, a generic section name or a
     * label of page furniture: a page's own heading names it better than "Source" does.
     */
    private static int headingAboveText(List<Block> blocks) {
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.PARAGRAPH && LineShape.isProse(b.text())) {
                first = i;
            }
        }
        for (int i = 0; i < first; i++) {
            if (nameable(blocks.get(i))) {
                // The first heading of the page, and the nearest to the text: a heading with another one above it
                // is a section of the text.
                boolean nearest = true;
                for (int j = i + 1; j < first; j++) {
                    nearest &= !nameable(blocks.get(j));
                }
                if (nearest) {
                    return i;
                }
                break;
            }
        }
        // No heading above the first paragraph: a heading the page prints twice (as pages do with their title, in
        // the masthead and above the text) is the title, at its second place, right above the text it names.
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < blocks.size(); i++) {
            if (nameable(blocks.get(i)) && !seen.add(blocks.get(i).text().strip().toLowerCase(java.util.Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A news or blog page sets its article's title right above the byline or the date: a heading below the one
     * chosen so far (nearer the text), above the article's first paragraph of prose, with a byline or a short dated
     * line among the next three blocks, is the title.
     */
    private static int bylinedHeading(List<Block> blocks, int at) {
        if (at >= 0 && bylineFollows(blocks, at)) {
            return at;
        }
        int firstProse = blocks.size();
        for (int i = Math.max(0, at); i < blocks.size() && firstProse == blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.PARAGRAPH && LineShape.isProse(b.text()) && !Byline.bylineOrDate(b.text())) {
                firstProse = i;
            }
        }
        for (int i = firstProse - 1; i > at; i--) {
            if (nameable(blocks.get(i)) && LineShape.words(blocks.get(i).text()) >= 2 && bylineFollows(blocks, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean bylineFollows(List<Block> blocks, int i) {
        int seen = 0;
        for (int j = i + 1; j < blocks.size() && seen < 3; j++) {
            Block b = blocks.get(j);
            if (b.kind() == Block.Kind.DROPPED) {
                continue;
            }
            if (Byline.bylineOrDate(b.text())) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private static boolean nameable(Block b) {
        return b.kind() == Block.Kind.HEADING && LineShape.words(b.text()) >= 1 && !LineShape.isGenericSection(b.text())
                && !Notes.isHeading(b.text()) && NoiseRules.reasonFor(b.text()).isEmpty()
                && !MarkdownContent.isDate(b.text());
    }

    /** Whether text stands before the first heading, where the assembler finds the lead. */
    private static boolean hasLead(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.HEADING) {
                return false;
            }
            if (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.ITEM) {
                return true;
            }
        }
        return false;
    }

    private void block(Node node) {
        boolean wasImage = afterImage;
        afterImage = false;
        switch (node) {
            case Heading h -> heading(h);
            case LinkReferenceDefinition d -> {
                if (d.getLabel().matches("\\d{1,3}")) {
                    String text = d.getTitle() == null || d.getTitle().isBlank() ? d.getDestination()
                            : d.getTitle() + " " + d.getDestination();
                    endnotes.add(new Endnote(Integer.parseInt(d.getLabel()), text, d.getDestination()));
                }
            }
            case ListBlock list -> list(list);
            case BlockQuote q -> children(q);
            case Paragraph p -> paragraph(p, wasImage);
            case FencedCodeBlock c -> add(Block.item(c.getLiteral().strip()), null);
            case IndentedCodeBlock c when MARKDOWN_INLINE.matcher(c.getLiteral()).find() -> children(PARSER.parse(
                    c.getLiteral().strip()));
            case IndentedCodeBlock c -> add(Block.item(c.getLiteral().strip()), null);
            case HtmlBlock html -> {
                var fragment = Jsoup.parseBodyFragment(html.getLiteral()).body();
                String inner = fragment.text().strip();
                if (!inner.isEmpty()) {
                    int before = scored.size();
                    emit(inner, null);
                    if (scored.size() == before + 1) {
                        var last = scored.removeLast();
                        scored.add(new MarkdownContent.Scored(last.block(),
                                MarkdownContent.words(fragment.select("a").text())));
                    }
                }
            }
            default -> { }
        }
    }

    private void heading(Heading h) {
        // Wiki edit links and permalink anchors are controls of the page, not words of the heading.
        String text = EDIT_LINK.matcher(inline(h)).replaceAll("").strip();
        if (notesLevel > 0 && h.getLevel() > notesLevel) {
            add(Block.dropped(text, "heading inside the notes"), null);
            return;
        }
        notesLevel = Notes.isHeading(text) ? h.getLevel() : 0;
        var cut = CUT_LINK.matcher(text);
        var picture = OPEN_PICTURE.matcher(text);
        if (notesLevel == 0 && cut.matches()) {
            // A link whose title the converter broke over two lines: the heading is all link text.
            String label = cut.group(1).strip();
            scored.add(new MarkdownContent.Scored(Block.heading(label, h.getLevel()), MarkdownContent.words(label),
                    false, !cut.group(2).startsWith("#")));
        } else if (notesLevel == 0 && picture.matches()) {
            // A linked picture whose alt text the line broke (the rest of the link is on the next lines) is a
            // banner, a logo or a button: it never heads the article's text, and its words are link words.
            String label = picture.group(1).strip();
            scored.add(new MarkdownContent.Scored(Block.dropped(label, "linked picture"), MarkdownContent.words(label),
                    false, true));
        } else if (notesLevel == 0) {
            scored.add(new MarkdownContent.Scored(Block.heading(text, h.getLevel()), MarkdownText.linkWords(h),
                    MarkdownText.isHomeLink(h), MarkdownText.linksAway(h)));
        }
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n);
        }
    }

    private void list(ListBlock list) {
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        boolean links = notesLevel == 0 && MarkdownShapes.isLinkList(list);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (links) {
                add(Block.dropped(inline(item), "link list"), item);
            } else if (notesLevel > 0 && list instanceof OrderedList && item instanceof ListItem) {
                endnotes.add(Notes.endnote(number++, inline(item).replace('\n', ' ')));
            } else {
                listDepth++;
                children(item);
                listDepth--;
            }
        }
    }


    private void paragraph(Paragraph p, boolean wasImage) {
        List<Image> images = new ArrayList<>();
        MarkdownText.collectImages(p, images);
        String text = inline(p);
        for (Image image : images) {
            String alt = inline(image);
            if (!alt.isBlank()) {
                add(Block.dropped(alt, "image alt text"), null);
            }
            String title = image.getTitle() == null ? "" : image.getTitle().strip();
            if (!title.isBlank()) {
                add(icon(image, text) ? Block.dropped(title, "icon title") : Block.caption(title), null);
            }
        }
        if (text.isBlank()) {
            afterImage = !images.isEmpty();
            lastAlt = images.size() == 1 ? inline(images.getFirst()).strip() : "";
            return;
        }
        boolean emphasised = p.getFirstChild() instanceof Emphasis && p.getFirstChild().getNext() == null;
        // The text beside a picture is its caption; beside an icon it is a line of its own.
        boolean besideImage = p.getFirstChild() instanceof Image image && !icon(image, text)
                && LineShape.words(text) <= CAPTION_MAX_WORDS;
        boolean repeatsAlt = wasImage && repeatsAlt(text);
        if (wasImage && emphasised || besideImage || repeatsAlt
                || LineShape.isFigureCaption(text) && !LineShape.isProse(text)) {
            add(Block.caption(text), p);
        } else if (notesLevel == 0 && listDepth == 0 && MarkdownShapes.isBoldHeading(p, text)) {
            add(Block.heading(text.replaceFirst("\\s*:$", ""), 6), p);
        } else if (plainHeadings && listDepth == 0 && p.getParent() instanceof Document
                && MarkdownShapes.isPlainHeading(p, text)) {
            notesLevel = Notes.isHeading(text) ? 2 : 0;
            if (notesLevel == 0) {
                add(Block.heading(text.strip(), 2), p);
            }
        } else {
            emit(text, p);
        }
    }


    /**
     * An icon among the words of a line ("Increase" on an arrow beside a figure): an image whose alt or title is one
     * word, in a paragraph with text. Its title is a tooltip and the text beside it is no caption.
     */
    private boolean icon(Image image, String text) {
        String title = image.getTitle() == null ? "" : image.getTitle();
        return !text.isBlank() && (LineShape.words(inline(image)) == 1 || LineShape.words(title) == 1);
    }

    /** A short paragraph that opens with the alt text (two words or more) of the image just above it is its caption. */
    private boolean repeatsAlt(String text) {
        String alt = lastAlt.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return LineShape.words(alt) >= 2 && LineShape.words(text) <= CAPTION_MAX_WORDS
                && text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).startsWith(alt);
    }

    private void emit(String text, Node node) {
        if (notesLevel == 0) {
            add(listDepth > 0 ? Block.item(text) : Block.paragraph(text), node);
            return;
        }
        for (String line : text.split("\n")) {
            var entry = Notes.entry(line);
            if (entry.isPresent()) {
                endnotes.add(entry.get());
            } else if (!line.isBlank()) {
                add(Block.dropped(line.strip(),
                        NoiseRules.reasonFor(line).orElse("reference without a number")), null);
            }
        }
    }

    private void add(Block block, Node node) {
        scored.add(new MarkdownContent.Scored(block, node == null ? 0 : MarkdownText.linkWords(node)));
    }

    private String inline(Node node) {
        return MarkdownText.of(node, notesLevel > 0);
    }
}
