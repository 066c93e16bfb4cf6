package org.lectern.content.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lectern.content.Article;

/**
 * What the lint needs to know about the article a question belongs to: the year it was written (no year option may
 * lie after it) and every sentence of its lessons (to tell whether a distractor is in fact stated there).
 */
public final class LintContext {

    // Words of the fixed question frames; sharing them with an option gives nothing away.
    private static final Set<String> FRAME = Set.of("statement", "true", "event", "events", "happened", "first",
            "stand", "abbreviation", "year", "country", "city", "region", "organisation", "organization", "body",
            "water", "share", "much", "according", "article");

    private final int articleYear;
    private final List<String> sentences;
    // Normalised once: the generator asks about thousands of options per article.
    private final List<String> normalised;
    private final boolean anyEmpty;
    // Inverted indexes, built once: which sentences hold a normalised word, a pair of adjacent normalised words, or a
    // content word. A question about one option then reads only the few sentences that can state it, not all of them.
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<Long, IntList> pairs = new HashMap<>();
    private final Map<String, IntList> words = new HashMap<>();
    private final Map<String, IntList> contentWords = new HashMap<>();
    private final List<List<String>> sentenceContent;

    public LintContext(int articleYear, List<String> sentences) {
        this.articleYear = articleYear;
        this.sentences = List.copyOf(sentences);
        this.normalised = this.sentences.stream().map(s -> " " + Text.normalise(s) + " ").toList();
        this.anyEmpty = normalised.stream().anyMatch(String::isBlank);
        List<List<String>> content = new ArrayList<>();
        for (int i = 0; i < normalised.size(); i++) {
            String n = normalised.get(i).strip();
            if (!n.isEmpty()) {
                String[] tokens = n.split(" ");
                int previous = -1;
                for (String token : tokens) {
                    int id = wordIds.computeIfAbsent(token, k -> wordIds.size());
                    words.computeIfAbsent(token, k -> new IntList()).addOnce(i);
                    if (previous >= 0) {
                        pairs.computeIfAbsent(pair(previous, id), k -> new IntList()).addOnce(i);
                    }
                    previous = id;
                }
            }
            List<String> c = Text.contentWords(this.sentences.get(i));
            content.add(c);
            for (String w : c) {
                contentWords.computeIfAbsent(w, k -> new IntList()).addOnce(i);
            }
        }
        this.sentenceContent = content;
    }

    public int articleYear() {
        return articleYear;
    }

    public List<String> sentences() {
        return sentences;
    }

    /** Context for an article: its sentences and, unless given, the latest year it mentions. */
    public static LintContext forArticle(Article article) {
        return forArticle(article, Facts.latestYear(article));
    }

    public static LintContext forArticle(Article article, int articleYear) {
        Nlp nlp = new Nlp();
        List<String> out = new ArrayList<>();
        article.lessons().forEach(s -> s.paragraphs().forEach(p -> {
            for (var span : nlp.sentences(p)) {
                out.add(p.substring(span.getStart(), span.getEnd()));
            }
        }));
        return new LintContext(articleYear, out);
    }

    /** The latest year an article mentions anywhere (text, summary, notes), taken as the year it was written. */
    public static int latestYear(Article article) {
        return Facts.latestYear(article);
    }

    /** Whether the article states this option as the answer to the stem (so it is no distractor). */
    boolean states(String stem, String option, QuestionKind kind) {
        String o = Text.normalise(option);
        if (kind == QuestionKind.CHRONOLOGY) {
            return false; // every event is stated; which came first is the question, and years keep them apart
        }
        if (kind == QuestionKind.TRUE_STATEMENT) {
            return containsWords(o);
        }
        int blank = stem.indexOf(Text.BLANK);
        if (blank >= 0) {
            List<String> left = Text.words(stem.substring(0, blank));
            List<String> right = Text.words(stem.substring(blank + Text.BLANK.length()));
            String window = String.join(" ", left.subList(Math.max(0, left.size() - 3), left.size())) + " " + option
                    + " " + String.join(" ", right.subList(0, Math.min(3, right.size())));
            return containsText(Text.normalise(window));
        }
        List<String> stemWords = frameless(stem);
        if (stemWords.isEmpty()) {
            return false;
        }
        // At least three quarters of the stem's words must be in the sentence, so at least one of the rarest quarter
        // (plus one) is: the sentences holding those, or those holding the option, whichever are fewer, are read.
        int allowedMissing = stemWords.size() - (stemWords.size() * 3 + 3) / 4;
        IntList rare = union(stemWords.stream().map(w -> contentWords.getOrDefault(w, IntList.EMPTY))
                .sorted(java.util.Comparator.comparingInt(IntList::size)).limit(allowedMissing + 1L).toList());
        IntList holding = o.isEmpty() ? null : phraseCandidates(o.split(" "));
        IntList read = holding == null || rare.size() < holding.size() ? rare : holding;
        for (int k = 0; k < read.size(); k++) {
            int i = read.get(k);
            if (!normalised.get(i).contains(" " + o + " ")) {
                continue;
            }
            List<String> words = sentenceContent.get(i);
            long shared = stemWords.stream().filter(words::contains).count();
            if (shared * 4 >= stemWords.size() * 3L) {
                return true;
            }
        }
        return false;
    }

    /** Whether some sentence holds the normalised words in this order, as whole words. */
    private boolean containsWords(String phrase) {
        if (phrase.isEmpty()) {
            return anyEmpty;
        }
        IntList candidates = phraseCandidates(phrase.split(" "));
        String needle = " " + phrase + " ";
        for (int k = 0; k < candidates.size(); k++) {
            if (normalised.get(candidates.get(k)).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some sentence holds the normalised text anywhere, its first and last word possibly inside longer ones. */
    private boolean containsText(String text) {
        String[] tokens = text.isEmpty() ? new String[0] : text.split(" ");
        if (tokens.length < 3) {
            return normalised.stream().anyMatch(s -> s.contains(text)); // too short to index: rare and cheap
        }
        IntList candidates = phraseCandidates(java.util.Arrays.copyOfRange(tokens, 1, tokens.length - 1));
        for (int k = 0; k < candidates.size(); k++) {
            if (normalised.get(candidates.get(k)).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The sentences that hold every adjacent pair of these whole words (every word, for one): a superset to check. */
    private IntList phraseCandidates(String[] tokens) {
        if (tokens.length == 1) {
            return words.getOrDefault(tokens[0], IntList.EMPTY);
        }
        IntList best = null;
        for (int k = 0; k + 1 < tokens.length; k++) {
            Integer a = wordIds.get(tokens[k]);
            Integer b = wordIds.get(tokens[k + 1]);
            IntList p = a == null || b == null ? null : pairs.get(pair(a, b));
            if (p == null) {
                return IntList.EMPTY; // a pair no sentence has: nothing can hold the phrase
            }
            if (best == null || p.size() < best.size()) {
                best = p;
            }
        }
        return best;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static IntList union(List<IntList> lists) {
        if (lists.size() == 1) {
            return lists.get(0);
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        lists.forEach(l -> {
            for (int k = 0; k < l.size(); k++) {
                all.add(l.get(k));
            }
        });
        IntList out = new IntList();
        all.forEach(out::addOnce);
        return out;
    }

    /** A growing list of ascending sentence indices. */
    private static final class IntList {
        static final IntList EMPTY = new IntList();
        private int[] values = new int[2];
        private int size;

        void addOnce(int v) {
            if (size > 0 && values[size - 1] == v) {
                return;
            }
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int k) {
            return values[k];
        }

        int size() {
            return size;
        }
    }

    /** The stem's content words without the fixed words of the question frame. */
    static List<String> frameless(String stem) {
        return Text.contentWords(stem).stream().filter(w -> !FRAME.contains(w)).toList();
    }
}
