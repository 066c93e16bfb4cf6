package org.lectern.content.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.lectern.content.Article;

/**
 * What the article holds, indexed once per run: its sentences, the typed candidates of each, every name per fine type
 * (the first place distractors come from), the abbreviations it defines and the year it was written.
 */
final class Facts {

    /** One distinct value of a fine type, as first written in the article. */
    record Entry(String text, AnswerType type, int count, boolean definite, int first) {
    }

    final Article article;
    final List<Sentence> sentences;
    final List<List<Candidate>> candidates;
    final List<Acronym> acronyms;
    final int articleYear;
    final List<String> normalisedSentences;
    private final Map<AnswerType, Map<String, Entry>> pool = new LinkedHashMap<>();
    private final Map<String, Integer> lemmaCounts = new HashMap<>();

    Facts(Article article, List<Sentence> sentences, CandidateFinder finder, int articleYear) {
        this.article = article;
        this.sentences = List.copyOf(sentences);
        this.articleYear = articleYear;
        List<List<Candidate>> found = new ArrayList<>();
        for (Sentence s : sentences) {
            found.add(finder.find(s));
            s.tokens().forEach(t -> lemmaCounts.merge(t.lemma().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum));
        }
        if (finder.learnt()) {
            // Names typed by the lists they stand in are typed in every sentence, before the list too.
            found.clear();
            sentences.forEach(s -> found.add(finder.find(s)));
        }
        this.acronyms = Acronyms.find(sentences);
        acronyms.forEach(a -> acronymLetters.add(a.letters()));
        article.lessons().forEach(l -> headingWords.addAll(Text.contentWords(l.title())));
        headingWords.addAll(Text.contentWords(article.title()));
        compounds(sentences);
        Map<Boolean, java.util.Set<String>> termKeys = termKeys(found);
        List<List<Candidate>> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            List<Candidate> facts = new ArrayList<>(found.get(i).stream()
                    .filter(c -> c.type() != AnswerType.TERM || isKeyTerm(c))
                    .filter(c -> c.type() != AnswerType.DEFINED || hasAlternatives(c, termKeys)).toList());
            facts.addAll(abbreviations(sentences.get(i)));
            facts.sort((a, b) -> Integer.compare(a.start(), b.start()));
            facts.forEach(this::remember);
            kept.add(List.copyOf(facts));
        }
        this.candidates = List.copyOf(kept);
        // Every defined abbreviation can stand in for another, even those only written in their brackets.
        for (Acronym a : acronyms) {
            pool.computeIfAbsent(AnswerType.ABBREVIATION, k -> new LinkedHashMap<>()).putIfAbsent(
                    Text.normalise(a.letters()), new Entry(a.letters(), AnswerType.ABBREVIATION, 1, false,
                            a.sentence().index()));
        }
        for (Acronym a : acronyms) {
            pool.computeIfAbsent(AnswerType.ORGANISATION, k -> new LinkedHashMap<>())
                    .putIfAbsent(Text.normalise(a.expansion()), new Entry(a.expansion(), AnswerType.ORGANISATION, 1,
                            true, a.sentence().index()));
        }
        this.normalisedSentences = sentences.stream().map(s -> Text.normalise(s.text())).toList();
        List<List<Sentence>> lessons = new ArrayList<>();
        for (int l = 0; l < article.lessons().size(); l++) {
            lessons.add(new ArrayList<>());
        }
        for (Sentence s : this.sentences) {
            lessons.get(s.lesson()).add(s);
        }
        this.byLesson = lessons.stream().map(List::copyOf).toList();
        pool.forEach((type, entries) -> {
            List<Entry> sorted = new ArrayList<>(entries.values());
            sorted.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count())
                    : Integer.compare(a.first(), b.first()));
            sortedPool.put(type, List.copyOf(sorted));
            java.util.Set<String> texts = new java.util.HashSet<>();
            Map<String, Entry> normalised = new HashMap<>();
            sorted.forEach(e -> {
                texts.add(e.text());
                normalised.putIfAbsent(Text.normalise(e.text()), e);
            });
            poolTexts.put(type, texts);
            byNormalisedText.put(type, normalised);
        });
    }

    // Built once the pools are complete: every look-up below is by key, so no step scans the whole article per fact.
    private final Map<AnswerType, List<Entry>> sortedPool = new java.util.EnumMap<>(AnswerType.class);
    private final Map<AnswerType, java.util.Set<String>> poolTexts = new java.util.EnumMap<>(AnswerType.class);
    private final Map<AnswerType, Map<String, Entry>> byNormalisedText = new java.util.EnumMap<>(AnswerType.class);
    private final java.util.Set<String> acronymLetters = new java.util.HashSet<>();
    private final java.util.Set<String> headingWords = new java.util.HashSet<>();
    private final List<List<Sentence>> byLesson;

    /** Abbreviations the article defines, where they stand on their own rather than in their definition's brackets. */
    private List<Candidate> abbreviations(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            boolean defined = acronymLetters.contains(t.text());
            boolean bracketed = t.start() > 0 && s.text().charAt(t.start() - 1) == '(';
            if (defined && !bracketed && !CandidateFinder.glued(s.text(), t.start(), t.end())) {
                out.add(new Candidate(s, t.start(), t.end(), t.text(), AnswerType.ABBREVIATION, false));
            }
        }
        return out;
    }

    /**
     * A named term is a fact to ask about only when the article names three other terms of the same number: its
     * options are the article's own terms, and a term with no alternatives makes no fair question.
     */
    private boolean hasAlternatives(Candidate c, Map<Boolean, java.util.Set<String>> termKeys) {
        java.util.Set<String> same = termKeys.get(Distractors.plural(c.text()));
        return same.size() - (same.contains(c.key()) ? 1 : 0) >= 3;
    }

    /** The distinct keys of named and key terms and of compounds, split by whether they read as plural. */
    private Map<Boolean, java.util.Set<String>> termKeys(List<List<Candidate>> found) {
        Map<Boolean, java.util.Set<String>> out = Map.of(true, new java.util.HashSet<>(), false,
                new java.util.HashSet<>());
        java.util.stream.Stream<String> keys = found.stream().flatMap(List::stream)
                .filter(o -> o.type() == AnswerType.DEFINED || o.type() == AnswerType.TERM && isKeyTerm(o))
                .map(Candidate::key);
        java.util.stream.Stream.concat(keys, compounds.keySet().stream())
                .forEach(k -> out.get(Distractors.plural(k)).add(k));
        return out;
    }

    // Compounds of two common nouns the article uses at least twice ("connection pool", "database server"), as first
    // written: the article's own technical vocabulary, options for the terms it names.
    private final Map<String, String> compounds = new LinkedHashMap<>();

    private void compounds(List<Sentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 1 < t.size(); i++) {
                // The last two nouns of a noun run: "database connection pool" counts as "connection pool".
                boolean head = i + 2 >= t.size() || !t.get(i + 2).tag().startsWith("NN");
                if (head && t.get(i).tag().startsWith("NN") && t.get(i + 1).tag().startsWith("NN")
                        && t.get(i).text().matches("[a-z]{3,}") && t.get(i + 1).text().matches("[a-z]{3,}")
                        // a modifier is an uninflected noun: "leaves room", "starting point" are verb forms
                        && t.get(i).lemma().equalsIgnoreCase(t.get(i).text())
                        && !t.get(i).text().endsWith("ing")
                        && !CandidateFinder.glued(s.text(), t.get(i).start(), t.get(i + 1).end())) {
                    String text = s.text().substring(t.get(i).start(), t.get(i + 1).end());
                    // Counted by the head's lemma, so "context switches" and "context switch" are one term.
                    String key = Text.normalise(t.get(i).text() + " " + t.get(i + 1).lemma());
                    counts.merge(key, 1, Integer::sum);
                    written.putIfAbsent(key, text);
                }
            }
        }
        written.forEach((key, text) -> {
            if (counts.get(key) >= 2) {
                compounds.put(key, text);
                pool.computeIfAbsent(AnswerType.DEFINED, k -> new LinkedHashMap<>()).putIfAbsent(key,
                        new Entry(text, AnswerType.DEFINED, counts.get(key), false, Integer.MAX_VALUE));
            }
        });
    }

    /** A term is key when the article comes back to it or a heading names it, not when it is said in passing. */
    private boolean isKeyTerm(Candidate c) {
        String lemma = c.key();
        return headingWords.contains(lemma) || lemmaCount(lemma) >= 2;
    }

    private void remember(Candidate c) {
        pool.computeIfAbsent(c.type(), k -> new LinkedHashMap<>()).merge(c.key(),
                new Entry(c.text(), c.type(), 1, c.definite(), c.sentence().index()),
                (a, b) -> new Entry(a.text(), a.type(), a.count() + 1, a.definite(), a.first()));
    }

    /** Values of a fine type in the article, most mentioned first, then in reading order. */
    List<Entry> pool(AnswerType type) {
        return sortedPool.getOrDefault(type, List.of());
    }

    /** The most mentioned entry of a fine type written as this normalised text, if the article has one. */
    java.util.Optional<Entry> entry(AnswerType type, String normalisedText) {
        return java.util.Optional.ofNullable(byNormalisedText.getOrDefault(type, Map.of()).get(normalisedText));
    }

    /** Whether the article writes this value of the type exactly so. */
    boolean hasText(AnswerType type, String text) {
        return poolTexts.getOrDefault(type, java.util.Set.of()).contains(text);
    }

    /** Every name the article mentions, normalised, in first-mention order. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        pool.forEach((type, entries) -> {
            if (!type.numeric && type != AnswerType.TERM && type != AnswerType.DEFINED && type != AnswerType.CENTURY) {
                entries.keySet().forEach(out::add);
            }
        });
        return out;
    }

    int lemmaCount(String lemma) {
        return lemmaCounts.getOrDefault(lemma, 0);
    }

    List<Sentence> lesson(int lesson) {
        return byLesson.get(lesson);
    }

    /** The latest year the article mentions anywhere, taken as the year it was written. */
    static int latestYear(Article article) {
        StringBuilder all = new StringBuilder(article.title()).append('\n').append(article.summary());
        article.lessons().forEach(s -> s.paragraphs().forEach(p -> all.append('\n').append(p)));
        article.endnotes().forEach(e -> all.append('\n').append(e.text()));
        int latest = 0;
        Matcher m = CandidateFinder.YEAR.matcher(all);
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest == 0 ? java.time.Year.now().getValue() : latest;
    }
}
