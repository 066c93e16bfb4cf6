package org.lectern.content.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lectern.content.Endnote;

/**
 * Reads text saved from a web page, where nothing but the shape and position of a line says what it is.
 *
 * <p>Stages, each deciding some units for good before the next looks at the rest:
 * <ol>
 *   <li>Notes: see {@link TextNotes}; everything after the list is site boilerplate (share rows, counters,
 *   disclaimers, empty "Bibliography" headings, comments), because web pages end the article with its notes.</li>
 *   <li>Inserts: {@link TextInserts} drops a numbered photo gallery or a widget's option lists inside the article.</li>
 *   <li>Main text: {@link MainText} finds the densest span of prose; everything after it is the page's furniture
 *   (teasers, footers, comments) and is dropped, and so is everything above the title.</li>
 *   <li>Title: the first title-like line near the top whose words cover most of the file name's words or the other
 *   way round (pages are saved under their slug, often shortened); else the headline nearest above the main text
 *   that has a byline or a date in its next three lines (share buttons and one standfirst may stand between), looked
 *   for also in the main text's first lines when only lone notices (cookies, sign-in) open it; else the text's first
 *   line when it is heading-like and the main text starts right under it (a typed document opens with its title;
 *   when a date and another heading-like line follow that first line before the prose, the first is a blog's name
 *   and the last the title); else the heading-like line in
 *   the stretch above the main text whose words the main text uses most, since a title names what the article is
 *   about and the site's name, menus and teasers for other stories do not (a line the page repeats, as share boxes
 *   do with the title, counts more; ties go to the line nearer the text); failing that, the first Title Case line of
 *   two or more words above the first paragraph, unless navigation or other noise follows it and another such line
 *   comes after the noise: site names stand above the navigation, titles below it. Lines above the title are the
 *   site's masthead (slugs, breadcrumbs) and are dropped. Dates and bylines are never titles. When none of this finds a title and the file's name is
 *   a generic one (source, index, article, untitled, document, page...), the first heading-like line at or above the
 *   start of the main text is the title, even a one-word one, since such a name says nothing about the text.</li>
 *   <li>Author: a byline anywhere near the top, or a bare name right under the title (two to four capitalised
 *   words, or two such names joined by "and", none of whose words the prose uses, which tells a name from a first
 *   heading).</li>
 *   <li>Noise: {@link NoiseRules}; a heading of a page region (author box, related links, comments) drops what
 *   follows up to the next heading, the author's bio or the comments included. A box of related links, a newsletter
 *   prompt or a table of contents ends instead where two full paragraphs follow each other: such boxes hold titles,
 *   links and teasers (a headline, then one paragraph, then the next headline), and sites put them in the middle of
 *   the article. Where most paragraphs of the text stand apart (a blank line before or after them, as browsers copy
 *   paragraphs), a paragraph packed between other lines does not count: a box's teasers are list items, copied
 *   line after line. A comment count above the first paragraph (the line under a title) drops only itself; comment
 *   headings start a region only once the article's prose has begun. A notes heading with no numbered entry under it
 *   ("Notes:" over a remark) is a line of the article and is kept as a paragraph.</li>
 *   <li>Layout: {@link TextLayout} sorts the remaining units into headings, paragraphs and captions. A lone paragraph above the
 *   first heading of three sentences or more (or over 60 words) is the article's opening and is kept as text; a
 *   standfirst of one or two sentences is left to be the summary only.</li>
 * </ol>
 */
final class PlainTextParser {

    private static final int HEAD_REGION = 20;
    /** The most one word of a candidate title can score: the number of paragraphs that use it, capped. */
    private static final int MAX_WORD_SCORE = 5;
    /** Boxes that hold only links, titles and one-line teasers, which sites put in the middle of an article. */
    /** A paragraph this long after such a box is the article resuming. */
    private static final int PARAGRAPH_WORDS = 25;
    /** "by" before a name, or a time of day: with a calendar date ({@link Byline#hasDate}), a dateline's marks. */
    private static final java.util.regex.Pattern BY_OR_TIME = java.util.regex.Pattern.compile(
            "\\bby\\s+\\p{Lu}|\\d{1,2}:\\d{2}", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A line under a headline longer than this is its standfirst, a sentence that sums the story up. */
    private static final int STANDFIRST_WORDS = 16;
    /**
     * How many lone lines of prose may stand above a bylined headline inside the densest prose: a cookie notice or a
     * sign-in box, each a sentence or two between buttons, may open it; an article's paragraphs follow each other.
     */
    private static final int MAX_NOTICES = 3;
    /** A title printed twice stands at most this many lines above the text the second time. */
    private static final int TWICE_REACH = 6;
    /**
     * A share row's or a toolbar's buttons ("Share on Twitter", "Print") are lines of a few words, which may stand
     * between a headline and its byline, up to a row's length; a headline has more words than a button.
     */
    private static final int BUTTON_WORDS = 3;
    private static final int SHARE_ROW = 20;
    /** A line that ends on an article, a preposition or a conjunction is a phrase cut short ("Supported by"). */
    private static final java.util.regex.Pattern UNFINISHED = java.util.regex.Pattern.compile(
            "\\b(?i:a|an|the|by|of|for|to|in|on|at|from|with|and|or|but)\\s*$");
    /** A field's label before a short value ("From: Daily News", "Tags: travel"): a line of the page's furniture. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^\\p{L}+:(\\s+\\S+){1,3}$");
    /** How far above the main text a title is looked for: mastheads put bylines, dates and share rows between. */
    private static final int TITLE_WINDOW = 30;

    /** File names that say nothing about the text: what a browser, an editor or a download gives a file by default. */
    private static final java.util.regex.Pattern GENERIC_NAME = java.util.regex.Pattern.compile(
            "^(source|index|article|untitled|document|page|text|file|content|copy|paste|clipboard|download|output"
                    + "|new( text)? document|new file)([ _-]?\\(?\\d{1,3}\\)?)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The end of one sentence and the start of the next inside a paragraph. */
    private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile(
            "\\p{L}{2}[.!?][\"”’)]?\\s+[\"“‘(]?\\p{Lu}");
    /** A standfirst is one or two sentences of at most about this many words. */
    private static final int OPENING_WORDS = 60;

    private PlainTextParser() {
    }

    public static Draft parse(String fileName, String text) {
        List<Boolean> spaced = new ArrayList<>();
        List<String> lines = Units.split(text, spaced);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            units.add(new Unit(lines.get(i), spaced.get(i)));
        }
        List<Endnote> endnotes = TextNotes.read(units);
        TextInserts.drop(units);
        int[] span = MainText.span(units);
        int title = titleIndex(units, fileName, span);
        if (title < 0 && genericName(fileName)) {
            title = headingAtTop(units, span);
        }
        String author = readMasthead(units, title);
        if (span != null) {
            dropOutside(units, span, title);
        }
        dropNoise(units);
        TextLayout.arrange(units);
        List<Block> blocks = new ArrayList<>();
        for (Unit unit : units) {
            switch (unit.role) {
                case HEADING -> blocks.add(Notes.isHeading(unit.text) && endnotes.isEmpty()
                        ? Block.paragraph(unit.text) : Block.heading(unit.text.replaceFirst("\\s*:$", ""), 2));
                case PARAGRAPH -> blocks.add(Block.paragraph(unit.text));
                case CAPTION -> blocks.add(Block.caption(unit.text));
                case DROPPED -> blocks.add(Block.dropped(unit.text, unit.reason));
                default -> { }
            }
        }
        String titleText = title >= 0 ? units.get(title).text : "";
        return new Draft(titleText, author, openingSummary(blocks), blocks, endnotes, List.of(), true);
    }

    /**
     * A lone paragraph above the first heading is an abstract (the assembler makes it the summary only) when it is one
     * or two short sentences, as a standfirst is; a paragraph of three sentences or more, or of over 60 words, is the
     * article's opening, so it is given as the summary here, which keeps it as the text of the first lesson too.
     */
    private static String openingSummary(List<Block> blocks) {
        List<String> lead = new ArrayList<>();
        boolean headed = false;
        for (Block block : blocks) {
            if (block.kind() == Block.Kind.HEADING) {
                headed = true;
                break;
            }
            if (block.kind() == Block.Kind.PARAGRAPH) {
                lead.add(block.text());
            }
        }
        if (!headed || lead.size() != 1) {
            return "";
        }
        String text = lead.getFirst();
        boolean opening = SENTENCE_BREAK.matcher(text).results().count() >= 2 || LineShape.words(text) > OPENING_WORDS;
        return opening ? text : "";
    }

    private static int titleIndex(List<Unit> units, String fileName, int[] span) {
        Set<String> slug = words(fileName.replaceFirst("\\.[A-Za-z]{1,8}$", ""));
        int from = span == null ? 0 : Math.max(0, span[0] - TITLE_WINDOW);
        int limit = span == null ? Math.min(units.size(), HEAD_REGION) : span[0];
        int firstProse = limit;
        for (int i = from; i < limit; i++) {
            Unit unit = units.get(i);
            if (firstProse == limit && unit.undecided() && unit.prose()) {
                firstProse = i;
            }
            if (candidate(unit) && slug.size() >= 2 && overlap(words(unit.text), slug) >= 0.6) {
                return i;
            }
        }
        if (span != null) {
            int twice = printedTwice(units, from, span);
            if (twice >= 0) {
                return twice;
            }
            int headed = bylinedHeadline(units, from, span);
            if (headed >= 0) {
                return headed;
            }
        }
        int opening = firstUndecided(units);
        if (span != null && opening >= 0 && opening < span[0] && span[0] - opening <= 3
                && candidate(units.get(opening))) {
            // A text that opens with a heading-like line right above its prose opens with its title; when a date
            // and another such line follow before the prose, the first is the blog's name and the last the title.
            int last = opening;
            boolean dated = false;
            for (int i = opening + 1; i < span[0]; i++) {
                boolean date = dateline(units.get(i).text);
                last = dated && !date && candidate(units.get(i)) ? i : last;
                dated |= date;
            }
            return last;
        }
        if (span != null) {
            int fits = fittingTitle(units, from, span);
            if (fits >= 0) {
                return fits;
            }
        }
        // Site names sit above the navigation, titles below it: prefer the first candidate right after noise.
        int first = -1;
        boolean afterNoise = false;
        for (int i = from; i < firstProse; i++) {
            Unit unit = units.get(i);
            if (candidate(unit) && LineShape.isTitleCase(unit.text)) {
                if (first < 0 || afterNoise) {
                    first = i;
                }
                afterNoise = false;
            } else if (unit.undecided() && NoiseRules.reasonFor(unit.text).isPresent()) {
                afterNoise = first >= 0;
            }
        }
        return first;
    }

    static boolean genericName(String fileName) {
        String base = fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[A-Za-z]{1,8}$", "").strip();
        return GENERIC_NAME.matcher(base).matches();
    }

    /**
     * When the file's name says nothing (source.txt, index.txt, Untitled.txt), the title is the first heading-like
     * line at or above the start of the main text, even a one-word one: a page's heading names it better than
     * "Source" does. Its words must not all be common stopwords or noise, and a date or byline is never a title.
     */
    private static int headingAtTop(List<Unit> units, int[] span) {
        int from = span == null ? 0 : Math.max(0, span[0] - TITLE_WINDOW);
        int to = span == null ? Math.min(units.size() - 1, HEAD_REGION) : span[0];
        for (int i = from; i <= to && i < units.size(); i++) {
            Unit unit = units.get(i);
            String s = unit.text.strip();
            if (unit.undecided() && (unit.titleLike() || headline(unit)) && !unit.prose() && !unit.figure() && s.length() >= 3
                    && NoiseRules.reasonFor(s).isEmpty() && Byline.author(s).isEmpty() && !Byline.isName(s)
                    && !dateline(s) && !Notes.isHeading(s) && (i < to || span == null
                    || i + 1 < units.size() && units.get(i + 1).prose())) {
                return i;
            }
        }
        return -1;
    }

    /** A date or a "by" with a name: the line under a title, never the title. */
    private static boolean dateline(String line) {
        return Byline.hasDate(line) || BY_OR_TIME.matcher(line).find();
    }

    static boolean candidate(Unit unit) {
        String s = unit.text;
        return unit.undecided() && LineShape.isTitleLike(s) && LineShape.words(s) >= 2 && !Notes.isHeading(s)
                && !LineShape.isGenericSection(s) && NoiseRules.reasonFor(s).isEmpty() && Byline.author(s).isEmpty();
    }

    /**
     * The heading-like line before the main text that best names it: each of its words scores the number of the main
     * text's paragraphs that use it (up to five, so that one common word cannot carry a line), because a title names
     * what the whole article is about, while the site's name, menus, captions and teasers for other stories do not.
     * A line the page repeats scores more: sites print the title again in share boxes and breadcrumbs. Ties go to the
     * earlier line, since a title stands above the article's first heading.
     */
    private static int fittingTitle(List<Unit> units, int from, int[] span) {
        java.util.Map<String, Integer> paragraphs = new java.util.HashMap<>();
        for (int i = span[0]; i <= span[1]; i++) {
            if (units.get(i).undecided() && units.get(i).prose()) {
                HeadingChoice.stems(units.get(i).text).forEach(w -> paragraphs.merge(w, 1, Integer::sum));
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int i = from; i < span[0]; i++) {
            Unit unit = units.get(i);
            if (!headline(unit) || Byline.isName(unit.text) || dateline(unit.text)) {
                continue;
            }
            double score = HeadingChoice.stems(unit.text).stream()
                    .mapToInt(w -> Math.min(MAX_WORD_SCORE, paragraphs.getOrDefault(w, 0))).sum();
            if (score > 0 && repeated(units, from, span[0], i)) {
                score += MAX_WORD_SCORE;
            }
            if (score > 0 && score >= bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A page that prints its title twice, in its header and again right above its paragraphs (within {@value
     * #TWICE_REACH} lines of them, share buttons and a standfirst between), is named by that line: a heading-like
     * line printed again so close to the text is the article's own, not a menu's.
     */
    private static int printedTwice(List<Unit> units, int from, int[] span) {
        int seen = 0;
        for (int i = runOfProse(units, span) - 1; i > from && seen < TWICE_REACH; i--) {
            Unit unit = units.get(i);
            if (unit.text.isBlank()) {
                continue;
            }
            seen++;
            if (candidate(unit) && LineShape.words(unit.text) >= 3 && repeated(units, from, i, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the article's paragraphs begin: the first full paragraph, or the first of two paragraphs of prose in a
     * row, in the main text (a notice or a sign-in box above them is a lone sentence or two between buttons).
     */
    private static int runOfProse(List<Unit> units, int[] span) {
        int last = -1;
        for (int i = span[0]; i <= span[1]; i++) {
            Unit unit = units.get(i);
            if (unit.text.isBlank() || !unit.undecided()) {
                continue;
            }
            if (unit.prose() && last >= 0 && units.get(last).prose()) {
                return last;
            }
            if (unit.prose() && LineShape.words(unit.text) > STANDFIRST_WORDS * 3) {
                // A full paragraph: the article has begun, whatever follows it.
                return i;
            }
            last = i;
        }
        return span[0];
    }

    /**
     * A news or blog page sets its article's title right above the byline or the date, with at most a standfirst (one
     * sentence summing the story up) between: the headline-shaped line nearest above the main text that has a byline
     * or a calendar date within its next three lines is the title (a row of share buttons, lines of a few words each,
     * may stand between them). Teasers for other stories carry such lines too, but they stand further from the
     * article's text. When no such line stands above the main text, the first lines of the main text are searched
     * too, as long as no more than a few lone sentences between buttons (notices, sign-in boxes) stand above the line.
     * A headline is one line of four to sixteen words, not a date, a name, a label ("From: Daily News"), a caption or
     * a phrase cut short ("Supported by"); it may end in a question mark.
     */
    private static int bylinedHeadline(List<Unit> units, int from, int[] span) {
        for (int i = span[0] - 1; i >= from; i--) {
            if (bylined(units, i)) {
                return i;
            }
        }
        int notices = 0;
        for (int i = span[0]; i <= span[1] && notices <= MAX_NOTICES; i++) {
            if (bylined(units, i)) {
                return i;
            }
            if (units.get(i).prose()) {
                if (i > span[0] && units.get(i - 1).prose()) {
                    break;
                }
                notices++;
            }
        }
        return -1;
    }

    private static boolean bylined(List<Unit> units, int i) {
        Unit unit = units.get(i);
        String text = unit.text.strip();
        if (!(headline(unit) || question(unit)) || Byline.isName(text) || dateline(text)
                || LABEL.matcher(text).find()
                || LineShape.words(text) > STANDFIRST_WORDS || LineShape.isFigureCaption(text) || text.contains(". ")
                || UNFINISHED.matcher(text).find() || LineShape.words(text) <= BUTTON_WORDS) {
            return false;
        }
        int seen = 0;
        boolean standfirst = false;
        for (int j = i + 1; j < units.size() && seen < 3; j++) {
            String s = units.get(j).text.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (Byline.bylineOrDate(s)) {
                return true;
            }
            if (LineShape.words(s) <= BUTTON_WORDS && !units.get(j).prose() && j - i <= SHARE_ROW) {
                continue;
            }
            seen++;
            if (units.get(j).prose() && (standfirst || LineShape.words(s) > STANDFIRST_WORDS * 3)) {
                return false;
            }
            standfirst |= units.get(j).prose();
        }
        return false;
    }

    /** A headline may ask a question: one short sentence ending in a question mark. */
    private static boolean question(Unit unit) {
        String s = unit.text.strip();
        return unit.undecided() && s.endsWith("?") && LineShape.words(s) <= STANDFIRST_WORDS && !s.contains(". ")
                && Character.isUpperCase(s.replaceFirst("^[\"'“‘]", "").codePointAt(0));
    }

    private static boolean repeated(List<Unit> units, int from, int to, int i) {
        String text = units.get(i).text.strip();
        for (int j = from; j < to; j++) {
            if (j != i && units.get(j).text.strip().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    private static int firstUndecided(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).undecided()) {
                return i;
            }
        }
        return -1;
    }

    /** A title may run longer than a heading, but it is still one unpunctuated line of a few words. */
    private static boolean headline(Unit unit) {
        String s = unit.text.strip();
        if (candidate(unit)) {
            return true;
        }
        int words = LineShape.words(s);
        return unit.undecided() && !unit.prose() && words >= 2 && words <= 25 && !s.endsWith(".") && !s.contains(". ")
                && Character.isLetterOrDigit(s.replaceFirst("^[\"'“‘]", "").codePointAt(0))
                && Character.isUpperCase(s.replaceFirst("^[\"'“‘]", "").codePointAt(0))
                && NoiseRules.reasonFor(s).isEmpty() && Byline.author(s).isEmpty() && !LineShape.isFigureCaption(s);
    }

    /** Past the densest span of prose the page holds only its furniture; above the title, only its masthead. */
    private static void dropOutside(List<Unit> units, int[] span, int title) {
        int start = title >= 0 ? title : span[0];
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.undecided() && (i > span[1] || i < start && !headingBefore(units, i, start))) {
                unit.drop("outside the main text");
            }
        }
    }

    /** Whether unit {@code i} is one of the few title-like lines right above the text, which may be its heading. */
    private static boolean headingBefore(List<Unit> units, int i, int start) {
        for (int j = i; j < start; j++) {
            if (!units.get(j).titleLike() || units.get(j).prose()) {
                return false;
            }
        }
        return start - i <= 2;
    }

    private static String readMasthead(List<Unit> units, int title) {
        String author = "";
        int limit = Math.min(units.size(), Math.max(title, 0) + HEAD_REGION);
        for (int i = 0; i < limit; i++) {
            Unit unit = units.get(i);
            if (!unit.undecided()) {
                continue;
            }
            var byline = Byline.author(unit.text);
            if (byline.isPresent()) {
                author = author.isEmpty() ? byline.get() : author;
                unit.drop("byline");
            } else if (i == title + 1 && author.isEmpty() && Byline.isName(unit.text) && !mentioned(unit.text, units)) {
                author = unit.text.strip();
                unit.drop("byline");
            } else if (i < title) {
                unit.drop(NoiseRules.reasonFor(unit.text).orElse("page header above the title"));
            }
        }
        if (title >= 0) {
            units.get(title).become(Unit.Role.CONSUMED);
        }
        return author;
    }

    private static void dropNoise(List<Unit> units) {
        String region = "";
        boolean proseSeen = false;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (!unit.undecided()) {
                continue;
            }
            if (!region.isEmpty()
                    && (BlockSorter.BOXES.contains(region) ? resumes(units, i) : TextLayout.startsSection(units, i))) {
                region = "";
            }
            var reason = NoiseRules.reasonFor(unit.text);
            if (reason.isPresent()) {
                unit.drop(reason.get());
                // A count of comments above the first paragraph is the line under a title, not the comments.
                boolean count = reason.get().equals("comment section") && !proseSeen;
                region = NoiseRules.startsRegion(unit.text) && !count ? reason.get() : region;
            } else if (!region.isEmpty()) {
                unit.drop(region.equals("author box") && unit.prose() ? "author bio" : region);
            } else {
                proseSeen |= unit.prose();
            }
        }
    }

    /**
     * Whether the article resumes at unit {@code i} after a box of links: two full paragraphs in a row. A box's
     * teasers come one at a time between their headlines, so a heading followed by one paragraph does not end it.
     */
    private static boolean resumes(List<Unit> units, int i) {
        if (!units.get(i).prose() || LineShape.words(units.get(i).text) < PARAGRAPH_WORDS) {
            return false;
        }
        if (spacedParagraphs(units) && !units.get(i).spaced) {
            // Where the page puts a blank line between paragraphs, lines packed together are a box's list items.
            return false;
        }
        for (int j = i + 1; j < units.size(); j++) {
            if (units.get(j).undecided()) {
                return units.get(j).prose();
            }
        }
        return true;
    }

    /** Whether most paragraphs of the text stand apart, with a blank line before or after them, as pages copy them. */
    private static boolean spacedParagraphs(List<Unit> units) {
        long prose = units.stream().filter(Unit::prose).count();
        long spaced = units.stream().filter(u -> u.prose() && u.spaced).count();
        return prose > 0 && spaced * 2 > prose;
    }

    /** Whether any word of the line occurs in the article's prose: a heading's words do, a byline's name rarely. */
    private static boolean mentioned(String line, List<Unit> units) {
        Set<String> own = HeadingChoice.stems(line);
        return units.stream().filter(u -> u.undecided() && u.prose())
                .anyMatch(u -> HeadingChoice.stems(u.text).stream().anyMatch(own::contains));
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static double overlap(Set<String> line, Set<String> slug) {
        long shared = line.stream().filter(slug::contains).count();
        return shared < 2 ? 0 : (double) shared / Math.min(line.size(), slug.size());
    }
}
