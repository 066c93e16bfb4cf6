package org.lectern.content.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where the article runs in text copied from a whole web page: the densest span of prose.
 *
 * <p>A page copied with "select all" holds the article among menus, share rows, teasers, comments and footers. Those
 * are mostly short lines, and the article is mostly long sentences, so each line gets a value, as in boilerplate
 * detectors such as jusText: a paragraph of prose is worth its words; a line longer than any headline that is not in
 * Title Case is a sentence that lost its stop and is worth half its words; a short line, a fragment or a line of a
 * known noise family costs a fixed amount plus a share of its words; list items, short sentences, lines of code and
 * the lines a colon announces cost little, because articles hold them between their paragraphs and menus do not. A
 * colon announces a list, not the rest of the page: it covers at most 20 short lines under it, so that a paragraph
 * ending "check out the footage below:" over a video that did not copy does not make the page's teasers and footer
 * cheap; and only a colon that ends a paragraph of prose or stands within five lines below one announces, since a
 * label printed under the page's own tools ("Also on our site:") heads the page's teasers, not the author's list.
 * A row of links copied as one line ("Politics ▪ Sport ▪ Culture ▪ ...", "Terms | Privacy | Contact | ...", an index
 * "A B C D ...", see {@link LineShape#isLinkRow}) is long enough to pass for prose but costs like a short line: it is
 * a footer's or a menu's, and it must not draw the span past the article's end.
 * The main text is the contiguous span whose values add up to the most. A few short lines between paragraphs (a
 * heading, a caption, a share row) cost less than the prose around them, so they stay inside, while a long menu or
 * a block of teasers costs more than a lone paragraph beyond it is worth, so that paragraph stays out.
 *
 * <p>A browser's innerText never prints the bullets of an HTML list, so lines that open with a mark typed by hand
 * ("+ ", "- ", "* ", "• ", "– ", "· ", see {@link LineShape#typedMark}) are the author's own list. A run of
 * {@value #TYPED_LIST} such lines or more in a row with the same mark is a list of the article, however short its
 * items: each item adds half its words, as a long line without its stop does, so a run next to the article joins the
 * span and a page whose article is such a list is read, and the end of the span is never trimmed inside it. A run far
 * from the article still pays for the menus and footers between, so it stays out unless it outweighs them. Menus and
 * footers, copied from HTML lists, carry no marks and keep their cost.
 *
 * <p>A page may open with a column of cards for other stories and run its own story last. A card's blurb is prose,
 * but it stands alone: a headline and a source, section or comment count above it, the next card's lines below it.
 * When four such lone paragraphs or more, no two in a row, come before the page's first run of three full paragraphs
 * that follow one another, they are the cards' blurbs and cost like short lines, so the story below them is the main
 * text. Below an article's opening, lone paragraphs under headings are its sections and are left to the rules above.
 *
 * <p>The article ends with a full paragraph (20 words or more): when only short paragraphs follow the last one, with
 * three short lines or more between, they are a box of the page (a sign-up dialog, a promotion) and the span ends
 * before them.
 *
 * <p>Readers' comments are prose as well, but they follow the article, so the first comment heading (a count of
 * comments, a button that shows them, an invitation to write one) ends the span once half of its prose, or a full
 * article's worth, lies above it; higher up, such a line is the count printed under a title.
 *
 * <p>A box the page prints above the article and again below it (two short lines in a row, such as a "Share this
 * article" label over its row of networks) brackets the article: once half of the span's prose lies above it, its
 * second copy ends the span, so a next story that the page runs on below does not join the article. One repeated
 * line is not enough, since an advertisement label recurs above and inside the article alike.
 */
final class MainText {

    /** What a line that is not prose costs at least; a menu of ten items costs as much as a paragraph of 40 words. */
    private static final double SHORT_LINE_COST = 4;

    /** A list item, a short sentence, a line of code or what a colon announced costs little: articles hold them. */
    private static final double ANNOUNCED_COST = 0.5;
    /** A colon announces at most this many short lines (a list); a longer run of them under it is the page's. */
    private static final int ANNOUNCED_LINES = 20;
    /** A colon announces only within this many lines of the article's last paragraph of prose. */
    private static final int ANNOUNCER_REACH = 5;
    /** Code has characters that menus, share rows and headlines never do. */
    private static final Pattern CODE = Pattern.compile("[{};=<>]|\\(\\)");

    /** The heading that opens readers' comments: a count of them, a button that shows them, an invitation to write one. */
    /** A button that shows the readers' comments ("View all 12 comments"); Markdown dumps print it too. */
    static final Pattern COMMENTS_BUTTON = Pattern.compile(
            "^(show|view|read|see|load) (all )?(\\d+ )?(comments?|responses|replies)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENTS = Pattern.compile("^(there (are|is) )?\\d+\\s*(comments?|responses?|replies)\\b"
            + "|^(comments?|responses?|replies)\\s*\\(\\d+\\)|\\b(leave|post|add|write) a (reply|comment)\\b"
            + "|^join the (discussion|conversation)\\b|" + COMMENTS_BUTTON.pattern(), Pattern.CASE_INSENSITIVE);

    /** Words of prose after which a comment heading ends the article even when the comments outweigh it. */
    static final double LONG_ARTICLE = 300;

    /** A column of cards has at least this many paragraphs, and the article after it this many in a row. */
    private static final int CARDS = 4;
    private static final int ARTICLE_RUN = 3;
    /** A card's paragraph stands under this many short lines at least: its headline, source, section or count. */
    private static final int CARD_LINES = 2;

    /** A typed list has at least this many items in a row with the same mark. */
    private static final int TYPED_LIST = 3;

    private MainText() {
    }

    /** The first and last index of the densest prose span among the undecided units, or {@code null} when none. */
    static int[] span(List<Unit> units) {
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double sum = 0;
        int start = -1;
        int announced = 0;
        int sinceProse = ANNOUNCER_REACH + 1;
        boolean[] blurbs = cardBlurbs(units);
        boolean[] typed = typedLists(units);
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (!unit.undecided()) {
                continue;
            }
            double value = blurbs[i] ? -SHORT_LINE_COST
                    : typed[i] ? value(unit, true)
                    : announced > 0 ? Math.max(value(unit), -ANNOUNCED_COST) : value(unit);
            announced = unit.text.strip().endsWith(":") && (unit.prose() || sinceProse <= ANNOUNCER_REACH)
                    ? ANNOUNCED_LINES : unit.prose() ? 0 : Math.max(0, announced - 1);
            sinceProse = unit.prose() ? 0 : unit.text.isBlank() ? sinceProse : sinceProse + 1;
            if (sum <= 0) {
                if (value <= 0) {
                    continue;
                }
                sum = 0;
                start = i;
            }
            sum += value;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart < 0) {
            return null;
        }
        // Readers' comments come after the article, and they are prose too: a comment heading past the middle of the
        // span's prose, or past a full article's worth of it, ends it. Before that it is the count under a title.
        double total = 0;
        for (int i = bestStart; i <= bestEnd; i++) {
            total += units.get(i).undecided() && !blurbs[i] ? Math.max(0, value(units.get(i), typed[i])) : 0;
        }
        double seen = 0;
        for (int i = bestStart; i <= bestEnd; i++) {
            Unit unit = units.get(i);
            if (!unit.undecided()) {
                continue;
            }
            if ((seen * 2 >= total || seen >= LONG_ARTICLE) && COMMENTS.matcher(unit.text.strip()).find()
                    || seen * 2 >= total && repeatsABoxAbove(units, bestStart, i)) {
                bestEnd = i - 1;
                break;
            }
            seen += blurbs[i] ? 0 : Math.max(0, value(unit, typed[i]));
        }
        return new int[] {bestStart, trimTail(units, bestStart, bestEnd, typed)};
    }

    /** What a unit adds to the span; an item of a typed list adds at least half its words. */
    private static double value(Unit unit, boolean typed) {
        return typed ? Math.max(value(unit), LineShape.words(unit.text) / 2.0) : value(unit);
    }

    /**
     * The lines of the author's typed lists: runs of {@value #TYPED_LIST} undecided lines or more in a row (blank
     * lines may stand between) that open with the same typed mark.
     */
    static boolean[] typedLists(List<Unit> units) {
        boolean[] typed = new boolean[units.size()];
        List<Integer> run = new java.util.ArrayList<>();
        String mark = "";
        for (int i = 0; i <= units.size(); i++) {
            Unit unit = i < units.size() ? units.get(i) : null;
            if (unit != null && unit.text.isBlank()) {
                continue;
            }
            String own = unit != null && unit.undecided() ? LineShape.typedMark(unit.text) : "";
            if (own.isEmpty() || !own.equals(mark)) {
                if (run.size() >= TYPED_LIST) {
                    run.forEach(k -> typed[k] = true);
                }
                run.clear();
                mark = own;
            }
            if (!own.isEmpty()) {
                run.add(i);
            }
        }
        return typed;
    }

    /**
     * The paragraphs of a column of cards that a story comes after: a run of at least {@value #CARDS} paragraphs each
     * standing alone, with {@value #CARD_LINES} short lines or more above it (a card's headline and its source,
     * section or comment count) and one or more below it, no two paragraphs in a row, before the page's first run of
     * an article's paragraphs: at least {@value #ARTICLE_RUN} full ones (of {@link LineShape#FULL_PARAGRAPH_WORDS}
     * words or more) that follow one another. Cards below an article's opening are left alone: there they are the
     * article's own sections, or boxes that the other rules judge.
     */
    private static boolean[] cardBlurbs(List<Unit> units) {
        boolean[] blurbs = new boolean[units.size()];
        List<Integer> lines = new java.util.ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).undecided() && !units.get(i).text.isBlank()) {
                lines.add(i);
            }
        }
        List<Integer> run = new java.util.ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            if (!units.get(lines.get(k)).prose()) {
                continue;
            }
            boolean alone = k >= CARD_LINES && k + 1 < lines.size() && !prose(units, lines, k + 1);
            for (int j = k - CARD_LINES; alone && j < k; j++) {
                alone = !prose(units, lines, j);
            }
            if (alone) {
                run.add(lines.get(k));
                continue;
            }
            if (k >= 1 && prose(units, lines, k - 1)) {
                continue;
            }
            // Paragraphs that follow one another: an article, or the start of one.
            int together = 0;
            int full = 0;
            for (int j = k; j < lines.size() && prose(units, lines, j); j++) {
                together++;
                full += LineShape.words(units.get(lines.get(j)).text) >= LineShape.FULL_PARAGRAPH_WORDS ? 1 : 0;
            }
            if (full >= ARTICLE_RUN) {
                // The first article-like run ends the search: cards above an article's opening are its own sections.
                if (run.size() >= CARDS) {
                    run.forEach(i -> blurbs[i] = true);
                }
                return blurbs;
            }
            if (together >= 2) {
                run.clear();
            }
        }
        return blurbs;
    }

    private static boolean prose(List<Unit> units, List<Integer> lines, int k) {
        return units.get(lines.get(k)).prose();
    }

    /**
     * True when the unit at {@code at} and the next undecided one are two short lines that the page also printed, one
     * after the other, above the article's start: a box (a share row under its label) that stands above and below
     * the article.
     */
    private static boolean repeatsABoxAbove(List<Unit> units, int start, int at) {
        int next = nextUndecided(units, at);
        if (next < 0 || units.get(at).prose() || units.get(next).prose()) {
            return false;
        }
        String first = units.get(at).text.strip();
        String second = units.get(next).text.strip();
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        for (int i = 0; i < start; i++) {
            if (units.get(i).text.strip().equals(first)) {
                int after = i + 1;
                while (after < start && units.get(after).text.isBlank()) {
                    after++;
                }
                if (after < start && units.get(after).text.strip().equals(second)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int nextUndecided(List<Unit> units, int at) {
        for (int i = at + 1; i < units.size(); i++) {
            if (units.get(i).undecided() && !units.get(i).text.isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The article ends with a full paragraph: when only short paragraphs (under
     * {@link LineShape#FULL_PARAGRAPH_WORDS} words) follow the last full one, and a gap of
     * {@link LineShape#TAIL_BOX_GAP} short lines or more stands between, that tail is a box of the page (a sign-up
     * dialog, a promotion), and the span ends before the gap. An item of a typed list ends an article as a full
     * paragraph does. {@code MarkdownContent} ends a Markdown page by the same rule.
     */
    private static int trimTail(List<Unit> units, int start, int end, boolean[] typed) {
        int gap = 0;
        boolean shortProse = false;
        for (int i = end; i >= start; i--) {
            Unit unit = units.get(i);
            if (!unit.undecided()) {
                continue;
            }
            if (typed[i] || unit.prose() && LineShape.words(unit.text) >= LineShape.FULL_PARAGRAPH_WORDS) {
                return end;
            }
            if (unit.prose()) {
                shortProse = true;
                gap = 0;
            } else if (++gap >= LineShape.TAIL_BOX_GAP && shortProse) {
                // The gap runs on up to the last full paragraph; a short one before it leaves the span as it is.
                for (int j = i - 1; j >= start; j--) {
                    if (units.get(j).undecided() && units.get(j).prose()) {
                        return LineShape.words(units.get(j).text) >= LineShape.FULL_PARAGRAPH_WORDS ? j : end;
                    }
                }
                return end;
            }
        }
        return end;
    }

    /** What a unit adds to a span of main text: prose adds its words, the rest costs. */
    static double value(Unit unit) {
        int words = LineShape.words(unit.text);
        if (NoiseRules.reasonFor(unit.text).isPresent() || LineShape.isLinkRow(unit.text)) {
            return -SHORT_LINE_COST - Math.min(words, 12) / 2.0;
        }
        if (unit.prose() && !LineShape.isBullet(unit.text)) {
            return words >= 10 ? words : words - SHORT_LINE_COST;
        }
        if (LineShape.lostItsStop(unit.text)) {
            // A long sentence-case line that lost its full stop, as list items do when a page is copied.
            return words / 2.0;
        }
        if (unit.prose() || LineShape.isShortSentence(unit.text) || CODE.matcher(unit.text).find()) {
            return -ANNOUNCED_COST;
        }
        return -SHORT_LINE_COST - Math.min(words, 12) / 2.0;
    }
}
