package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article inside a Markdown dump of a whole web page, and the heading that is its title.
 *
 * <p>Markdown keeps link syntax, so every block's share of link text is known. Menus, footers, tag clouds, language
 * lists, navigation boxes and lists of related stories are mostly link text; an article is mostly running text with a
 * link here and there. So each block counts its words that are not link text for the article and, twice over, its link
 * words against it (lines a parser already dropped as menus count against it too), and the article is the contiguous
 * run of blocks with the best total: the longest stretch of text that is not interrupted by more navigation than it
 * holds. What stands outside that run is page furniture. Inside it, a block that is mostly links is still navigation (a
 * "related" box in the middle of the story) and is dropped; a paragraph that is one short link (an author's name) is
 * left for the assembler to judge. A block that is a run of names without a sentence ({@link LineShape#isNameList}: a
 * language picker or tag cloud whose links the converter lost) counts against the article as links do, and so does a
 * run of twenty short labels or more in a row, none a sentence and most without a digit (a menu or a video player's
 * settings without their links); such a run is dropped even inside the article.
 *
 * <p>Some regions hold prose that is not the story's: under a heading of related links, comments or an author box,
 * blocks count only against the article; so do, once the page has shown some text, teasers, whose heading is wholly or
 * mostly (two thirds of its words) a link to another page ("Editorial [A lasting legacy](/opinion/...)"; a section
 * heading is not a link, holds a link among more words of its own, or links within the page), unless a full paragraph
 * of its own follows it outside such a region (a newsletter or a link roundup comments on each link it heads, and that
 * comment is the text). A teaser that is a card (one link around its picture and headline) ends where its card ends:
 * what follows the card is the page again. A box of links (related links, a newsletter prompt, a table of contents)
 * ends where two paragraphs of prose follow each other, the first a full one, as in {@link BlockSorter}: a box's
 * teasers come one at a time. A card's headline is a teaser wherever it stands in the article, before its first text or
 * between its paragraphs ("Related" over a card of another story), and is dropped: a section's heading is not the
 * headline of a card that links to another page. The slides of a gallery (headings "3/50 ...", up to the next heading
 * that is not a slide) are dropped but count neither for nor against the article: sites put galleries of other stories
 * in the middle of one, and the article goes on after them, as {@link TextInserts} has it for text. The article ends
 * with a full paragraph (20 words or more), as {@link MainText} has it for text: short paragraphs after the last full
 * one, with three blocks or more between that are not sentences (a count, a share row, a heading), are a box of the
 * page (a sign-up dialog, a newsletter prompt) and stay outside. A button that shows the readers' comments ("Show
 * comments", "View all 12 comments"), once half of the run's text or a full article's worth lies above it, ends the
 * article: the comments it would load are not in the dump, and the comment widget's chrome (badges, policies, report
 * buttons) is. A box the page prints above the article and again below it (two short blocks in a row that are not
 * sentences, such as a "Share this article" label over its row of networks) brackets the article: once half of the
 * run's text lies above it, its second copy ends the article, so that a next story the page runs on below does not join
 * it. The article's paragraphs stand together, while a box of teasers (videos, other stories) gives each blurb of 40
 * words or fewer its own picture, link and label: blurbs at the end of the run that each stand three blocks or more
 * apart from the text above them, two or more of them without a heading in that gap (a section's short text sits under
 * its heading), after a paragraph that has text close above it, are teasers, and the article ends at that paragraph.
 *
 * <p>A headline outranks length: when the text that runs on from a level-1 heading holds at least a third of what the
 * best run holds, that text is the article and the heading its title (a short news story above a long footer of plain
 * country names). Otherwise the title is the nearest heading above the article's first text that is not a link to a
 * site's home page (a masthead), a date, or a known label of page furniture. A level-1 heading qualifies by itself; a
 * smaller one only on a page that has furniture above it, because in a hand-written file it is the first section. When
 * a bigger heading stands right above the chosen one with no text between, the chosen one is a subtitle and the bigger
 * one the title.
 */
final class MarkdownContent {

    /** A block of the page with the number of its words that are link text. */
    record Scored(Block block, int linkWords, boolean homeLink, boolean linksAway, boolean inCard) {
        Scored(Block block, int linkWords, boolean homeLink, boolean linksAway) {
            this(block, linkWords, homeLink, linksAway, false);
        }

        Scored(Block block, int linkWords) {
            this(block, linkWords, false, false);
        }
    }

    /** The blocks with furniture dropped, and the index of the title heading among them (-1 when none). */
    record Selection(List<Block> blocks, int title) {
    }

    private static final double MOSTLY_LINKS = 0.5;
    private static final double LINK_WEIGHT = 2;
    /** The share of the page's best run that the text under a level-1 heading needs to be taken as the article. */
    private static final double HEADLINE_SHARE = 0.3;
    private static final Pattern CARD_END = Pattern.compile("^[^\\[\\]]{0,40}]\\([^)\\s]*(\\s+\"[^\"]*\")?\\)$");
    private static final int CARD_BLOCKS = 8;
    /** Words of text after which a heading that is a link to another page is a teaser, not a section. */
    private static final int TEASERS_AFTER = 150;
    /** A paragraph this short that is one link may be a byline or a source line; the assembler judges it. */
    private static final int SHORT = 4;
    private static final Pattern DATE = Pattern.compile("(?i)^[\\d/.:,\\s-]+(am|pm)?$|^((mon|tues|wednes|thurs|fri|"
            + "satur|sun)day\\b.*|.*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    private static final int LABEL_RUN = 20;
    /** A teaser's blurb is a sentence or two; a section of the article that stands alone is longer. */
    private static final int BLURB = 40;
    private static final int LABEL_WORDS = 4;
    /** A table of figures is not a menu: at most this share of a menu's labels hold a digit. */
    private static final double NUMBER_SHARE = 0.3;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** A slide's counter, "3/50" or "3 of 50"; a date ("2/26/2015") is not one. */
    private static final Pattern SLIDE = Pattern.compile("(\\d{1,3})\\s*(?:/|of)\\s*(\\d{1,3})(?![\\d/:.])");

    private MarkdownContent() {
    }

    static Selection select(List<Scored> dump) {
        List<Scored> page = joinCards(dump);
        int n = page.size();
        double[] score = new double[n];
        boolean furniture = false;
        boolean region = false;
        boolean slide = false;
        boolean[] gallery = new boolean[n];
        boolean[] labels = runsOfLabels(page);
        double text = 0;
        List<Block> blocks = page.stream().map(Scored::block).toList();
        boolean cardRegion = false;
        boolean box = false;
        for (int i = 0; i < n; i++) {
            Block b = page.get(i).block();
            if (b.kind() == Block.Kind.HEADING) {
                boolean teaser = page.get(i).linksAway() && text >= TEASERS_AFTER;
                // A link that heads commentary of its own leaves the region as it was: inside a "Related" box it is
                // one more card, in a newsletter's section it is the text.
                region = NoiseRules.startsRegion(b.text()) || teaser && (region || !commentary(page, i));
                cardRegion = region && page.get(i).inCard();
                box = NoiseRules.reasonFor(b.text()).filter(BlockSorter.BOXES::contains).isPresent();
                slide = isSlide(b.text());
            } else if (cardRegion && b.kind() != Block.Kind.DROPPED && !page.get(i).inCard()
                    || box && BlockSorter.resumes(blocks, i)) {
                // A teaser's card has closed, or the article resumes after a box of links with two paragraphs.
                region = false;
                cardRegion = false;
                box = false;
            }
            text += Math.max(0, score(page.get(i)));
            gallery[i] = slide;
            score[i] = slide ? 0 : labels[i] ? -Math.max(1, words(b.text())) : region ? Math.min(0, score(page.get(i))) - 1
                    : score(page.get(i));
            furniture |= score[i] < 0;
        }
        int[] run = bestRun(score);
        List<Block> out = new ArrayList<>(n);
        if (!furniture || run[0] < 0) {
            page.forEach(s -> out.add(s.block()));
            return new Selection(out, title(page, score, firstText(score), n - 1, false));
        }
        int title = -1;
        double best = sum(score, run[0], run[1]);
        for (int h = 0; h < n && title < 0; h++) {
            if (isLevelOne(page.get(h))) {
                int end = bestEndFrom(score, h + 1);
                if (end > h && sum(score, h + 1, end) >= HEADLINE_SHARE * best) {
                    // The text that follows a headline is the article, even when a longer text stands elsewhere.
                    run = new int[] {h + 1, end};
                    title = h;
                }
            }
        }
        run[1] = trimTeasers(page, score, run[0], trimTail(page, score, run[0],
                endAtComments(page, score, run[0], run[1])));
        title = title >= 0 ? title : title(page, score, run[0], run[1], true);
        int from = title >= 0 ? Math.min(title, run[0]) : run[0];
        for (int i = 0; i < n; i++) {
            Block b = page.get(i).block();
            if (b.kind() == Block.Kind.DROPPED) {
                out.add(b);
            } else if (gallery[i]) {
                out.add(Block.dropped(b.text(), "photo gallery"));
            } else if (labels[i]) {
                out.add(Block.dropped(b.text(), "menu without links"));
            } else if (i < from || i > run[1]) {
                out.add(i == title ? b : Block.dropped(b.text(),
                        NoiseRules.reasonFor(b.text()).orElse("page furniture around the article")));
            } else if (b.kind() == Block.Kind.HEADING && page.get(i).inCard() && i != title) {
                out.add(Block.dropped(b.text(), "teaser"));
            } else if (b.kind() != Block.Kind.HEADING && linkShare(page.get(i)) > MOSTLY_LINKS
                    && (words(b.text()) > SHORT || b.kind() == Block.Kind.ITEM)) {
                out.add(Block.dropped(b.text(), "navigation links"));
            } else {
                out.add(b);
            }
        }
        return new Selection(out, title);
    }

    /**
     * Whether the heading at {@code i}, a link to another page, is followed by a full paragraph of its own (more than
     * a teaser's blurb of {@value #BLURB} words): a newsletter or a link roundup comments on each link it heads, and
     * that commentary is the text, while a teaser's blurb is one sentence.
     */
    private static boolean commentary(List<Scored> page, int i) {
        for (int j = i + 1; j < page.size(); j++) {
            Block b = page.get(j).block();
            if (b.kind() != Block.Kind.DROPPED) {
                return b.kind() == Block.Kind.PARAGRAPH && words(b.text()) > BLURB && LineShape.isProse(b.text())
                        && linkShare(page.get(j)) <= MOSTLY_LINKS;
            }
        }
        return false;
    }

    /**
     * A converter that meets a link wrapping whole blocks (a card: picture, headline, teaser) writes a lone
     * {@code [} before them and {@code ](url)} after them, which CommonMark cannot join. Everything between is link
     * text, and the two halves of the syntax are dropped.
     */
    static List<Scored> joinCards(List<Scored> page) {
        List<Scored> out = new ArrayList<>(page);
        int open = -1;
        for (int i = 0; i < out.size(); i++) {
            String text = out.get(i).block().text().strip();
            if (out.get(i).block().kind() == Block.Kind.DROPPED) {
                continue;
            }
            if (text.equals("[")) {
                open = i;
            } else if (CARD_END.matcher(text).matches()) {
                int from = open >= 0 && i - open <= CARD_BLOCKS ? open : i;
                if (from == i) {
                    out.set(i, new Scored(Block.dropped(text, "link syntax"), 0));
                    continue;
                }
                for (int j = from; j <= i; j++) {
                    Block b = out.get(j).block();
                    out.set(j, j == from || j == i ? new Scored(Block.dropped(b.text(), "link syntax"), 0)
                            : new Scored(b, words(b.text()), false, true, true));
                }
                open = -1;
            }
        }
        return out;
    }

    /**
     * The article ends with a full paragraph (20 words or more), as {@link MainText} has it for text: when only short
     * paragraphs follow the last full one, and three blocks or more that are not sentences (headings, links, share
     * rows, counts) stand between, those short paragraphs are a box of the page (a sign-up prompt, a dialog) and the run ends before
     * them.
     */
    private static int trimTail(List<Scored> page, double[] score, int start, int end) {
        int gap = 0;
        boolean shortText = false;
        for (int i = end; i >= start; i--) {
            Block b = page.get(i).block();
            boolean text = (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.ITEM) && score[i] > 0
                    && (LineShape.isProse(b.text()) || LineShape.isShortSentence(b.text()));
            if (b.kind() == Block.Kind.CAPTION) {
                continue;
            }
            if (text && words(b.text()) >= LineShape.FULL_PARAGRAPH_WORDS) {
                return shortText && gap >= LineShape.TAIL_BOX_GAP ? i : end;
            }
            if (text) {
                if (gap >= LineShape.TAIL_BOX_GAP) {
                    return end;
                }
                shortText = true;
            } else if (shortText) {
                gap++;
            }
        }
        return end;
    }

    /**
     * A button that shows readers' comments ("Show comments", "View all 12 comments") ends the run once half of its
     * text, or a full article's worth, lies above it, as a comment heading ends the text in {@link MainText}: the
     * comments it would load are not in the dump, and what follows is the comment widget's chrome (badges, policies,
     * report buttons), whose short sentences would otherwise join the article. Higher up it sits under the title. A
     * box the page prints above the article and again below it (two short blocks in a row that are not sentences,
     * such as a "Share this article" label over its row of networks) brackets the article the same way: once half of
     * the run's text lies above it, its second copy ends the run, so a next story that the page runs on below does
     * not join the article.
     */
    private static int endAtComments(List<Scored> page, double[] score, int start, int end) {
        double total = 0;
        for (int i = start; i <= end; i++) {
            total += Math.max(0, score[i]);
        }
        double seen = 0;
        for (int i = start; i <= end; i++) {
            Block b = page.get(i).block();
            if (b.kind() != Block.Kind.DROPPED && i > start && ((seen * 2 >= total || seen >= MainText.LONG_ARTICLE)
                    && MainText.COMMENTS_BUTTON.matcher(b.text().strip()).find()
                    || seen * 2 >= total && repeatsABoxAbove(page, start, i))) {
                return i - 1;
            }
            seen += Math.max(0, score[i]);
        }
        return end;
    }

    /**
     * Whether the block at {@code at} and the next one are two short blocks that are not sentences and that the page
     * also printed, one right after the other, above the article's first paragraph of prose.
     */
    private static boolean repeatsABoxAbove(List<Scored> page, int start, int at) {
        int next = nextShown(page, at);
        if (next < 0 || !boxLine(page.get(at).block()) || !boxLine(page.get(next).block())) {
            return false;
        }
        String first = page.get(at).block().text().strip();
        String second = page.get(next).block().text().strip();
        int story = start;
        while (story < at && !(page.get(story).block().kind() == Block.Kind.PARAGRAPH
                && LineShape.isProse(page.get(story).block().text()))) {
            story++;
        }
        for (int i = 0; i < story; i++) {
            if (page.get(i).block().text().strip().equals(first)) {
                int after = nextShown(page, i);
                if (after >= 0 && after < story && page.get(after).block().text().strip().equals(second)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean boxLine(Block b) {
        String text = b.text().strip();
        return b.kind() != Block.Kind.DROPPED && !text.isEmpty() && words(text) <= LABEL_WORDS
                && !LineShape.isProse(text) && !LineShape.isShortSentence(text);
    }

    /** The next block after {@code at} that is not a piece of link syntax the converter left. */
    private static int nextShown(List<Scored> page, int at) {
        for (int i = at + 1; i < page.size(); i++) {
            Block b = page.get(i).block();
            if (!(b.kind() == Block.Kind.DROPPED && b.reason().equals("link syntax"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The article's paragraphs stand together; a box of teasers after it (videos, other stories) gives each blurb
     * (40 words at most) its own picture, link and label, and no heading. So when the run ends with blurbs that each
     * stand apart from the text before them by {@link LineShape#TAIL_BOX_GAP} blocks or more that are not text, two
     * of them or more without a heading in that gap (a section's short text sits under its heading), after a
     * paragraph that has text close above it, those blurbs are teasers and the run ends at that paragraph.
     */
    private static int trimTeasers(List<Scored> page, double[] score, int start, int end) {
        List<Integer> texts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        List<Boolean> headed = new ArrayList<>();
        int gap = 0;
        boolean heading = false;
        for (int i = start; i <= end; i++) {
            Block b = page.get(i).block();
            if (b.kind() == Block.Kind.CAPTION) {
                continue;
            }
            if (isText(b, score[i])) {
                texts.add(i);
                gaps.add(gap);
                headed.add(heading);
                gap = 0;
                heading = false;
            } else {
                gap++;
                heading |= b.kind() == Block.Kind.HEADING;
            }
        }
        int k = texts.size() - 1;
        int headless = 0;
        while (k > 0 && gaps.get(k) >= LineShape.TAIL_BOX_GAP
                && words(page.get(texts.get(k)).block().text()) <= BLURB) {
            headless += headed.get(k) ? 0 : 1;
            k--;
        }
        return headless >= 2 && k > 0 && gaps.get(k) < LineShape.TAIL_BOX_GAP ? texts.get(k) : end;
    }

    private static boolean isText(Block b, double score) {
        return (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.ITEM) && score > 0
                && (LineShape.isProse(b.text()) || LineShape.isShortSentence(b.text()));
    }

    /** Words for the article minus twice the link words; a line dropped as a menu counts against it. */
    private static double score(Scored s) {
        Block b = s.block();
        int words = words(b.text());
        if (b.kind() == Block.Kind.DROPPED) {
            return b.reason().equals("link list") || b.reason().equals("page control") ? -Math.max(1, words) : 0;
        }
        if (b.kind() == Block.Kind.HEADING) {
            return -LINK_WEIGHT * s.linkWords();
        }
        if (LineShape.isNameList(b.text())) {
            // A run of names without a sentence (a language picker, a tag cloud) is a menu whose links were lost.
            return -words;
        }
        return words - LINK_WEIGHT * s.linkWords();
    }

    static double linkShare(Scored s) {
        int words = words(s.block().text());
        return words == 0 ? 0 : s.linkWords() / (double) words;
    }

    /** Words as the eye counts them: each run of CJK characters (written without spaces) counts one per two. */
    static int words(String text) {
        return LineShape.words(text);
    }

    /** The maximum-sum contiguous run, {from, to}, or {-1, -1} when no block scores above zero. */
    private static int[] bestRun(double[] score) {
        double best = 0;
        double sum = 0;
        int start = 0;
        int[] run = {-1, -1};
        for (int i = 0; i < score.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += score[i];
            if (sum > best) {
                best = sum;
                run[0] = start;
                run[1] = i;
            }
        }
        return run;
    }

    private static double sum(double[] score, int from, int to) {
        double total = 0;
        for (int i = from; i <= to; i++) {
            total += score[i];
        }
        return total;
    }

    /** Where the run that starts at {@code from} has its best total. */
    private static int bestEndFrom(double[] score, int from) {
        double total = 0;
        double best = 0;
        int end = -1;
        for (int i = from; i < score.length; i++) {
            total += score[i];
            if (total <= 0 && best > 0) {
                // More navigation has followed than the text held: the article is over.
                break;
            }
            if (total > best) {
                best = total;
                end = i;
            }
        }
        return end;
    }

    private static int firstText(double[] score) {
        return firstText(score, 0);
    }

    private static int firstText(double[] score, int from) {
        for (int i = from; i < score.length; i++) {
            if (score[i] > 0) {
                return i;
            }
        }
        return score.length;
    }

    private static int title(List<Scored> page, double[] score, int start, int end, boolean webPage) {
        int h1 = webPage ? levelOneTitle(page, score, start, end) : -1;
        if (h1 >= 0) {
            return h1;
        }
        for (int i = Math.min(start, page.size()) - 1; i >= 0; i--) {
            Block b = page.get(i).block();
            if (b.kind() != Block.Kind.HEADING || !canBeTitle(page.get(i))) {
                continue;
            }
            if (b.level() > 1 && !(webPage && furnitureAbove(score, i))) {
                continue;
            }
            int above = headingRightAbove(page, score, i);
            if (above >= 0 && page.get(above).block().kind() == Block.Kind.HEADING
                    && page.get(above).block().level() < b.level() && canBeTitle(page.get(above))) {
                return above;
            }
            return i;
        }
        // A file whose only level-1 heading stands under a line or two (a photo credit, a note) is named by it.
        return page.stream().filter(MarkdownContent::isLevelOne).count() == 1 ? levelOneTitle(page, score, start, end)
                : -1;
    }

    /**
     * On a web page the title is a level-1 heading: the nearest above the article's text, or one inside it that
     * still has most of the text below it (the run began with teasers above the headline).
     */
    private static int levelOneTitle(List<Scored> page, double[] score, int start, int end) {
        for (int i = start - 1; i >= 0; i--) {
            if (isLevelOne(page.get(i))) {
                return i;
            }
        }
        double before = 0;
        double after = 0;
        for (int i = start; i <= end; i++) {
            after += Math.max(0, score[i]);
        }
        for (int i = start; i <= end; i++) {
            if (isLevelOne(page.get(i)) && before < after) {
                return i;
            }
            before += Math.max(0, score[i]);
            after -= Math.max(0, score[i]);
        }
        return -1;
    }

    private static boolean isLevelOne(Scored s) {
        return s.block().kind() == Block.Kind.HEADING && s.block().level() == 1 && canBeTitle(s);
    }

    private static boolean furnitureAbove(double[] score, int i) {
        for (int j = 0; j < i; j++) {
            if (score[j] < 0) {
                return true;
            }
        }
        return false;
    }

    /** The block above {@code i}, passing over only dropped lines that are not navigation (an image's alt text). */
    private static int headingRightAbove(List<Scored> page, double[] score, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (page.get(j).block().kind() != Block.Kind.DROPPED || score[j] < 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Runs of at least {@link #LABEL_RUN} paragraphs or items in a row, each of at most {@link #LABEL_WORDS} words and
     * none a sentence ("Georgia", "Arial Black", "75% (transparency)"), and most without a digit: a menu or a player's
     * settings whose links the converter lost. An article's lists are shorter, or their items are sentences, and the
     * cells of a table of figures hold numbers.
     */
    private static boolean[] runsOfLabels(List<Scored> page) {
        boolean[] labels = new boolean[page.size()];
        int start = -1;
        int count = 0;
        int numbers = 0;
        for (int i = 0; i <= page.size(); i++) {
            Block b = i < page.size() ? page.get(i).block() : null;
            if (b != null && b.kind() == Block.Kind.DROPPED) {
                continue;
            }
            boolean label = b != null && (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.ITEM)
                    && words(b.text()) <= LABEL_WORDS && !LineShape.isProse(b.text())
                    && !LineShape.isShortSentence(b.text());
            if (label) {
                start = count == 0 ? i : start;
                count++;
                numbers += DIGIT.matcher(b.text()).find() ? 1 : 0;
                continue;
            }
            if (count >= LABEL_RUN && numbers <= NUMBER_SHARE * count) {
                for (int j = start; j < i; j++) {
                    labels[j] = page.get(j).block().kind() != Block.Kind.DROPPED;
                }
            }
            count = 0;
            numbers = 0;
        }
        return labels;
    }

    private static boolean isSlide(String heading) {
        var m = SLIDE.matcher(heading.strip());
        return m.lookingAt() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
    }

    static boolean isDate(String text) {
        return words(text) <= 6 && DATE.matcher(text).find();
    }

    private static boolean canBeTitle(Scored s) {
        String text = s.block().text();
        boolean date = words(text) <= 6 && DATE.matcher(text).find();
        return !s.homeLink() && !text.isBlank() && !date && NoiseRules.reasonFor(text).isEmpty();
    }
}
