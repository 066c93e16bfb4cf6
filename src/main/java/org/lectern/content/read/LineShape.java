package org.lectern.content.read;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of a line, which is all the plain-text layout has to go on.
 *
 * <ul>
 *   <li><b>Prose</b>: a sentence or more, recognised by its end (terminal punctuation, possibly followed by closing
 *   quotes or a citation marker) and enough words; a very long line counts even without a final stop, since web pages
 *   lose punctuation; bullet items count as prose because they belong to the body, except a short numbered line,
 *   which may be a numbered heading.
 *   A Title Case line that ends in a question or exclamation mark is not prose but a heading ("Why Do Bees Dance
 *   at All?"). Chinese, Japanese or Korean text of at least ten characters with a full stop of those scripts,
 *   or forty without one, is prose too, whatever its word count: those scripts put no spaces between words.</li>
 *   <li><b>Title-like</b>: short (at most 14 words), starts with a capital letter or a section number, does not end
 *   in a full stop, comma, semicolon or colon (a colon is allowed after a short Title Case label such as
 *   "Background:"), holds no web address. Headings, captions and titles share this shape;
 *   position decides between them.</li>
 *   <li><b>Code</b>: ends with a brace or semicolon, opens with a closing brace or a comment, or holds an assignment,
 *   an empty call or a markup tag; menus, share rows and headlines never do.</li>
 *   <li><b>A run of names</b>: twenty words or more with no sentence in them, nearly every word outside brackets
 *   capitalised (a language picker, a list of countries or tags copied without its links). It is a menu, never
 *   prose, however long.</li>
 *   <li>Anything else (lower-case fragments, lone symbols, "+ posts") is a stray line.</li>
 * </ul>
 */
final class LineShape {

    private static final Pattern PROSE_END = Pattern.compile(
            "[.!?…:;。！？؟।][\"”’')\\]」』）]*(\\d{1,3}([,–-]\\d{1,3})*|\\[\\d{1,3}]|\\^\\d{1,3}|[¹²³⁰-⁹]+|\uE000\\d+\uE001)?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*•·–]|\\d{1,2}[.)])\\s+\\S");
    /** A bullet typed by hand before a list item: the marks authors type, a plus sign among them. */
    private static final Pattern TYPED_MARK = Pattern.compile("^\\s*([-+*•·–])\\s+\\S");
    private static final Pattern NUMBER_TOKEN = Pattern.compile("(^|\\s)[\\d,.]*\\d(\\s|$)");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(^|\\s)\\p{Ll}+(\\s|[,.;:!?]|$)");
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*\\)");
    private static final Pattern SENTENCE_STOP = Pattern.compile("\\p{L}{2}[.!?][\"”’)]?(\\s|$)");
    /** The end of a sentence inside a line: a lower-case word, a stop, and a capitalised word after it. */
    private static final Pattern SENTENCE_INSIDE =
            Pattern.compile("\\p{Ll}{2}[.!?][\"”’)]?\\s+[\"“‘(]?\\p{Lu}\\p{Ll}");
    /** A run of names holds at least this many words; a headline or a heading holds fewer. */
    private static final int NAME_LIST_WORDS = 20;
    /** A separator between links: a bar, a bullet, a dot or a chevron standing alone between spaces. */
    private static final Pattern LINK_SEPARATOR = Pattern.compile("\\s+[|▪•·»›◦‣]\\s+");
    private static final int LINK_ROW_ITEMS = 4;
    private static final int LINK_ROW_WORDS = 4;
    private static final int INDEX_LETTERS = 10;
    /**
     * The article's end, in text and in Markdown alike: its last paragraph is a full one, of at least this many words.
     * Short paragraphs after it, set apart by {@link #TAIL_BOX_GAP} or more lines or blocks that are not text, are a
     * box of the page (a sign-up dialog, a newsletter prompt), not the article's end.
     */
    static final int FULL_PARAGRAPH_WORDS = 20;
    /** How many lines or blocks that are not text set a box of short paragraphs apart from the article's end. */
    static final int TAIL_BOX_GAP = 3;
    private static final Pattern CJK_STOP = Pattern.compile("[。！？]");
    private static final Pattern URL = Pattern.compile("https?://|www\\.");
    /** A line of program code: it ends with a brace or semicolon, opens with a closing brace or a comment, or holds
     * an assignment, a call with no arguments or a markup tag, shapes that menus, share rows and headlines never have. */
    private static final Pattern CODE = Pattern.compile(
            "[{};]\\s*$|^\\s*(}|//|/\\*|#include\\b)|\\S\\s?(=|===|==|=>|\\+=)\\s?\\S|\\w\\(\\)|</?[a-z][a-z0-9]*(\\s[^>]*)?>");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.)\\s+\\S");
    private static final Pattern FIGURE = Pattern.compile(
            "^(figure|fig\\.|table|chart|graph|map|diagram|exhibit|photo|image|illustration|source|credit)"
                    + "\\s*(\\d+[a-z]?)?\\s*[.:–—|]\\s*\\S.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile(
            "[.!?]\\s+(photo|photograph|image|picture|illustration|credit|source)s?\\s*:\\s*[^.!?]{1,80}$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> GENERIC_SECTIONS = Set.of("introduction", "conclusion", "conclusions",
            "background", "summary", "overview", "discussion", "methods", "methodology", "results", "abstract",
            "preface", "epilogue", "prologue", "acknowledgements", "acknowledgments", "appendix", "analysis",
            "findings", "recommendations", "limitations", "outlook", "context", "takeaways", "key takeaways",
            "final thoughts", "concluding remarks", "further work", "future work", "related work", "motivation",
            "materials and methods", "results and discussion", "the problem", "the solution", "next steps",
            "lessons learned", "wrap-up", "in summary", "in conclusion", "closing thoughts", "history", "definition");

    /** Short words that do not make a line Title Case or sentence case, and say nothing about its topic. */
    static final Set<String> STOPWORDS = Set.of("with", "from", "into", "over", "that", "this", "than",
            "upon", "their", "about", "what", "when", "where", "which", "while", "your", "they", "them", "have",
            "does", "will", "were", "been", "also", "more", "most", "some", "such", "only", "after", "before");

    private LineShape() {
    }

    /** Whitespace-separated words, counted without a regex: every stage asks this of every line. */
    /**
     * Words as spaces separate them; in scripts written without spaces (Chinese, Japanese, Thai) every two letters
     * count as one word, about the length of a word there, so their paragraphs weigh like others.
     */
    public static int words(String line) {
        int count = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (unspacedScript(c)) {
                unspaced++;
                inWord = false;
                continue;
            }
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count + (unspaced + 1) / 2;
    }

    private static boolean unspacedScript(char c) {
        var script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** True when most letters belong to scripts without capitals (CJK, Arabic, Hebrew, Devanagari, Thai). */
    static boolean caseless(String line) {
        int letters = 0;
        int uncased = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                uncased += Character.isUpperCase(c) || Character.isLowerCase(c) ? 0 : 1;
            }
        }
        return letters > 0 && uncased * 2 > letters;
    }

    private static boolean endsLikeSentence(String line) {
        return PROSE_END.matcher(line.substring(Math.max(0, line.length() - 40))).find();
    }

    /** Blank even when the only characters are no-break or zero-width spaces, which web pages are full of. */
    public static boolean isBlank(String line) {
        return line.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b'
                || c == '\ufeff' || c == '\u2007' || c == '\u202f');
    }

    /** See {@link #CODE}; prose that merely mentions code ("call fetch() first.") is told apart by its caller. */
    public static boolean isCode(String line) {
        return CODE.matcher(line).find();
    }

    public static boolean isBullet(String line) {
        return BULLET.matcher(line).find();
    }

    /**
     * The bullet an author typed before a line ("+ ", "- ", "* ", "• ", "– ", "· "), or "" when there is none. A
     * browser's innerText never prints the bullets of an HTML list, so a mark in copied text was typed by the author.
     */
    static String typedMark(String line) {
        var m = TYPED_MARK.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    /**
     * A line of running text: ten CJK characters with a full stop; a bulleted line of two words or more (unless it is
     * a numbered heading); 25 words or more; or six words or more with a lower-case word that end like a sentence or
     * open with a whole sentence (a paragraph whose last sentence the page cut short).
     */
    public static boolean isProse(String line) {
        int cjk = cjkCharacters(line);
        if (cjk >= 40 || cjk >= 10 && CJK_STOP.matcher(line).find()) {
            // Chinese, Japanese and Korean put no spaces between words: ten characters and a full stop are a sentence.
            return true;
        }
        int words = words(line);
        boolean titleLike = isTitleLike(line);
        if (isBullet(line) && words >= 2) {
            // "2. Methods" may be a numbered heading; only its neighbours can tell, so leave it to the layout.
            return !(titleLike && NUMBERED_HEADING.matcher(line.strip()).find());
        }
        if (words >= 25) {
            return true;
        }
        if (titleLike && isTitleCase(line) && !line.contains(". ")) {
            return false;
        }
        return words >= 6 && (endsLikeSentence(line) || opensWithSentence(line))
                && (hasLowerCaseWord(line) || caseless(line));
    }

    /**
     * A line that opens with a whole sentence of six words or more ("AI has not changed anything in security so far.
     * Deep fakes are still rare, ...") is prose even when the page cut its last sentence short.
     */
    private static boolean opensWithSentence(String line) {
        var m = SENTENCE_INSIDE.matcher(line);
        return m.find() && words(line.substring(0, m.start() + 1)) >= 6;
    }

    /**
     * A run of names with no sentence in it: at least 20 words, no full stop, and outside brackets nearly every word
     * capitalised ("Argentina (español) Australia (English) België (Nederlands) ..."). Menus, language pickers and tag
     * clouds copied without their links have this shape; prose, even German prose, has far more lower-case words.
     */
    public static boolean isNameList(String line) {
        if (words(line) < NAME_LIST_WORDS || SENTENCE_STOP.matcher(line).find()) {
            return false;
        }
        int cased = 0;
        int capitals = 0;
        for (String w : PARENTHESISED.matcher(line).replaceAll(" ").split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))
                    && (Character.isUpperCase(w.codePointAt(0)) || Character.isLowerCase(w.codePointAt(0)))) {
                cased++;
                capitals += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
            }
        }
        return cased >= NAME_LIST_WORDS / 2 && capitals >= 0.85 * cased;
    }

    /**
     * A row of links copied as one line: {@value #LINK_ROW_ITEMS} items or more, each of at most
     * {@value #LINK_ROW_WORDS} words on average, joined by a separator that stands alone between spaces ("Politics ▪
     * Sport ▪ Culture", "Terms | Privacy | Contact"), or an index of {@value #INDEX_LETTERS} single letters or more in
     * a row ("A B C D ..."). Footers and section menus have this shape; a sentence does not put a lone bar or bullet
     * between every few words.
     */
    public static boolean isLinkRow(String line) {
        String[] items = LINK_SEPARATOR.split(line.strip());
        if (items.length >= LINK_ROW_ITEMS) {
            int words = 0;
            for (String item : items) {
                words += words(item);
            }
            if (words <= LINK_ROW_WORDS * items.length) {
                return true;
            }
        }
        int letters = 0;
        for (String w : line.strip().split("\\s+")) {
            letters = w.length() == 1 && Character.isUpperCase(w.charAt(0)) ? letters + 1 : 0;
            if (letters >= INDEX_LETTERS) {
                return true;
            }
        }
        return false;
    }

    /** Three words or more, capitalised, ending like a sentence: body text when its neighbours say so. */
    public static boolean isShortSentence(String line) {
        String s = line.strip();
        return words(s) >= 3 && endsLikeSentence(s)
                && (Character.isUpperCase(s.charAt(0)) && hasLowerCaseWord(s) || caseless(s));
    }

    /** Headlines and headings stop at about this many words; an unpunctuated line beyond it is a sentence. */
    static final int HEADLINE_WORDS = 14;

    /**
     * A long sentence-case line without its full stop: a sentence that lost its stop (as list items and standfirsts
     * do when a page is copied), since headlines stop at about {@value #HEADLINE_WORDS} words.
     */
    static boolean lostItsStop(String line) {
        return words(line) > HEADLINE_WORDS && !isTitleCase(line);
    }

    public static boolean isTitleLike(String line) {
        String s = line.strip();
        int words = words(s);
        if (words == 0 || words > 14 || s.length() > 120 || URL.matcher(s).find()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' && !(words <= 6 && isTitleCase(s))) {
            return false;
        }
        char first = s.charAt(0);
        return Character.isUpperCase(first) || (Character.isDigit(first) && NUMBERED_HEADING.matcher(s).find())
                || (first == '“' || first == '"') && s.length() > 1 && Character.isUpperCase(s.charAt(1));
    }

    /**
     * "Figure 2: ...", "Table 1. ...", "Source: ...", or a line that ends with a credit ("... on Tuesday. Photo: Jane
     * Smith/Reuters"); the delimiter keeps "Figure 3 shows that ..." a sentence.
     */
    public static boolean isFigureCaption(String line) {
        int words = words(line);
        return words >= 2 && words <= 60 && (FIGURE.matcher(line.strip()).matches() || CREDIT.matcher(line).find());
    }

    public static boolean isGenericSection(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT).replaceFirst("^(\\d+(\\.\\d+)*\\.?|[ivx]+\\.)\\s+", "");
        return GENERIC_SECTIONS.contains(s.replaceAll("[:.]$", ""));
    }

    /** True when the line holds a bare number such as a year or a count, which banners carry and headings rarely do. */
    public static boolean hasNumberToken(String line) {
        return NUMBER_TOKEN.matcher(line.strip()).find()
                && !NUMBERED_HEADING.matcher(line.strip()).find();
    }

    /** Every content word capitalised: "Why Bees Dance at All?" but not "Russia's trade with China". */
    public static boolean isTitleCase(String line) {
        List<String> content = contentWords(line);
        return !content.isEmpty() && content.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    static List<String> contentWords(String line) {
        return Arrays.stream(line.split("[^\\p{L}'’-]+"))
                .filter(w -> w.length() >= 4 && !STOPWORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
    }

    /** Chinese, Japanese and Korean are written without spaces, so their sentences are counted in characters. */
    static int cjkCharacters(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(line.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasLowerCaseWord(String line) {
        return LOWER_CASE_WORD.matcher(line).find();
    }
}
