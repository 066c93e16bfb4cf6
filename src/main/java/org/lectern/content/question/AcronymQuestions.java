package org.lectern.content.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "What does the abbreviation X stand for?" with options that all share X's initials, made by changing one word of the
 * real name for another word of the article with the same initial; so the letters cannot give the answer away.
 */
final class AcronymQuestions {

    private final Facts facts;
    private final LintContext context;
    private final Lexicon lexicon;

    AcronymQuestions(Facts facts, LintContext context, Lexicon lexicon) {
        this.facts = facts;
        this.context = context;
        this.lexicon = lexicon;
    }

    List<Draft> drafts(List<Double> sentenceScores) {
        List<Draft> out = new ArrayList<>();
        for (Acronym a : facts.acronyms) {
            String stem = "In the article, what does the abbreviation " + a.letters() + " stand for?";
            List<String> variants = variants(a);
            if (variants.size() >= 3) {
                out.add(new Draft(QuestionKind.ACRONYM, stem, a.expansion(), variants.subList(0, 3), a.sentence(),
                        ClauseQuestions.explain(a.sentence()), false, sentenceScores.get(a.sentence().index()) + 0.6));
            }
        }
        return out;
    }

    /** Names with one word changed, changing a different word each time where the article offers one. */
    private List<String> variants(Acronym a) {
        List<String> words = Text.words(a.expansion());
        if (vocabulary == null) {
            // Built once per article. An abbreviation's own words are in it too, but never swap in: a swap must
            // differ from every word of the name.
            vocabulary = vocabulary();
            adjectives = articleAdjectives();
            facts.acronyms.forEach(x -> real.add(Text.normalise(x.expansion())));
        }
        List<String> out = new ArrayList<>();
        for (int round = 0; round < 3 && out.size() < 3; round++) {
            for (int i = 0; i < words.size() && out.size() < 3; i++) {
                String w = words.get(i);
                if (!Character.isUpperCase(w.charAt(0))) {
                    continue;
                }
                // Same initial, same part of speech, and a word rather than a place: "Security" for "Shanghai"
                // would only teach a wrong name, "Turkmenistan" for "Treaty" would be absurd.
                // Only the first three swaps are ever used (one per round), so the filters stop there.
                List<String> swaps = vocabulary.stream().filter(v -> v.charAt(0) == w.charAt(0)
                        && words.stream().noneMatch(x -> Related.sameStem(v.toLowerCase(Locale.ROOT),
                                x.toLowerCase(Locale.ROOT)) || x.equalsIgnoreCase(v))
                        && Words.INSTANCE.knows(v) && !lexicon.isInstance(v)
                        && Words.INSTANCE.onlyAdjective(v) == Words.INSTANCE.onlyAdjective(w)).limit(3).toList();
                if (i < words.size() - 1) {
                    // Before the head noun an adjective of the article reads as a name part: "Territorial" for
                    // "Treaty". The head itself only changes for another name's head word.
                    List<String> more = new ArrayList<>(swaps);
                    adjectives.stream().filter(v -> v.charAt(0) == w.charAt(0) && !more.contains(v)
                            && words.stream().noneMatch(x -> Related.sameStem(v.toLowerCase(Locale.ROOT),
                            x.toLowerCase(Locale.ROOT)))).limit(3).forEach(more::add);
                    swaps = more;
                }
                if (round < swaps.size()) {
                    List<String> changed = new ArrayList<>(words);
                    changed.set(i, swaps.get(round));
                    String variant = String.join(" ", changed);
                    if (!real.contains(Text.normalise(variant)) && !out.contains(variant)
                            && !context.states("", variant, QuestionKind.TRUE_STATEMENT)) {
                        out.add(variant);
                    }
                }
            }
        }
        return out;
    }


    private Set<String> vocabulary;
    private Set<String> adjectives;
    private final Set<String> real = new LinkedHashSet<>();

    /** Capitalised words from the article's names: abbreviations' names first, then all organisation names. */
    private Set<String> vocabulary() {
        Set<String> out = new LinkedHashSet<>();
        for (Acronym other : facts.acronyms) {
            out.addAll(capitalised(other.expansion()));
        }
        // Words of organisation names only: a person's or a place's name inside an organisation's would be absurd.
        facts.pool(AnswerType.ORGANISATION).forEach(e -> out.addAll(capitalised(e.text())));
        return out;
    }

    /** The article's adjectives that are only adjectives, capitalised as in a name, in reading order. */
    private Set<String> articleAdjectives() {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : facts.sentences) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (t.tag().equals("JJ") && w.length() > 4 && w.chars().allMatch(Character::isLowerCase)
                        && Words.INSTANCE.onlyAdjective(w)) {
                    out.add(Text.capitalise(w));
                }
            }
        }
        return out;
    }

    private static List<String> capitalised(String name) {
        return Text.words(name).stream().filter(w -> w.length() > 3 && Character.isUpperCase(w.charAt(0))
                && !Text.isAcronym(w) && w.chars().allMatch(Character::isLetter)).toList();
    }
}
