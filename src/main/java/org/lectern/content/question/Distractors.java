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
        if (answer.type() == AnswerType.CENTURY) {
            return forCentury(answer, stem, statedTrue);
        }
        if (answer.type() == AnswerType.DEFINED) {
            return forDefined(answer, stem, statedTrue);
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
                        && !pool.contains(s) && !anachronistic(s, answer.sentence().lesson())) {
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

    private static final java.util.regex.Pattern GLOSS_YEAR = java.util.regex.Pattern.compile("\\b(1\\d{3}|20\\d\\d)\\b");

    /**
     * A WordNet sibling whose gloss dates it after every year the lesson (or, without years, the article's text)
     * mentions: "West Germany (established in 1949)" is no option for a lesson set in the fifteenth century.
     */
    private boolean anachronistic(String sibling, int lesson) {
        int latest = latestYear.computeIfAbsent(lesson, l -> {
            int max = 0;
            for (int pass = 0; pass < 2 && max == 0; pass++) {
                for (Sentence s : facts.sentences) {
                    if (pass == 1 || s.lesson() == l) {
                        java.util.regex.Matcher m = CandidateFinder.YEAR.matcher(s.text());
                        while (m.find()) {
                            max = Math.max(max, Integer.parseInt(m.group(1)));
                        }
                    }
                }
            }
            return max;
        });
        if (latest == 0) {
            return false;
        }
        java.util.regex.Matcher m = GLOSS_YEAR.matcher(lexicon.gloss(sibling));
        int earliest = Integer.MAX_VALUE;
        while (m.find()) {
            earliest = Math.min(earliest, Integer.parseInt(m.group(1)));
        }
        return earliest != Integer.MAX_VALUE && earliest > latest;
    }

    private final java.util.Map<Integer, Integer> latestYear = new java.util.HashMap<>();

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
     * Nearby centuries written as the answer is ("fourteenth century" → "twelfth century"), the article's own first,
     * none after the article's own century. Which side of the answer they fall on varies with the question, so the
     * middle value is no cue.
     */
    private Optional<List<String>> forCentury(Candidate answer, String stem, Predicate<String> statedTrue) {
        int n = Centuries.number(answer.text());
        int latest = (facts.articleYear - 1) / 100 + 1;
        if (n < 1) {
            return Optional.empty();
        }
        List<String> pool = new ArrayList<>();
        for (Facts.Entry e : facts.pool(AnswerType.CENTURY)) {
            int x = Centuries.number(e.text());
            if (x >= 1 && x <= latest && Math.abs(x - n) <= 4 && Centuries.sameStyle(e.text(), answer.text())) {
                pool.add(Centuries.write(x, answer.text()));
            }
        }
        int[][] windows = {{1, 2, 3}, {-1, 1, 2}, {-2, -1, 1}, {-3, -2, -1}};
        int w = Math.floorMod(answer.sentence().text().hashCode(), 4);
        for (int k = 0; k < 4; k++) {
            for (int d : windows[(w + k) % 4]) {
                if (n + d >= 1 && n + d <= latest) {
                    pool.add(Centuries.write(n + d, answer.text()));
                }
            }
        }
        List<String> chosen = new ArrayList<>();
        for (String option : pool) {
            if (chosen.size() < 3 && !chosen.contains(option) && !Text.normalise(option).equals(answer.key())
                    && !statedTrue.test(option) && !Text.normalise(stem).contains(Text.normalise(option))) {
                chosen.add(option);
            }
        }
        return chosen.size() == 3 ? Optional.of(chosen) : Optional.empty();
    }

    /**
     * Other terms the article names ("called", "known as"), then its key terms, then WordNet's co-hyponyms of the
     * answer; all agree with the answer in number, so "Ships called _____" is not answered by grammar.
     */
    private Optional<List<String>> forDefined(Candidate answer, String stem, Predicate<String> statedTrue) {
        boolean plural = plural(answer.text());
        List<String> pool = new ArrayList<>();
        facts.pool(AnswerType.DEFINED).forEach(e -> pool.add(e.text()));
        facts.pool(AnswerType.TERM).forEach(e -> pool.add(e.text()));
        String lemma = answer.key();
        if (!lemma.contains(" ")) {
            pool.addAll(Words.INSTANCE.termSiblings(lemma));
        }
        List<String> chosen = new ArrayList<>();
        for (String option : pool) {
            if (chosen.size() < 3 && plural(option) == plural && !chosen.contains(option)
                    && fits(option, answer.text(), stem, chosen, statedTrue)
                    && Character.isUpperCase(option.charAt(0)) == Character.isUpperCase(answer.text().charAt(0))) {
                chosen.add(option);
            }
        }
        return chosen.size() == 3 ? Optional.of(chosen) : Optional.empty();
    }

    /** A rough plural test on the last word: "cogs", "water bears" but not "cryptobiosis", "glass". */
    static boolean plural(String phrase) {
        List<String> words = Text.words(phrase);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT);
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("is")
                && !last.endsWith("us");
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
