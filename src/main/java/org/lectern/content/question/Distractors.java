package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Chooses three wrong options of the answer's fine type: names from the article first, then WordNet siblings; numbers
 * from the article in the same format first, then the answer's number changed in its own format.
 *
 * <p>A blank weighs at most the {@value #MAX_ARTICLE_NAMES} most mentioned names of its type (an article of normal
 * length has fewer), and every per-article fact it needs (terms by kind, the latest year of each lesson, how much a
 * WordNet gloss names of the article) is indexed once, so the cost of a blank does not grow with the article.
 */
final class Distractors {

    /** The most names of the article a blank's options are chosen from, most mentioned first. */
    static final int MAX_ARTICLE_NAMES = 64;

    private final Facts facts;
    private final Lexicon lexicon;
    private final Kinds kinds;
    // The article's names its title holds: the subject itself is no wrong option (New Zealand workers abroad do not
    // live in New Zealand), nor is a place inside it.
    private final List<String> titleNames;

    // Per-article memos: the same names come up for many blanks. Looked up by key only, never iterated.
    private final java.util.Map<String, List<String>> siblingsByRelevance = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> relevance = new java.util.HashMap<>();
    // The article's names (normalised) with how many types list each, and the longest in words.
    private final java.util.Map<String, Integer> names = new java.util.HashMap<>();
    private final int longestName;
    private final NumberDistractors numbers;
    // The latest year each lesson mentions, and the article's latest, read in one pass.
    private final int[] lessonLatestYear;
    private final int articleLatestYear;
    private java.util.Map<String, List<String>> termsByKind;

    Distractors(Facts facts, Lexicon lexicon) {
        this.facts = facts;
        this.lexicon = lexicon;
        this.kinds = new Kinds(facts, lexicon);
        this.titleNames = titleNames(facts);
        int longest = 0;
        for (String name : facts.names()) {
            if (name.length() >= 5) {
                names.merge(name, 1, Integer::sum);
                longest = Math.max(longest, name.split(" ").length);
            }
        }
        this.longestName = longest;
        this.numbers = new NumberDistractors(facts);
        this.lessonLatestYear = new int[facts.article.lessons().size()];
        int latest = 0;
        for (Sentence s : facts.sentences) {
            java.util.regex.Matcher m = CandidateFinder.YEAR.matcher(s.text());
            while (m.find()) {
                int year = Integer.parseInt(m.group(1));
                lessonLatestYear[s.lesson()] = Math.max(lessonLatestYear[s.lesson()], year);
                latest = Math.max(latest, year);
            }
        }
        this.articleLatestYear = latest;
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
        int lesson = answer.sentence().lesson();
        int latest = lessonLatestYear[lesson] != 0 ? lessonLatestYear[lesson] : articleLatestYear;
        // The same name recurs in many blanks: its option pool depends only on these, so it is built once.
        List<String> pool = namePools.computeIfAbsent(answer.type() + "|" + answer.definite() + "|" + latest + "|"
                + answer.text(), k -> namePool(answer, lesson));
        List<String> chosen = new ArrayList<>();
        for (String option : pool) {
            if (chosen.size() == 8) {
                break;
            }
            // A two-letter option ("Me" for Maine) is an abbreviation the reader never met.
            if (option.length() > 2 && fits(option, answer.text(), stem, chosen, statedTrue)
                    && kinds.sameKind(answer, option)
                    && !aboutTheSubject(option) && !lexicon.nested(option, answer.text())
                    && chosen.stream().noneMatch(c -> lexicon.nested(c, option))) {
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

    private final java.util.Map<String, List<String>> namePools = new java.util.HashMap<>();

    Kinds kinds() {
        return kinds;
    }

    private static List<String> titleNames(Facts facts) {
        String title = Text.normalise(facts.article.title());
        return facts.names().stream().filter(n -> (" " + title + " ").contains(" " + n + " ")).toList();
    }

    /** The article's subject as its title names it, or a place inside it. */
    private boolean aboutTheSubject(String option) {
        String n = Text.normalise(option);
        return titleNames.stream().anyMatch(t -> t.equals(n) || lexicon.nested(option, t));
    }

    /** The article's names of the answer's type and definiteness, then WordNet siblings, in the order tried. */
    private List<String> namePool(Candidate answer, int lesson) {
        java.util.Set<String> pool = new java.util.LinkedHashSet<>();
        for (Facts.Entry e : facts.pool(answer.type())) {
            if (e.definite() == answer.definite() && pool.size() < MAX_ARTICLE_NAMES) {
                pool.add(e.text());
            }
        }
        // Then WordNet siblings of the answer; when WordNet does not know it, siblings of the article's other
        // names of its type (an unknown minister borrows the statesmen around a known one).
        List<String> sources = new ArrayList<>(List.of(answer.text()));
        facts.pool(answer.type()).stream().limit(MAX_ARTICLE_NAMES).forEach(e -> sources.add(e.text()));
        for (String source : sources) {
            for (String s : relevantSiblings(source, 0)) {
                if (looksDefinite(s) == answer.definite() && lexicon.typeOf(s).orElse(null) == answer.type()
                        && !pool.contains(s) && !anachronistic(s, lesson)) {
                    pool.add(s);
                }
            }
            if (pool.size() >= 12) {
                break;
            }
        }
        return List.copyOf(pool);
    }

    private static final java.util.regex.Pattern GLOSS_YEAR = java.util.regex.Pattern.compile("\\b(1\\d{3}|20\\d\\d)\\b");

    /**
     * A WordNet sibling whose gloss dates it after every year the lesson (or, without years, the article's text)
     * mentions: "West Germany (established in 1949)" is no option for a lesson set in the fifteenth century.
     */
    private boolean anachronistic(String sibling, int lesson) {
        int latest = lessonLatestYear[lesson] != 0 ? lessonLatestYear[lesson] : articleLatestYear;
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

    /** Key terms of the same kind: the article's own first, then WordNet's co-hyponyms. */
    private Optional<List<String>> forTerm(Candidate answer, String stem, Predicate<String> statedTrue) {
        String kind = Words.INSTANCE.termClass(answer.key());
        if (termsByKind == null) {
            termsByKind = new java.util.HashMap<>();
            facts.pool(AnswerType.TERM).forEach(e -> termsByKind.computeIfAbsent(
                    Words.INSTANCE.termClass(e.text()), k -> new ArrayList<>()).add(e.text()));
        }
        List<String> pool = new ArrayList<>(termsByKind.getOrDefault(kind, List.of()));
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
        String lemma = answer.key();
        // Read lazily: the loop stops at the third option, however many terms the article names.
        java.util.stream.Stream<String> pool = java.util.stream.Stream.concat(
                java.util.stream.Stream.concat(facts.pool(AnswerType.DEFINED).stream().map(Facts.Entry::text),
                        facts.pool(AnswerType.TERM).stream().map(Facts.Entry::text)),
                java.util.stream.Stream.of(lemma).filter(x -> !x.contains(" "))
                        .flatMap(x -> Words.INSTANCE.termSiblings(x).stream()));
        List<String> chosen = new ArrayList<>();
        for (String option : (Iterable<String>) pool.takeWhile(o -> chosen.size() < 3)::iterator) {
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
            // The article's names the gloss holds as whole words: its word runs looked up, not every name scanned.
            String gloss = Text.normalise(lexicon.gloss(s));
            String[] words = gloss.isEmpty() ? new String[0] : gloss.split(" ");
            java.util.Set<String> found = new java.util.HashSet<>();
            for (int i = 0; i < words.length; i++) {
                StringBuilder run = new StringBuilder();
                for (int j = i; j < Math.min(words.length, i + longestName); j++) {
                    if (j > i) {
                        run.append(' ');
                    }
                    run.append(words[j]);
                    if (names.containsKey(run.toString())) {
                        found.add(run.toString());
                    }
                }
            }
            return found.stream().mapToInt(names::get).sum();
        });
    }

    private boolean fits(String option, String answer, String stem, List<String> chosen, Predicate<String> statedTrue) {
        return sameCasing(option, answer) && !isMarkup(option) && Text.fitsArticle(stem, option)
                && !Related.related(option, answer, lexicon) && !Related.mentions(stem, option, lexicon)
                && chosen.stream().noneMatch(c -> Related.related(c, option, lexicon)) && !statedTrue.test(option);
    }

    /** Wiki and file markup in a name ("Category:Roman Catholic", "Glass_Mountain"): page furniture, not a name. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[:_|\\[\\]{}=#]");

    static boolean isMarkup(String option) {
        return MARKUP.matcher(option).find();
    }

    /**
     * An option set in capitals ("WIESBADEN", where an export kept a page's bold as capitals) beside an answer that
     * is not stands out as the wrong one; an acronym of up to five letters is written in capitals anyway.
     */
    static boolean sameCasing(String option, String answer) {
        return shouted(option) == shouted(answer);
    }

    private static boolean shouted(String s) {
        String letters = s.replaceAll("[^\\p{L}]", "");
        return letters.length() > 5 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
                && !letters.equals(letters.toLowerCase(java.util.Locale.ROOT));
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
