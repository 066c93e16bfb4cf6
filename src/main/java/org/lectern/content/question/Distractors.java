package org.lectern.content.question;

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
    private final NumberDistractors numbers;

    Distractors(Facts facts, Lexicon lexicon) {
        this.facts = facts;
        this.lexicon = lexicon;
        this.names = facts.names();
        this.numbers = new NumberDistractors(facts);
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
        return Text.fitsArticle(stem, option) && !Related.related(option, answer, lexicon)
                && !Related.mentions(stem, option, lexicon)
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

    /** Three numbers in the answer's format; see {@link NumberDistractors#choose}. */
    Optional<List<String>> forNumber(Candidate answer, String stem, int target, Predicate<String> statedTrue) {
        return numbers.choose(answer, stem, target, statedTrue);
    }
}
