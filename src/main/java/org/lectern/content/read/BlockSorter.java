package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;

/**
 * Decides, block by block, where each block of a {@link Draft} goes: a lesson, the lead, the notes or the dropped
 * list. One instance sorts one draft.
 *
 * <p>Rules, for every format: lines a parser already dropped go to the dropped list where they stand, so that it
 * keeps reading order. Every other block passes {@link NoiseRules} again, because markup parsers only know their
 * tags. A heading of a page region (author box, related links, comments, table of contents) drops the blocks after
 * it up to the next heading; a box of links (related links, a newsletter prompt, a table of contents) ends sooner,
 * where a full paragraph of prose (25 words or more) is followed by another paragraph of prose, since a box's
 * teasers come one at a time between headlines and sites put such boxes in the middle of the article. Under a notes heading, numbered paragraphs are endnotes and the rest are unnumbered
 * references, dropped rather than read as lesson text; a notes heading with no entry is dropped. A run of numbered
 * reference-like paragraphs at the end that the text cites is a notes list even without a heading. Before the first
 * heading, a byline gives the author (a byline set as a heading above the text too), or a bare name where pages
 * print one as the byline (first under the title,
 * after a lone "By", beside a date), and a paragraph that opens with the author's name and a
 * describing verb is the author's bio ({@link Byline}), as is such a paragraph at the very end. A short line with a
 * date before the article's first text ("Posted on April 16, 2015, at 8:02 a.m.", "Ann Lee - Apr 16, 2015") is the
 * page's date line, not text, and a line without a letter or a digit ("* * * * *") is a separator. Between the title
 * and the first paragraph, a list whose items are not sentences (share buttons, source and date, an infobox's
 * figures) is dropped, and a photo credit in the lead is a caption. A short label ending in a colon that is the
 * article's last paragraph ("More about:") announces what the page did not copy.
 *
 * <p>Markup paragraphs (not list items or code) are also judged by shape, as plain text is: a paragraph that is
 * neither prose nor a short sentence is a stray label ("12", "Share", a name) unless a paragraph ending with a colon
 * announced it, or it is a numbered point of the article (a number, a stop and a capitalised phrase of three words or
 * more, "3. Don't use a wooden luggage rack", as a list of tips prints the tip over its paragraph). A sentence-case heading of five words or more right after the title, before any text and not
 * followed by a prose paragraph (a section's heading is), is the article's subtitle, not a section. An "Abstract" (or "Summary") heading before any section only labels the lead.
 */
final class BlockSorter {

    /** A numbered point of the article: a number, a stop and a capitalised phrase of three words or more. */
    private static final java.util.regex.Pattern NUMBERED_POINT = java.util.regex.Pattern.compile(
            "\\d{1,2}\\.\\s+[\\p{Lu}“\"‘'][^\\s]*(\\s+\\S+){2,}");

    /** A heading and the text under it, before the assembler groups subsections into lessons. */
    record Part(String title, int level, List<String> paragraphs, List<String> captions) {
        Part(String title, int level) {
            this(title, level, new ArrayList<>(), new ArrayList<>());
        }
    }

    final List<DroppedLine> dropped;
    final List<Endnote> endnotes;
    final List<String> lead = new ArrayList<>();
    final List<String> leadCaptions = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    String author;

    /** Boxes that hold only links, titles and one-line teasers, which sites put in the middle of an article. */
    static final Set<String> BOXES = Set.of("related links", "newsletter prompt", "table of contents");
    /** A label ending in a colon has at most this many words. */
    private static final int LABEL_WORDS = 4;
    /** A paragraph this long, followed by another, after such a box is the article resuming. */
    private static final int PARAGRAPH_WORDS = 25;

    private final Draft draft;
    private String region = "";
    private boolean notes;
    private int emptyNotesHeading = -1;
    private boolean introduced;
    private boolean anyText;

    BlockSorter(Draft draft) {
        this.draft = draft;
        this.dropped = new ArrayList<>(draft.dropped());
        this.endnotes = new ArrayList<>(draft.endnotes());
        this.author = draft.author();
    }

    void sort() {
        List<Block> blocks = draft.blocks();
        int notesStart = draft.shaped() ? -1 : TextNotes.unheadedStart(blocks.stream()
                .map(b -> b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.DROPPED ? "" : b.text()).toList());
        int lastParagraph = -1;
        for (int i = 0; i < blocks.size(); i++) {
            lastParagraph = blocks.get(i).kind() == Block.Kind.PARAGRAPH ? i : lastParagraph;
        }
        int firstProse = firstProse(blocks);
        int lastHeading = lastHeadingBefore(blocks, firstProse);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.DROPPED) {
                drop(block.text(), block.reason());
            } else if (notesStart >= 0 && i >= notesStart) {
                Optional<Endnote> entry = Notes.entry(block.text());
                entry.ifPresentOrElse(this::addEntry, () -> dropped.add(new DroppedLine(block.text(),
                        NoiseRules.reasonFor(block.text()).orElse("site boilerplate after the endnotes"))));
                notesStart = entry.isPresent() ? notesStart : Integer.MAX_VALUE;
            } else if (block.kind() == Block.Kind.HEADING) {
                heading(block.text(), block.level(), proseFollows(blocks, i));
            } else if (notes) {
                noteEntry(block.text());
            } else {
                if (BOXES.contains(region) && resumes(blocks, i)) {
                    region = "";
                }
                body(block, i == lastParagraph, bylinePlace(blocks, i),
                        i < firstProse && firstProse < blocks.size() && i > lastHeading);
            }
        }
        dropDanglingLabel();
    }

    /**
     * A short label ending in a colon that is the article's last paragraph ("More about:", "Connect:") announces what
     * the page did not copy (tags, a row of networks); nothing of the article follows it.
     */
    private void dropDanglingLabel() {
        List<String> last = parts.isEmpty() ? lead : parts.getLast().paragraphs();
        if (!last.isEmpty() && (parts.size() > 1 || last.size() > 1)) {
            String text = last.getLast().strip();
            if (text.endsWith(":") && LineShape.words(text) <= LABEL_WORDS && !LineShape.isProse(text)) {
                last.removeLast();
                drop(text, "label with nothing after it");
            }
        }
    }

    /**
     * Whether block {@code i} stands where pages print a bare name as the byline: first under the title, after a lone
     * "By", or right above or below a date; elsewhere two capitalised words are as likely a button or a site's name.
     */
    private static boolean bylinePlace(List<Block> blocks, int i) {
        int before = i - 1;
        while (before >= 0 && blocks.get(before).kind() == Block.Kind.DROPPED) {
            before--;
        }
        return before < 0 || blocks.get(before).text().strip().equalsIgnoreCase("by")
                || Byline.hasDate(blocks.get(before).text())
                || i + 1 < blocks.size() && Byline.hasDate(blocks.get(i + 1).text());
    }

    /**
     * Whether the article resumes at block {@code i} after a box of links: a full paragraph followed by another
     * paragraph of prose. A box's teasers come one at a time between their headlines, so one paragraph does not end it.
     */
    static boolean resumes(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        return block.kind() == Block.Kind.PARAGRAPH && LineShape.words(block.text()) >= PARAGRAPH_WORDS
                && LineShape.isProse(block.text()) && proseFollows(blocks, i);
    }

    /** Whether the first block after {@code i} that was not dropped is a prose paragraph. */
    private static boolean proseFollows(List<Block> blocks, int i) {
        return blocks.subList(i + 1, blocks.size()).stream().filter(b -> b.kind() != Block.Kind.DROPPED).findFirst()
                .filter(b -> b.kind() == Block.Kind.PARAGRAPH && LineShape.isProse(b.text())).isPresent();
    }

    private void heading(String text, int level, boolean proseFollows) {
        var noise = NoiseRules.reasonFor(text);
        region = noise.isPresent() && NoiseRules.startsRegion(text) ? noise.get() : "";
        notes = noise.isEmpty() && Notes.isHeading(text);
        emptyNotesHeading = -1;
        introduced = false;
        if (noise.isPresent()) {
            drop(text, noise.get());
        } else if (notes) {
            emptyNotesHeading = dropped.size();
            drop(text, "reference heading with no entries");
        } else if (!anyText && Byline.author(text).isPresent()) {
            // A byline set as a heading above the text ("Prepared by Ann Lee, ...") names the author.
            author = author.isEmpty() ? Byline.author(text).get() : author;
            drop(text, "byline");
        } else if (parts.isEmpty() && text.strip().matches("(?i)abstract|summary|tl;?dr|in brief|at a glance")) {
            // What an abstract heading introduces is the lead, which becomes the summary.
            drop(text, "abstract heading");
        } else if (!draft.shaped() && !anyText && parts.isEmpty() && !proseFollows && LineShape.words(text) >= 5
                && !LineShape.isTitleCase(text) && !LineShape.isGenericSection(text)) {
            drop(text, "subtitle");
        } else {
            parts.add(new Part(text, Math.max(1, level)));
        }
    }

    private void noteEntry(String text) {
        var entry = Notes.entry(text).filter(e -> endnotes.stream().noneMatch(n -> n.number() == e.number()));
        entry.ifPresentOrElse(this::addEntry,
                () -> drop(text, NoiseRules.reasonFor(text).orElse("reference without a number")));
    }

    /** The first entry under a notes heading shows the heading was not empty after all. */
    private void addEntry(Endnote entry) {
        if (emptyNotesHeading >= 0) {
            dropped.remove(emptyNotesHeading);
            emptyNotesHeading = -1;
        }
        endnotes.add(entry);
    }

    /** The index of the first paragraph of prose that is not noise, or the number of blocks when there is none. */
    private static int firstProse(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (blocks.get(i).kind() == Block.Kind.PARAGRAPH && LineShape.isProse(text)
                    && NoiseRules.reasonFor(text).isEmpty()) {
                return i;
            }
        }
        return blocks.size();
    }

    /** The last heading other than the article's title before block {@code to}, or -1. */
    private int lastHeadingBefore(List<Block> blocks, int to) {
        for (int i = Math.min(to, blocks.size()) - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING && !b.text().strip().equalsIgnoreCase(draft.title().strip())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param aboveText the block stands above the article's first paragraph of prose with no heading but the title
     *                  between, where pages print their share buttons, source and date lines and infobox figures
     */
    private void body(Block block, boolean last, boolean bylinePlace, boolean aboveText) {
        String text = block.text();
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT)) {
            // A paragraph of non-breaking or zero-width spaces, as pages use for room: nothing to show or to list.
            return;
        }
        boolean inLead = parts.isEmpty();
        Optional<String> byline = inLead ? Byline.author(text) : Optional.empty();
        if (author.isEmpty() && byline.isPresent()) {
            author = byline.get();
        }
        String reason = NoiseRules.reasonFor(text).orElse(byline.isPresent() ? "byline" : !region.isEmpty() ? region
                : Byline.isBio(text, author) && (inLead || last) ? "author bio"
                : inLead && !anyText && Byline.bylineOrDate(text) ? "date line"
                : text.codePoints().noneMatch(Character::isLetterOrDigit) ? "separator" : "");
        boolean atTitle = parts.isEmpty() || parts.getLast().title().equalsIgnoreCase(draft.title());
        if (reason.isEmpty() && block.kind() == Block.Kind.ITEM && !draft.shaped() && !anyText && aboveText && atTitle
                && !sentenceOrAnnounced(text) && !LineShape.lostItsStop(text)) {
            // A list over the article's first paragraph, right under its title, whose items are not sentences: the
            // page's share buttons, source and date, or the figures of an infobox, not a list of the author's.
            reason = "list above the text";
        }
        List<String> captions = inLead ? leadCaptions : parts.getLast().captions();
        if (reason.isEmpty() && block.kind() == Block.Kind.PARAGRAPH && inLead && LineShape.isFigureCaption(text)) {
            // A picture's caption and credit on a line of its own at the top ("Main image: ... Photograph: ...").
            if (captions.stream().noneMatch(text::contains)) {
                captions.add(text);
                return;
            }
            reason = "caption printed twice";
        }
        if (reason.isEmpty() && block.kind() == Block.Kind.PARAGRAPH && !draft.shaped() && !sentenceOrAnnounced(text)) {
            if (inLead && author.isEmpty() && Byline.isName(text) && bylinePlace) {
                author = text.strip();
                reason = "byline";
            } else {
                reason = "stray line outside the text";
            }
        }
        if (!reason.isEmpty()) {
            drop(text, reason);
        } else if (block.kind() == Block.Kind.CAPTION) {
            captions.add(text);
        } else {
            anyText = true;
            (inLead ? lead : parts.getLast().paragraphs()).add(text);
            introduced = text.strip().endsWith(":") || introduced && !LineShape.isProse(text);
        }
    }

    private boolean sentenceOrAnnounced(String text) {
        return LineShape.isProse(text) || LineShape.isShortSentence(text) || introduced
                || NUMBERED_POINT.matcher(text.strip()).matches();
    }

    private void drop(String text, String reason) {
        dropped.add(new DroppedLine(text, reason));
    }
}
