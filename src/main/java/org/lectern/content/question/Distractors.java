package org.lectern.content.question;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses three wrong options of the answer's fine type: names from the article first, then WordNet siblings; numbers
 * from the article in the same format first, then the answer's number changed in its own format.
 */
final class Distractors {

    private final Facts facts;
    private final Lexicon lexicon;

    // Per-article memos: the same names come up for many blanks. Looked up by key only, never iterated.
    private final java.util.Map<String, List<String>> siblingsByRelevance = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> relevance = new java.util.HashMap<>();
    private final List<String> names;

    Distractors(Facts facts, Lexicon lexicon) {
        this.facts = facts;
        this.lexicon = lexicon;
        this.names = facts.names();
    }

    /**
     * Wrong names for the blank, none related to the answer or mentioned in the stem, none the article states there.
     * At least one is as long as the answer when the pool allows, so that length does not point at the answer.
     */
    Optional<List<String>> forName(Candidate answer, String stem, Predicate<String> statedTrue) {
        if (answer.type() == AnswerType.TERM) {
            return forTerm(answer, stem, statedTrue);
        }
        List<String> pool = new ArrayList<>();
        for (Facts.Entry e : facts.pool(answer.type())) {
            if (e.definite() == answer.definite()) {
                pool.add(e.text());
            }
        }
        // Then WordNet siblings of the answer; when WordNet does not know it, siblings of the article's other
        // names of its type (an unknown minister borrows the statesmen around a known one).
        List<String> sources = new ArrayList<>(List.of(answer.text()));
        facts.pool(answer.type()).forEach(e -> sources.add(e.text()));
        for (String source : sources) {
            for (String s : relevantSiblings(source, 0)) {
                if (looksDefinite(s) == answer.definite() && lexicon.typeOf(s).orElse(null) == answer.type()
                        && !pool.contains(s)) {
                    pool.add(s);
                }
            }
            if (pool.size() >= 12) {
                break;
            }
        }
        List<String> chosen = new ArrayList<>();
        for (String option : pool) {
            if (chosen.size() == 8) {
                break;
            }
            if (fits(option, answer.text(), stem, chosen, statedTrue)) {
                chosen.add(option);
            }
        }
        if (chosen.size() < 3) {
            return Optional.empty();
        }
        List<String> three = new ArrayList<>(chosen.subList(0, 3));
        int answerLength = answer.text().length();
        if (three.stream().allMatch(o -> o.length() < answerLength)) {
            chosen.subList(3, chosen.size()).stream().filter(o -> o.length() >= answerLength).findFirst()
                    .ifPresent(longer -> three.set(2, longer));
        }
        return Optional.of(three);
    }

    /** Key terms of the same kind: the article's own first, then WordNet's co-hyponyms. */
    private Optional<List<String>> forTerm(Candidate answer, String stem, Predicate<String> statedTrue) {
        String kind = Words.INSTANCE.termClass(answer.key());
        List<String> pool = new ArrayList<>();
        facts.pool(AnswerType.TERM).stream().map(Facts.Entry::text)
                .filter(t -> Words.INSTANCE.termClass(t).equals(kind)).forEach(pool::add);
        pool.addAll(Words.INSTANCE.termSiblings(answer.key()));
        List<String> chosen = new ArrayList<>();
        for (String option : pool) {
            if (chosen.size() < 3 && fits(option, answer.text(), stem, chosen, statedTrue)
                    && Text.normalise(stem).split(" ").length > 0 && !Text.contentWords(stem).contains(option)) {
                chosen.add(option);
            }
        }
        return chosen.size() == 3 ? Optional.of(chosen) : Optional.empty();
    }

    /**
     * WordNet siblings, those whose gloss names what the article names first ("Astana: capital of
     * Kazakhstan" before "Tegucigalpa: capital of Honduras" in an article on Central Asia), then in WordNet's order.
     */
    private List<String> relevantSiblings(String answer, int minRelevance) {
        List<String> sorted = siblingsByRelevance.computeIfAbsent(answer, a -> {
            List<String> siblings = new ArrayList<>(lexicon.siblings(a));
            siblings.sort((x, y) -> Integer.compare(relevance(y), relevance(x)));
            return siblings;
        });
        return sorted.stream().filter(s -> relevance(s) >= minRelevance).toList();
    }

    private int relevance(String sibling) {
        return relevance.computeIfAbsent(sibling, s -> {
            String gloss = " " + Text.normalise(lexicon.gloss(s)) + " ";
            int r = 0;
            for (String name : names) {
                if (name.length() >= 5 && gloss.contains(" " + name + " ")) {
                    r++;
                }
            }
            return r;
        });
    }

    private boolean fits(String option, String answer, String stem, List<String> chosen, Predicate<String> statedTrue) {
        return !Related.related(option, answer, lexicon) && !Related.mentions(stem, option, lexicon)
                && chosen.stream().noneMatch(c -> Related.related(c, option, lexicon)) && !statedTrue.test(option);
    }

    // Head nouns after which English names take "the" (the Persian Gulf, the Czech Republic; but Baffin Bay).
    private static final java.util.Set<String> DEFINITE_HEADS = java.util.Set.of("republic", "kingdom", "emirates",
            "states", "islands", "federation", "union", "sea", "gulf", "strait", "ocean", "channel", "river",
            "mountains", "desert", "peninsula", "organization", "organisation", "nations", "community");

    /** Names that need "the" in running text: "Persian Gulf", "United Arab Emirates", "Strait of Malacca". */
    private static boolean looksDefinite(String name) {
        List<String> words = Text.words(name);
        if (words.size() < 2) {
            return false;
        }
        String last = words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT);
        String first = words.get(0).toLowerCase(java.util.Locale.ROOT);
        return name.contains(" of ") || DEFINITE_HEADS.contains(last) || DEFINITE_HEADS.contains(first)
                || first.equals("united");
    }

    /**
     * Three numbers in the answer's format, chosen so that the answer lands at {@code target} once the options are in
     * ascending order (or as near as the numbers allow). Years never pass the article's date.
     */
    Optional<List<String>> forNumber(Candidate answer, String stem, int target, Predicate<String> statedTrue) {
        Optional<Numbers.Parsed> parsed = Numbers.parse(answer.text());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Numbers.Parsed p = parsed.get();
        double v = p.value();
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        List<String> seen = new ArrayList<>(List.of(Text.normalise(answer.text())));
        for (Facts.Entry e : facts.pool(answer.type())) {
            consider(e.text(), p, v, stem, statedTrue, seen, below, above, true);
        }
        for (BigDecimal n : changes(answer.type(), p)) {
            consider(p.with(n), p, v, stem, statedTrue, seen, below, above, false);
        }
        // The article's own numbers first, then changed ones; nearest to the answer first within each.
        java.util.Set<String> fromArticle = new java.util.HashSet<>();
        facts.pool(answer.type()).forEach(e -> fromArticle.add(e.text()));
        java.util.Comparator<String> order = java.util.Comparator
                .comparing((String o) -> fromArticle.contains(o) ? 0 : 1)
                .thenComparingDouble(o -> Math.abs(Numbers.value(o).orElse(0.0) - v));
        below.sort(order);
        above.sort(order);
        int t = Math.max(3 - above.size(), Math.min(target, below.size()));
        if (t > below.size() || 3 - t > above.size()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(below.subList(0, t));
        out.addAll(above.subList(0, 3 - t));
        out.sort(java.util.Comparator.comparingDouble(o -> Numbers.value(o).orElse(0.0)));
        return Optional.of(out);
    }

    private void consider(String option, Numbers.Parsed p, double v, String stem, Predicate<String> statedTrue,
                          List<String> seen, List<String> below, List<String> above, boolean fromArticle) {
        Optional<Numbers.Parsed> o = Numbers.parse(option);
        if (o.isEmpty() || !o.get().format().equals(p.format()) || seen.contains(Text.normalise(option))) {
            return;
        }
        double x = o.get().value();
        boolean year = Numbers.isYear(option);
        if (x <= 0 || (year && (x > facts.articleYear || Math.abs(x - v) > 30))
                || (fromArticle && !year && (x > v * 10 || x < v / 10))
                || Text.normalise(stem).contains(Text.normalise(option)) || statedTrue.test(option)) {
            return;
        }
        seen.add(Text.normalise(option));
        (x < v ? below : above).add(option);
    }

    private static List<BigDecimal> changes(AnswerType type, Numbers.Parsed p) {
        BigDecimal n = p.number();
        double v = n.doubleValue();
        List<BigDecimal> out = new ArrayList<>();
        switch (type) {
            case YEAR -> {
                for (int k : new int[] {1, -1, 2, -2, 3, -3, 4, -4, 5, -5}) {
                    out.add(n.add(BigDecimal.valueOf(k)));
                }
            }
            case PERCENT -> {
                int step = v >= 20 ? 10 : Math.max(1, (int) Math.round(v / 2));
                for (int k : new int[] {1, -1, 2, -2, 3, -3}) {
                    double x = v + k * step;
                    if (x > 0 && x < 100) {
                        out.add(Numbers.nice(x, n));
                    }
                }
            }
            default -> {
                for (double f : new double[] {2, 0.5, 3, 0.3, 4, 0.2}) {
                    out.add(Numbers.nice(v * f, n));
                }
            }
        }
        return out;
    }
}
