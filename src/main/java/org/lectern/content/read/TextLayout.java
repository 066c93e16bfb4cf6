package org.lectern.content.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts the undecided units of a plain-text article into headings, paragraphs and captions.
 *
 * <p>Rules, applied to units in order, ignoring units already dropped as noise:
 * <ul>
 *   <li>A prose unit is a paragraph, and so is every item of a list (two or more lines in a row with the same
 *   bullet, a typed "+ " included, or numbered one after the other), whatever its shape. So are the lines right after a paragraph that ends with a colon, up to the next
 *   prose or title-like line: the colon announces them (a formula, a line of code, a list without bullets). A
 *   sentence too short to look like prose is a paragraph too when text follows it and a paragraph precedes it, or
 *   when it ends with a colon and anything but a heading follows it. A line of code (see {@link LineShape}) is a
 *   paragraph, and so are the lines after it up to the next prose or title-like line, since a listing's lines need
 *   not all carry code characters; a title-like line stays a heading candidate when prose follows it or when
 *   its only code is a tag it names ("Single &lt;figure&gt;"). A line of ten words or more that is not in Title Case is a paragraph as well: it is a
 *   sentence that lost its full stop (list items copied from a page do), and headings are rarely that long.</li>
 *   <li>A run of consecutive title-like units followed by a paragraph holds one heading. The heading is the first
 *   unit of the run unless the article's headings are in Title Case and the first is not, or a later one is a
 *   generic section name ("Conclusion"); units before the heading are captions of the section that ends there (or dropped, above the first heading), units
 *   after it are captions of the new section (a heading is followed by prose, so a short title-like line between a
 *   heading and its first paragraph is a figure caption). Lines that start "Figure", "Table", "Source" and the like
 *   are always captions. One-word units beside a heading are dropped: captions describe something. A run of more than
 *   four such lines is a list of links (teasers, menus, a gallery's labels) rather than a heading with its captions:
 *   only its last line, the one the paragraph follows, may be a heading.</li>
 *   <li>A title-like line that ends with a colon, over at least two more short lines and then a paragraph, labels
 *   a list ("What you'll need:", "Ingredients:"): the label and its items are paragraphs, and the last short line,
 *   the one the paragraph follows, is left to the rules for headings. A run of short lines above such a label ends
 *   at it.</li>
 *   <li>A title-like run not followed by a paragraph is dropped: a heading introduces text.</li>
 *   <li>A heading candidate is a banner, and dropped, when none of its words occur in the article's paragraphs (the
 *   heading names what follows; generic names such as "Introduction" are exempt) and it carries a bare number such as
 *   a year or a count, as promotions and event boxes do. Both signals are required because each alone has honest
 *   exceptions: a heading may be worded apart from its text, or name a year.</li>
 *   <li>The first line under the title is a subtitle when it is a sentence-case line of five words or more and the
 *   article's headings are in Title Case: it is dropped, since the lead says the same at more length.</li>
 *   <li>Anything else is a stray line and is dropped.</li>
 * </ul>
 */
final class TextLayout {

    /** The most title-like lines a heading run holds: the heading and the captions beside it. */
    private static final int MAX_RUN = 4;
    /** The fewest items under a label for it to be a list. */
    private static final int LABELLED_ITEMS = 2;
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(\\d{1,2})[.)]\\s");

    private TextLayout() {
    }

    static void arrange(List<Unit> all) {
        List<Unit> open = all.stream().filter(Unit::undecided).toList();
        Set<String> body = new HashSet<>();
        open.stream().filter(u -> u.prose()).forEach(u -> body.addAll(HeadingChoice.stems(u.text)));
        boolean titleCaseHeadings = HeadingChoice.titleCaseHeadings(open);
        int i = 0;
        // The candidate subtitle must not vote on the heading style it is judged against.
        if (!open.isEmpty() && HeadingChoice.isSubtitle(open.getFirst(), HeadingChoice.titleCaseHeadings(open.subList(1, open.size())))) {
            open.getFirst().drop("subtitle");
            i = 1;
        }
        boolean introduced = false;
        while (i < open.size()) {
            Unit unit = open.get(i);
            if (i > 0 && continuesList(open.get(i - 1), unit)
                    || i + 1 < open.size() && continuesList(unit, open.get(i + 1))) {
                unit.become(Unit.Role.PARAGRAPH);
                i++;
                continue;
            }
            if (unit.figure() && unit.prose()) {
                unit.become(Unit.Role.CAPTION);
                i++;
                continue;
            }
            if (unit.prose() || introduced && !unit.titleLike() || sentenceWithoutStop(unit)) {
                unit.become(Unit.Role.PARAGRAPH);
                introduced = unit.text.strip().endsWith(":") || introduced && !unit.prose() || code(open, i);
                i++;
                continue;
            }
            if (code(open, i)) {
                unit.become(Unit.Role.PARAGRAPH);
                introduced = true;
                i++;
                continue;
            }
            introduced = false;
            if (shortSentenceInText(open, i)) {
                unit.become(Unit.Role.PARAGRAPH);
                introduced = unit.text.strip().endsWith(":");
                i++;
                continue;
            }
            int j = i;
            while (j < open.size() && inRun(open.get(j)) && (j == i || labelledList(open, j) == j)) {
                j++;
            }
            int end = labelledList(open, i);
            if (end > i) {
                // "What you'll need:" over short lines: the label and its items are text; the last short line,
                // the one the next paragraph follows, is left to head it.
                open.subList(i, end).forEach(u -> u.become(Unit.Role.PARAGRAPH));
                i = end;
                continue;
            }
            if (j == i) {
                unit.drop("stray line outside the text");
                i++;
                continue;
            }
            String next = j < open.size() && open.get(j).prose() ? open.get(j).text : "";
            boolean headingSeen = open.subList(0, i).stream().anyMatch(u -> u.role == Unit.Role.HEADING);
            arrangeRun(open.subList(i, j), next, titleCaseHeadings, body, headingSeen);
            i = j;
        }
    }


    /**
     * A line of code ({@link LineShape#isCode}) is body text: articles show listings between their paragraphs, and a
     * listing's lines without code characters ("if (!done)") are body too while they follow one. A title-like line
     * stays a heading candidate when a paragraph follows it or when its only code is a tag it names
     * ("The &lt;img&gt; Element").
     */
    private static boolean code(List<Unit> open, int i) {
        Unit unit = open.get(i);
        if (!LineShape.isCode(unit.text) || unit.prose() && unit.text.strip().endsWith(".")) {
            return false;
        }
        if (unit.titleLike() && !LineShape.isCode(unit.text.replaceAll("</?[a-z][^>]*>", ""))) {
            return false;
        }
        return !(unit.titleLike() && i + 1 < open.size() && open.get(i + 1).prose());
    }

    /**
     * A title-like line ending with a colon, at the head of at least {@value #LABELLED_ITEMS} more short lines and
     * then a paragraph, labels a list ("What you'll need:", "Ingredients:"): a heading would not end in a colon, and a
     * menu has no label of its own in the middle of the text. Returns where the label's items end (the last short line,
     * the one the paragraph follows, may head it), or {@code i} when unit {@code i} labels no list.
     */
    private static int labelledList(List<Unit> open, int i) {
        if (!open.get(i).titleLike() || !open.get(i).text.strip().endsWith(":")) {
            return i;
        }
        int k = i + 1;
        while (k < open.size() && !open.get(k).prose() && !open.get(k).text.strip().endsWith(":")) {
            k++;
        }
        boolean paragraphNext = k < open.size() && open.get(k).prose();
        return paragraphNext && k - i - 2 >= LABELLED_ITEMS ? k - 1 : i;
    }

    /** True when unit {@code i} would start a section: a title-like run that a paragraph follows. */
    static boolean startsSection(List<Unit> units, int i) {
        int j = i;
        while (j < units.size() && (!units.get(j).undecided() || inRun(units.get(j)))) {
            j++;
        }
        return j > i && inRun(units.get(i)) && j < units.size() && units.get(j).prose();
    }

    /**
     * A sentence too short to be prose on its own shape ("It did not.", "Foragers do three things:") is still body
     * when text follows it and either a paragraph precedes it or it announces what follows with a colon.
     */
    private static boolean shortSentenceInText(List<Unit> open, int i) {
        Unit unit = open.get(i);
        Unit next = i + 1 < open.size() ? open.get(i + 1) : null;
        boolean followed = next != null && (next.prose() || LineShape.isBullet(next.text));
        boolean preceded = i > 0 && open.get(i - 1).role == Unit.Role.PARAGRAPH;
        boolean announces = unit.text.strip().endsWith(":") && next != null;
        return !unit.titleLike() && LineShape.isShortSentence(unit.text)
                && (followed && preceded || announces && (preceded || followed || !next.titleLike()));
    }

    /**
     * A line of ten words or more that is not in Title Case reads as a sentence even without its full stop: list
     * items lose their bullets and often their stops when a page is copied, and headings are rarely that long.
     */
    static boolean sentenceWithoutStop(Unit unit) {
        return LineShape.words(unit.text) >= 10 && !LineShape.isTitleCase(unit.text) && !unit.figure()
                && NoiseRules.reasonFor(unit.text).isEmpty();
    }

    /** Whether {@code next} is the item after {@code item} in one list: same bullet, or the next number. */
    private static boolean continuesList(Unit item, Unit next) {
        String mark = LineShape.typedMark(item.text);
        if (!mark.isEmpty() && mark.equals(LineShape.typedMark(next.text))) {
            return true;
        }
        if (!LineShape.isBullet(item.text) || !LineShape.isBullet(next.text)) {
            return false;
        }
        var a = LIST_NUMBER.matcher(item.text);
        var b = LIST_NUMBER.matcher(next.text);
        boolean numbered = a.find();
        if (numbered != b.find()) {
            return false;
        }
        return !numbered || Integer.parseInt(b.group(1)) == Integer.parseInt(a.group(1)) + 1;
    }

    static boolean inRun(Unit unit) {
        return !unit.prose() && (unit.titleLike() || unit.figure());
    }

    private static void arrangeRun(List<Unit> run, String next, boolean titleCaseHeadings, Set<String> body,
                                   boolean headingSeen) {
        List<Unit> rest = run.stream().filter(u -> !u.figure()).toList();
        run.stream().filter(u -> u.figure()).forEach(u -> u.become(Unit.Role.CAPTION));
        if (rest.isEmpty()) {
            return;
        }
        if (next.isEmpty()) {
            rest.forEach(u -> u.drop("short line not followed by text"));
            return;
        }
        if (rest.size() > MAX_RUN) {
            // A heading has a caption or two beside it; a longer run of short lines is a list of links.
            rest.subList(0, rest.size() - 1).forEach(u -> u.drop("list of links"));
            rest = rest.subList(rest.size() - 1, rest.size());
        }
        int k = HeadingChoice.headingIndex(rest, titleCaseHeadings);
        for (int i = 0; i < rest.size(); i++) {
            Unit unit = rest.get(i);
            if (i == k) {
                if (HeadingChoice.isBanner(unit.text, body)) {
                    unit.drop("banner unrelated to the text around it");
                } else {
                    unit.become(Unit.Role.HEADING);
                }
            } else if (i < k && !headingSeen) {
                unit.drop("short line above the first heading");
            } else if (LineShape.words(unit.text) >= 2 && !LineShape.isGenericSection(unit.text)) {
                unit.become(Unit.Role.CAPTION);
            } else {
                unit.drop("short line beside a heading");
            }
        }
    }




}
