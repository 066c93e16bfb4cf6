package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
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

    public LintContext(int articleYear, List<String> sentences) {
        this.articleYear = articleYear;
        this.sentences = List.copyOf(sentences);
        this.normalised = this.sentences.stream().map(s -> " " + Text.normalise(s) + " ").toList();
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
            return normalised.stream().anyMatch(s -> s.contains(" " + o + " "));
        }
        int blank = stem.indexOf(Text.BLANK);
        if (blank >= 0) {
            List<String> left = Text.words(stem.substring(0, blank));
            List<String> right = Text.words(stem.substring(blank + Text.BLANK.length()));
            String window = String.join(" ", left.subList(Math.max(0, left.size() - 3), left.size())) + " " + option
                    + " " + String.join(" ", right.subList(0, Math.min(3, right.size())));
            String w = Text.normalise(window);
            return normalised.stream().anyMatch(s -> s.contains(w));
        }
        List<String> stemWords = frameless(stem);
        for (int i = 0; i < sentences.size(); i++) {
            if (!normalised.get(i).contains(" " + o + " ")) {
                continue;
            }
            List<String> words = Text.contentWords(sentences.get(i));
            long shared = stemWords.stream().filter(words::contains).count();
            if (!stemWords.isEmpty() && shared * 4 >= stemWords.size() * 3L) {
                return true;
            }
        }
        return false;
    }

    /** The stem's content words without the fixed words of the question frame. */
    static List<String> frameless(String stem) {
        return Text.contentWords(stem).stream().filter(w -> !FRAME.contains(w)).toList();
    }
}
