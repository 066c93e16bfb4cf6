package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds typed answer candidates in a sentence: years, money and percentages by pattern; names as runs of proper nouns
 * typed through WordNet (the whole name, else its head noun, else a person title beside it).
 */
final class CandidateFinder {

    static final Pattern MONEY = Pattern.compile(
            "(?<![\\w$])(?:US\\$|USD ?|\\$|€|£)\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:thousand|million|billion|trillion)\\b)?");
    static final Pattern PERCENT = Pattern.compile("(?<![\\w.])\\d{1,3}(?:\\.\\d+)?\\s?(?:%|per ?cent\\b)");
    static final Pattern YEAR = Pattern.compile("(?<![\\w$.,€£-])(1[6-9]\\d\\d|20\\d\\d)(?![\\w%-]|[.,]\\d)");

    // Lower-case words that may sit inside a name: "Strait of Malacca", "Endowment for International Peace".
    private static final Set<String> NAME_GLUE = Set.of("of", "for", "de", "on");

    private final Lexicon lexicon;

    CandidateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> find(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        addMatches(s, MONEY, AnswerType.MONEY, out);
        addMatches(s, PERCENT, AnswerType.PERCENT, out);
        addMatches(s, YEAR, AnswerType.YEAR, out);
        names(s, out);
        terms(s, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void addMatches(Sentence s, Pattern p, AnswerType type, List<Candidate> out) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (out.stream().noneMatch(c -> c.start() < end && start < c.end())) {
                out.add(new Candidate(s, start, end, m.group(), type, false));
            }
        }
    }

    private void names(Sentence s, List<Candidate> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!startsName(t, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && (inName(t.get(j)) || (j + 1 < t.size() && NAME_GLUE.contains(t.get(j).text())
                    && t.get(j + 1).isProperNoun()))) {
                j++;
            }
            typed(s, i, j).ifPresent(out::add);
            i = j;
        }
    }

    /** Common nouns WordNet reads one way and whose kind has siblings: candidate key terms ("counterterrorism"). */
    private void terms(Sentence s, List<Candidate> out) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            String lemma = tok.lemma().toLowerCase(Locale.ROOT);
            // Only the head of its phrase: "military" in "military presence" is a modifier, not the term.
            boolean modifier = i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("NN");
            if (!tok.tag().equals("NN") || modifier || !tok.text().equals(lemma) || !lemma.matches("[a-z]{5,}")
                    || glued(s.text(), tok.start(), tok.end())
                    || out.stream().anyMatch(c -> c.start() < tok.end() && tok.start() < c.end())) {
                continue;
            }
            if (!Words.INSTANCE.termClass(lemma).isEmpty() && Words.INSTANCE.termSiblings(lemma).size() >= 3) {
                out.add(new Candidate(s, tok.start(), tok.end(), tok.text(), AnswerType.TERM, false));
            }
        }
    }

    private static boolean startsName(List<Token> t, int i) {
        Token tok = t.get(i);
        // A capitalised first word is only a name when the tagger says so or a proper noun follows ("Central Asia");
        // later in the sentence capitals suffice.
        if (i == 0) {
            return tok.isProperNoun() || (inName(tok) && t.size() > 1 && t.get(1).isProperNoun());
        }
        // The tagger sometimes misses a first name ("Howard Florey"): a capitalised word before a proper noun starts it.
        return tok.isCapitalised() && Character.isLetter(tok.text().charAt(0))
                && (inName(tok) || (i + 1 < t.size() && t.get(i + 1).isProperNoun() && !tok.isVerb()
                && !Set.of("DT", "IN", "CC", "WDT", "WP", "WRB", "TO").contains(tok.tag())
                && !tok.tag().startsWith("PRP")));
    }

    private static boolean inName(Token tok) {
        return tok.isCapitalised() && Character.isLetter(tok.text().charAt(0))
                && (tok.tag().startsWith("NN") || tok.tag().equals("JJ"));
    }

    /** Types tokens [from, to) as a name; failing that, without a leading demonym ("Russian") or title ("President"). */
    private Optional<Candidate> typed(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        Optional<Candidate> whole = candidate(s, from, to, false);
        if (whole.isPresent() && whole.get().type() != AnswerType.PERSON) {
            return whole; // "Eurasian Economic Union" keeps its adjective; a person's name drops the title
        }
        boolean titled = false;
        while (from < to - 1 && (lexicon.isDemonym(t.get(from).text()) || lexicon.isPersonNoun(t.get(from).text()))) {
            titled |= lexicon.isPersonNoun(t.get(from).text());
            from++;
        }
        Optional<Candidate> bare = candidate(s, from, to, titled);
        return bare.isPresent() ? bare : whole;
    }

    private Optional<Candidate> candidate(Sentence s, int from, int to, boolean titled) {
        List<Token> t = s.tokens();
        if (to - from == 1 && (lexicon.isDemonym(t.get(from).text()) || Text.isAcronym(t.get(from).text()))) {
            return Optional.empty(); // bare acronyms are typed by their definition elsewhere
        }
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        String name = s.text().substring(start, end);
        if (glued(s.text(), start, end)) {
            return Optional.empty(); // part of a compound such as "US-China": blanking it leaves "US-_____"
        }
        Optional<AnswerType> type = typeOfName(name, t, from, to, titled);
        boolean definite = definite(t, from);
        return type.map(ty -> new Candidate(s, start, end, name, ty, definite));
    }

    /** "the Soviet Union", "the former Soviet Union": the name is read with "the" in front. */
    private static boolean definite(List<Token> t, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            String w = t.get(k).text();
            if (w.equalsIgnoreCase("the")) {
                return true;
            }
            if (!t.get(k).tag().equals("JJ") || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    static boolean glued(String text, int start, int end) {
        String dashes = "-–—/";
        boolean pluralPossessive = end < text.length() && "’'".indexOf(text.charAt(end)) >= 0
                && (end + 1 >= text.length() || text.charAt(end + 1) != 's');
        return pluralPossessive || (start > 0 && dashes.indexOf(text.charAt(start - 1)) >= 0)
                || (end < text.length() && dashes.indexOf(text.charAt(end)) >= 0);
    }

    private Optional<AnswerType> typeOfName(String name, List<Token> t, int from, int to, boolean titled) {
        Optional<AnswerType> whole = lexicon.typeOf(name);
        if (whole.isPresent() && (lexicon.isInstance(name) || whole.get() == AnswerType.ORGANISATION)) {
            return whole;
        }
        if (to - from > 1) {
            String head = t.get(to - 1).text();
            Optional<AnswerType> common = lexicon.typeOf(head.toLowerCase(Locale.ROOT));
            if (common.isPresent() && !lexicon.isInstance(head.toLowerCase(Locale.ROOT))
                    && common.get() != AnswerType.PERSON && common.get() != AnswerType.WEAPON) {
                return common;
            }
            Optional<AnswerType> named = lexicon.typeOf(head);
            if (named.isPresent() && lexicon.isInstance(head)
                    && (named.get() == AnswerType.REGION || named.get() == AnswerType.COUNTRY)) {
                return Optional.of(AnswerType.REGION); // "Central Asia", "Far East Russia": part of a place
            }
            if (named.isPresent() && named.get() == AnswerType.PERSON && lexicon.isInstance(head)) {
                return named;
            }
            if (titled || describedAsPerson(t, to)) {
                return Optional.of(AnswerType.PERSON);
            }
        }
        return Optional.empty();
    }

    /** "Anatoly Antonov, former Russian deputy defense minister": a person noun in the apposition that follows. */
    private boolean describedAsPerson(List<Token> t, int to) {
        if (to >= t.size() || !t.get(to).text().equals(",")) {
            return false;
        }
        for (int k = to + 1; k < Math.min(t.size(), to + 7) && !t.get(k).text().equals(","); k++) {
            if (t.get(k).tag().startsWith("NN") && lexicon.isPersonNoun(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }
}
