package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import static org.lectern.content.question.Lexicon.pointers;

/**
 * WordNet look-ups about common words rather than names: key terms and their kind, and what part of speech a word
 * can be. Shares the dictionary {@link Lexicon} loaded once per process.
 */
final class Words {

    static final Words INSTANCE = new Words(Lexicon.INSTANCE.dictionary());

    private static final int MAX_KIND_SIZE = 25;

    private final Dictionary dictionary;
    private final Map<String, Optional<Synset>> terms = new ConcurrentHashMap<>();

    private Words(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The sense of a common noun that WordNet reads one way (at most two senses), so that its siblings are siblings
     * of what the article means; nouns with many senses ("power", "state") are left alone.
     */
    Optional<Synset> unambiguousNoun(String lemma) {
        return terms.computeIfAbsent(lemma, l -> {
            try {
                IndexWord w = dictionary.getIndexWord(POS.NOUN, l);
                if (w == null || w.getSenses().size() > 2 || !w.getLemma().equals(l)) {
                    return Optional.empty();
                }
                Synset s = w.getSenses().get(0);
                return pointers(s, PointerType.INSTANCE_HYPERNYM).isEmpty() ? Optional.of(s) : Optional.empty();
            } catch (JWNLException e) {
                return Optional.empty();
            }
        });
    }

    /** The hypernym a key term's options must share: its identity is the fine type of a term. */
    String termClass(String lemma) {
        return unambiguousNoun(lemma).map(s -> pointers(s, PointerType.HYPERNYM).stream().findFirst()
                .map(h -> h.getWords().get(0).getLemma()).orElse("")).orElse("");
    }

    /** Single-word co-hyponyms of a key term, the most used words first (familiar words make fair distractors). */
    List<String> termSiblings(String lemma) {
        List<Word> words = new ArrayList<>();
        unambiguousNoun(lemma).ifPresent(s -> {
            for (Synset parent : pointers(s, PointerType.HYPERNYM)) {
                List<Synset> children = pointers(parent, PointerType.HYPONYM);
                // A broad kind ("state", "act") has siblings that are no alternative at all; only narrow kinds count.
                if (children.size() > MAX_KIND_SIZE) {
                    continue;
                }
                for (Synset child : children) {
                    Word w = child.getWords().get(0);
                    if (child.getOffset() != s.getOffset() && w.getLemma().matches("[a-z]{4,}") && useCount(w) > 0) {
                        words.add(w);
                    }
                }
            }
        });
        words.sort((a, b) -> Integer.compare(useCount(b), useCount(a)));
        return words.stream().map(Word::getLemma).distinct().toList();
    }

    private static int useCount(Word w) {
        try {
            return w.getUseCount();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Whether WordNet has the word as a noun or an adjective (so not a preposition such as "towards"). */
    boolean knows(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        try {
            return dictionary.getIndexWord(POS.NOUN, w) != null || dictionary.getIndexWord(POS.ADJECTIVE, w) != null;
        } catch (JWNLException e) {
            return false;
        }
    }

    /** Whether WordNet has the word form as a verb ("leaves" → leave), through its morphology. */
    boolean isVerb(String word) {
        try {
            return dictionary.lookupIndexWord(POS.VERB, word.toLowerCase(Locale.ROOT)) != null;
        } catch (JWNLException e) {
            return false;
        }
    }

    /** Whether a word reads only as an adjective (Economic), not also as a noun (Collective, Security). */
    boolean onlyAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        try {
            return dictionary.getIndexWord(POS.ADJECTIVE, w) != null && dictionary.getIndexWord(POS.NOUN, w) == null;
        } catch (JWNLException e) {
            return false;
        }
    }
}
