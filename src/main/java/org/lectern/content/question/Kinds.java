package org.lectern.content.question;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a wrong option is of the answer's own kind, finer than its {@link AnswerType}: the options of a question
 * about a film director are directors, not a poet, a king and an actress; the options for a continent are continents,
 * not a state and a square. Rules of English and of WordNet, read from the article once:
 * <ul>
 * <li>A person's role is what the article calls them, a role noun right before the name ("director Rian Johnson",
 * "Dutch explorer Abel Tasman") or in apposition after it ("Pamela Colman Smith, an illustrator,"), and what WordNet
 * files a known person as (Emily Dickinson: poet). Two people fit one question when their roles share a kind narrower
 * than "person" or "creator" ({@link Lexicon#roleFamily}). A person whose role neither gives is not asked about.</li>
 * <li>A place or organisation has the fine kind WordNet gives it ({@link Lexicon#fineKinds}; a name of several senses, such as Japan, has several); an organisation WordNet
 * does not know is of the kind its head noun says ("Geographic Board", "Labour Party"). Options share the answer's
 * kind, and a name of unknown kind is no option for one of known kind, nor the other way round; a place of unknown
 * kind is not asked about. A place's options lie on its continent, as WordNet's part-of links say (Kyrgyzstan and
 * Kazakhstan, not Brazil).</li>
 * </ul>
 */
final class Kinds {

    private final Lexicon lexicon;
    private final Map<String, Set<String>> personRoles = new HashMap<>();

    Kinds(Facts facts, Lexicon lexicon) {
        this.lexicon = lexicon;
        for (List<Candidate> found : facts.candidates) {
            for (Candidate c : found) {
                if (c.type() == AnswerType.PERSON) {
                    rolesInText(c).forEach(role -> personRoles.computeIfAbsent(c.key(), k -> new HashSet<>())
                            .addAll(lexicon.roleFamily(role)));
                }
            }
        }
    }

    /** Whether {@code option} can stand beside the answer as a wrong option of the same kind. */
    boolean sameKind(Candidate answer, String option) {
        return switch (answer.type()) {
            case PERSON -> {
                Set<String> a = roles(answer.text());
                Set<String> o = roles(option);
                yield !a.isEmpty() && !o.isEmpty() && a.stream().anyMatch(o::contains);
            }
            // A place WordNet does not know ("North" of "the North and South Islands") has no kind to match.
            case COUNTRY, CITY, REGION, WATER -> !lexicon.fineKinds(answer.text()).isEmpty()
                    && sameKinds(lexicon.fineKinds(answer.text()), lexicon.fineKinds(option))
                    && sameContinent(answer.text(), option);
            case ORGANISATION -> sameKinds(organisationKinds(answer.text()), organisationKinds(option));
            default -> true;
        };
    }

    /** Whether the article or WordNet says what the person is, so that options of the same role can be found. */
    boolean knowsRole(Candidate person) {
        return !roles(person.text()).isEmpty();
    }

    private Set<String> roles(String name) {
        Set<String> out = new HashSet<>(personRoles.getOrDefault(Text.normalise(name), Set.of()));
        if (lexicon.isInstance(name) && lexicon.typeOf(name).orElse(null) == AnswerType.PERSON) {
            out.addAll(lexicon.roleFamily(name));
        }
        return out;
    }

    /** A place on another continent than the answer's is an option nobody would weigh; unknown continents pass. */
    private boolean sameContinent(String answer, String option) {
        Set<String> a = lexicon.continents(answer);
        Set<String> o = lexicon.continents(option);
        return a.isEmpty() || o.isEmpty() || a.stream().anyMatch(o::contains);
    }

    /** Both of no known kind, or of at least one kind in common. */
    private static boolean sameKinds(Set<String> a, Set<String> b) {
        return a.isEmpty() ? b.isEmpty() : a.stream().anyMatch(b::contains);
    }

    private Set<String> organisationKinds(String name) {
        Set<String> known = lexicon.fineKinds(name);
        if (!known.isEmpty()) {
            return known;
        }
        List<String> words = Text.words(name);
        String head = words.isEmpty() ? "" : words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return lexicon.sense(head).isPresent() && !lexicon.isInstance(head) ? Set.of("head:" + head) : Set.of();
    }

    /** Role nouns the sentence gives the named person: right before the name, or in apposition right after it. */
    private List<String> rolesInText(Candidate c) {
        List<Token> t = c.sentence().tokens();
        int first = c.sentence().tokenStartingAt(c.start());
        int last = c.sentence().tokenEndingAt(c.end());
        List<String> out = new java.util.ArrayList<>();
        if (first > 0 && isRoleNoun(t.get(first - 1))) {
            out.add(t.get(first - 1).lemma().toLowerCase(Locale.ROOT));
        }
        // "Smith, an illustrator from Jamaica," / "Waite, the occultist,": the head noun of the apposition.
        if (last >= 0 && last + 2 < t.size() && t.get(last + 1).text().equals(",")
                && Set.of("a", "an", "the").contains(t.get(last + 2).text().toLowerCase(Locale.ROOT))) {
            String head = null;
            for (int i = last + 3; i < Math.min(t.size(), last + 7); i++) {
                Token x = t.get(i);
                if (x.tag().startsWith("NN") && !x.isProperNoun()) {
                    head = isRoleNoun(x) ? x.lemma().toLowerCase(Locale.ROOT) : null;
                } else if (!x.tag().startsWith("JJ") && !x.isProperNoun()) {
                    break;
                }
            }
            if (head != null) {
                out.add(head);
            }
        }
        return out;
    }

    private boolean isRoleNoun(Token x) {
        return x.tag().startsWith("NN") && !x.isCapitalised() && lexicon.isPersonNoun(x.lemma());
    }
}
