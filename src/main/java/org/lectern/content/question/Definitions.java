package org.lectern.content.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definition questions, "What is the term for a labelled subset of tasks belonging to a lambda?", from the two ways
 * English prose defines a term:
 * <ul>
 * <li>a glossary line, the term, a colon and its definition opening with an article ("Collection: A labelled subset
 * of tasks ...");</li>
 * <li>a defining sentence, the term as subject, "is" or "are", then an indefinite noun phrase (the genus: "a ...",
 * or a bare plural) that a relative clause, a participle or a preposition narrows ("A tun is a dry, barrel-shaped
 * husk that ...", "Tardigrades are tiny animals with eight legs"). "X is the Y of Z" states a fact about X, not what
 * X is, and is left to the gap-fills. The subject is a common-noun phrase of at most three words: a pronoun, a name or a demonstrative
 * phrase defines nothing.</li>
 * </ul>
 * The wrong options are other terms the article defines or names ("called", "known as", its repeated compounds),
 * at least one of them defined like the answer, agreeing in number, none named in the definition. A term is asked once, from its first definition.
 */
final class Definitions {

    private static final Pattern GLOSSARY = Pattern.compile(
            "^([A-Z][\\p{L}-]*(?: [\\p{L}-]+){0,2}): ((?:An?|The) [^:]+?)\\.?$");
    private static final Pattern DEFINING = Pattern.compile("^(?:(?:A|An|The) )?([\\p{L}-]+(?: [\\p{L}-]+){0,2}) "
            + "(is|are) ((?:an?|[a-z]+s) [^;:]+? (?:that|which|who|whose|where|in which|used|made|with|of|for|from|"
            + "designed|consisting|containing) [^;:]+?)\\.?$");
    private static final Set<String> NOT_TERMS = Set.of("this", "that", "these", "those", "it", "they", "he", "she",
            "there", "here", "what", "which", "who", "one", "another", "each", "every", "all", "some", "such", "result",
            "reason", "problem", "idea", "point", "answer", "question", "goal", "aim", "key", "truth", "fact", "thing");

    /** A term and the definition the article gives it. */
    record Definition(Sentence sentence, String term, String gloss, boolean plural) {
    }

    private final Facts facts;
    private final Judge judge;
    private final java.util.function.Consumer<String> trace;

    Definitions(Facts facts, Judge judge, java.util.function.Consumer<String> trace) {
        this.facts = facts;
        this.judge = judge;
        this.trace = trace;
    }

    /** The article's definitions, first definition of each term only, in reading order. */
    static List<Definition> find(List<Sentence> sentences) {
        List<Definition> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            definition(s).filter(d -> seen.add(Text.normalise(d.term()))).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Definition> definition(Sentence s) {
        String text = s.text().strip();
        Matcher g = GLOSSARY.matcher(text);
        if (g.matches() && termLike(s, g.group(1), false) && glossaryTerm(g.group(1)) && Text.wordCount(g.group(2)) >= 4 && neutral(g.group(2))) {
            return Optional.of(new Definition(s, termCase(g.group(1)), lowerFirst(g.group(2)),
                    Distractors.plural(g.group(1))));
        }
        Matcher d = DEFINING.matcher(text);
        if (d.matches() && termLike(s, d.group(1), true) && Text.wordCount(d.group(3)) >= 5 && neutral(d.group(3))
                && !Related.shareWord(Text.contentWords(d.group(1)), Text.contentWords(d.group(3)))) {
            return Optional.of(new Definition(s, termCase(d.group(1)), d.group(3), d.group(2).equals("are")));
        }
        return Optional.empty();
    }

    private static final Pattern JUDGING = Pattern.compile("(?i)\\b(?:you|your|I|we|our|best|worst|finest|greatest|rare"
            + "|outstanding|remarkable|amazing|astonishing|brilliant|wonderful|beautiful|terrible)\\b|^(?:an?|the) (?:\\w+ )?(?:term|word|name|phrase|example)\\b");

    /**
     * Whether the definition describes rather than judges: no reader addressed, no superlative or praise ("the rare
     * movie that ..."), and its head is not "term" or "word" (a definition of the word, not of the thing).
     */
    private static boolean neutral(String gloss) {
        return !JUDGING.matcher(gloss).find();
    }

    /**
     * A glossary capitalises the term's first word, so the tagger cannot tell a term from a name there: the term is one
     * whose first word WordNet knows as a common noun (Collection, Priority), or an abbreviation; "Te Ara:" is a name.
     */
    private static boolean glossaryTerm(String term) {
        List<String> words = Text.words(term);
        if (words.stream().anyMatch(Text::isAcronym)) {
            return true;
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        return words.stream().skip(1).noneMatch(w -> Character.isUpperCase(w.charAt(0)))
                && Lexicon.INSTANCE.sense(first).isPresent() && !Lexicon.INSTANCE.isInstance(first);
    }

    /** A common-noun phrase: its words tagged noun or adjective, the last a noun, none a pronoun or a name. */
    private static boolean termLike(Sentence s, String phrase, boolean commonOnly) {
        List<String> words = Text.words(phrase);
        if (words.isEmpty() || words.stream().anyMatch(w -> NOT_TERMS.contains(w.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        List<Token> t = s.tokens();
        int from = phrase.equals(s.text().strip().substring(0, Math.min(phrase.length(), s.text().strip().length())))
                ? 0 : 1;
        if (t.size() < from + words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Token x = t.get(from + i);
            boolean last = i == words.size() - 1;
            if (!(x.tag().startsWith("NN") || !last && x.tag().startsWith("JJ"))) {
                return false;
            }
            if (commonOnly && x.tag().startsWith("NNP")) {
                return false;
            }
        }
        return true;
    }

    private static String termCase(String term) {
        // A glossary capitalises its first word; a term written so only there is a common noun.
        List<String> words = Text.words(term);
        boolean acronym = words.stream().anyMatch(Text::isAcronym);
        return acronym || words.size() > 1 && words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)))
                ? term : lowerFirst(term);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    List<Draft> drafts(List<Definition> definitions, List<Double> scores) {
        List<Draft> out = new ArrayList<>();
        for (Definition d : definitions) {
            Optional<String> refused = judge.refuseDefinition(d.sentence());
            if (refused.isPresent()) {
                trace.accept("refused definition (" + refused.get() + "): " + d.sentence().text());
                continue;
            }
            String stem = "What is the term for " + d.gloss().replaceAll("[.!,;]+$", "") + "?";
            List<String> wrong = options(d, definitions, stem);
            if (wrong.size() < 3) {
                trace.accept("definition without three terms of the article to offer: " + d.sentence().text());
                continue;
            }
            double score = scores.get(d.sentence().index()) + 1.0;
            List<String> reasons = new ArrayList<>(List.of("a term the article defines",
                    "wrong options: other terms of the article"));
            int words = Text.wordCount(stem);
            if (words > Judge.LONG_STEM_WORDS) {
                reasons.add("long stem (" + words + " words)");
                score -= 0.3 * Math.min(3, (words - Judge.LONG_STEM_WORDS) / 5.0);
            }
            out.add(new Draft(QuestionKind.DEFINITION, stem, d.term(), wrong, d.sentence(),
                    ClauseQuestions.explain(d.sentence()), false, score, List.of(d.sentence().index()), List.of(),
                    reasons));
        }
        return out;
    }

    /** Other terms the article defines, then the terms it names and its key terms, in the answer's number. */
    private List<String> options(Definition d, List<Definition> definitions, String stem) {
        Set<String> pool = new LinkedHashSet<>();
        definitions.stream().filter(o -> o != d).map(Definition::term).forEach(pool::add);
        facts.pool(AnswerType.DEFINED).forEach(e -> pool.add(e.text()));
        Set<String> defined = new java.util.HashSet<>();
        definitions.stream().filter(o -> o != d).forEach(o -> defined.add(o.term()));
        List<String> out = new ArrayList<>();
        for (String option : pool) {
            if (out.size() == 3) {
                break;
            }
            if (Distractors.plural(option) == d.plural() && !Related.related(option, d.term(), Lexicon.INSTANCE)
                    && !Related.mentions(stem, option, Lexicon.INSTANCE)
                    && out.stream().noneMatch(o -> Related.related(o, option, Lexicon.INSTANCE))
                    && Character.isUpperCase(option.charAt(0)) == Character.isUpperCase(d.term().charAt(0))) {
                out.add(option);
            }
        }
        // Terms the article defines or names are of the answer's kind; at least one must be defined like the answer.
        return out.stream().anyMatch(defined::contains) ? out : List.of();
    }
}
