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
    // A year from 1600 on stands alone; an earlier four-digit number reads as a year only after a time preposition
    // ("founded in 1159", "by 1494"), since "1200 requests" is a count.
    static final Pattern YEAR = Pattern.compile("(?<![\\w$.,€£-])(1[6-9]\\d\\d|20\\d\\d|(?<=(?:\\b[Ii]n|\\b[Bb]y|"
            + "\\b[Ss]ince|\\b[Uu]ntil|\\b[Aa]round|\\b[Bb]efore|\\b[Aa]fter) )1[0-5]\\d\\d)(?![\\w%-]|[.,]\\d)");
    // A number and the unit or counted noun after it: "45 ms", "0.3 mm", "151 °C", "1,200 requests per second".
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");
    // Units written as symbols, which the tagger does not read as nouns; common SI and computing units only.
    static final Set<String> UNIT_SYMBOLS = Set.of("ms", "s", "ns", "µs", "h", "min", "mm", "cm", "m", "km", "µm",
            "nm", "mg", "g", "kg", "t", "ml", "l", "°C", "°F", "°", "K", "Hz", "kHz", "MHz", "GHz", "KB", "MB", "GB",
            "TB", "kB", "W", "kW", "MW", "GW", "V", "mph", "km/h");
    // "In the fourteenth century", "the 12th century": a century, written as a word or as digits.
    static final Pattern CENTURY = Pattern.compile("\\b((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
            + "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
            + "twentieth|twenty-first)|(?:\\d{1,2}(?:st|nd|rd|th))) century\\b");
    // A term the text introduces: "a state called cryptobiosis", "known as a tun", "named Dsup".
    private static final Pattern DEFINES = Pattern.compile("\\b(?:(?:also )?called|known as|named|termed|dubbed) "
            + "(?:(?:a|an|the) )?");

    // A worked sum in the sentence: a number, an operator or equals sign, a number.
    private static final Pattern ARITHMETIC = Pattern.compile("\\d\\s*[×*/=+]\\s*\\(?\\d");

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
        quantities(s, out);
        addMatches(s, YEAR, AnswerType.YEAR, out);
        addMatches(s, CENTURY, AnswerType.CENTURY, out);
        defined(s, out);
        names(s, out);
        terms(s, out);
        if (ARITHMETIC.matcher(s.text()).find()) {
            // "holds a connection for 5 ms, it needs 1,200 × 0.005 = 6": the sum gives its numbers away, and a
            // changed one makes a false statement false at a glance.
            out.removeIf(c -> c.type().numeric);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void addMatches(Sentence s, Pattern p, AnswerType type, List<Candidate> out) {
        Matcher m = p.matcher(s.text());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (type == AnswerType.PERCENT && inRange(s.text(), start, end)) {
                continue;
            }
            if (out.stream().noneMatch(c -> c.start() < end && start < c.end())) {
                out.add(new Candidate(s, start, end, m.group(), type, false));
            }
        }
    }

    /**
     * A number followed by its unit: a symbol ("45 ms") or a plural noun ("8 cores", "1,300 species"), with a
     * "per" rate kept ("1,200 requests per second"). Years, numbers glued to words ("4-core", "p99") and either end of
     * a range ("between 0.3 and 0.5 mm") are left out: a changed end could fall on the wrong side of the other.
     */
    private static void quantities(Sentence s, List<Candidate> out) {
        List<Token> t = s.tokens();
        String text = s.text();
        for (int i = 0; i + 1 < t.size(); i++) {
            Token n = t.get(i);
            if (!NUMBER.matcher(n.text()).matches() || YEAR.matcher(n.text()).matches() && !n.text().contains(",")
                    || glued(text, n.start(), n.end())
                    || (n.start() > 0 && !Character.isWhitespace(text.charAt(n.start() - 1))
                    && "(".indexOf(text.charAt(n.start() - 1)) < 0)) {
                continue;
            }
            Token unit = t.get(i + 1);
            boolean symbol = UNIT_SYMBOLS.contains(unit.text());
            // The tagger's Penn tags are mapped from universal ones and do not mark plurals: the lemma does.
            // Nouns alike in both numbers ("species") count too after a number other than one.
            boolean counted = unit.tag().startsWith("NN") && unit.text().matches("[a-z]{3,}s")
                    && (!unit.lemma().equalsIgnoreCase(unit.text()) || !n.text().equals("1"));
            // "A pool of 10 leaves room": a plural-looking verb before its object is no unit.
            boolean verbBeforeObject = counted && i + 2 < t.size() && Words.INSTANCE.isVerb(unit.text())
                    && (t.get(i + 2).tag().startsWith("NN") || t.get(i + 2).tag().equals("DT"));
            if (!(symbol || counted) || verbBeforeObject || glued(text, unit.start(), unit.end())) {
                continue;
            }
            int last = i + 1;
            // Only as long as an option the lint reads as one number ("1,200 requests" is three words to it).
            if (last + 2 < t.size() && t.get(last + 1).text().equals("per")
                    && t.get(last + 2).text().matches("[a-z]+")
                    && QuestionLint.isNumeric(text.substring(n.start(), t.get(last + 2).end()))) {
                last += 2;
            }
            int start = n.start();
            int end = t.get(last).end();
            // "8 cores can execute 8 threads": a number the sentence repeats gives itself away.
            boolean repeated = t.stream().filter(x -> x.text().equals(n.text())).count() > 1;
            if (repeated || inRange(text, start, end) || out.stream().anyMatch(c -> c.start() < end && start < c.end())) {
                continue;
            }
            out.add(new Candidate(s, start, end, text.substring(start, end), AnswerType.QUANTITY, false));
        }
    }

    private static final Pattern RANGE_BEFORE = Pattern.compile("\\d[\\d,.]*\\s?%?\\s*(?:\\p{L}+\\s+)?(?:and|to|or|-|–)\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:and|to|or|-|–)\\s*(?:US)?[$€£¥]?\\d");

    /** Whether the number is one end of a range or pair: "0.3 and 0.5 mm", "5% to 15%", "from 80 to 16". */
    static boolean inRange(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 24), start);
        return RANGE_BEFORE.matcher(before).find() || RANGE_AFTER.matcher(text.substring(end)).find();
    }

    /**
     * A term the article names for the reader: one to three words after "called", "known as" or "named", up to
     * the next punctuation or function word ("a state called cryptobiosis", "husk known as a tun").
     */
    private static void defined(Sentence s, List<Candidate> out) {
        List<Token> t = s.tokens();
        // "A connection pool is a queue ...": the subject of a definition, a compound of common nouns.
        if (t.size() > 5 && t.get(0).text().matches("A|An") && t.get(1).tag().startsWith("NN")
                && t.get(2).tag().startsWith("NN") && t.get(3).text().matches("is|means")
                && t.get(1).text().matches("[a-z]{3,}") && t.get(2).text().matches("[a-z]{3,}")) {
            out.add(new Candidate(s, t.get(1).start(), t.get(2).end(),
                    s.text().substring(t.get(1).start(), t.get(2).end()), AnswerType.DEFINED, false));
        }
        Matcher m = DEFINES.matcher(s.text());
        while (m.find()) {
            int i = 0;
            while (i < t.size() && t.get(i).start() < m.end()) {
                i++;
            }
            int j = i;
            while (j < t.size() && j - i < 3 && (t.get(j).tag().startsWith("NN") || t.get(j).tag().equals("FW"))
                    && t.get(j).text().matches("\\p{L}[\\p{L}-]*")) {
                j++;
            }
            if (j == i || j - i == 3 && j < t.size() && t.get(j).tag().startsWith("NN")) {
                continue; // nothing nameable, or a longer phrase whose end cannot be told
            }
            int start = t.get(i).start();
            int end = t.get(j - 1).end();
            if (glued(s.text(), start, end) || out.stream().anyMatch(c -> c.start() < end && start < c.end())) {
                continue;
            }
            out.add(new Candidate(s, start, end, s.text().substring(start, end), AnswerType.DEFINED, false));
        }
    }

    private void names(Sentence s, List<Candidate> out) {
        List<Token> t = s.tokens();
        List<int[]> runs = new ArrayList<>();
        List<Candidate> typed = new ArrayList<>();
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
            runs.add(new int[] {i, j});
            typed.add(typed(s, i, j).orElse(null));
            i = j;
        }
        inferFromCoordination(s, runs, typed);
        inferFromRole(s, runs, typed);
        for (int r = 0; r < runs.size(); r++) {
            Candidate c = typed.get(r);
            if (c == null) {
                AnswerType known = learned.get(Text.normalise(span(s, runs.get(r))));
                c = known == null ? null : forced(s, runs.get(r)[0], runs.get(r)[1], known).orElse(null);
            }
            if (c != null) {
                out.add(c);
            }
        }
    }

    // Types this article has given names WordNet does not know, by the names they are listed with; per finder, so
    // per article ("Lübeck, Hamburg and Bremen" makes Lübeck a city wherever the article mentions it).
    private final java.util.Map<String, AnswerType> learned = new java.util.HashMap<>();

    /** Whether the finder has learnt a type it did not have before the last {@link #forget} call. */
    boolean learnt() {
        return !learned.isEmpty();
    }

    /**
     * Names listed together ("London, Bruges, Bergen and Novgorod") are of one kind: an unknown name in a list whose
     * typed names (at least two) all share one type takes that type.
     */
    private void inferFromCoordination(Sentence s, List<int[]> runs, List<Candidate> typed) {
        List<Token> t = s.tokens();
        int r = 0;
        while (r < runs.size()) {
            int end = r;
            while (end + 1 < runs.size() && coordinated(t, runs.get(end)[1], runs.get(end + 1)[0])) {
                end++;
            }
            java.util.Set<AnswerType> types = new java.util.HashSet<>();
            int known = 0;
            for (int k = r; k <= end; k++) {
                if (typed.get(k) != null) {
                    types.add(typed.get(k).type());
                    known++;
                }
            }
            if (end > r && known >= 2 && known <= end - r && types.size() == 1) {
                AnswerType type = types.iterator().next();
                for (int k = r; k <= end; k++) {
                    int[] run = runs.get(k);
                    if (typed.get(k) == null && run[1] - run[0] <= 3 && !lexicon.isDemonym(t.get(run[0]).text())
                            && !Text.isAcronym(t.get(run[0]).text()) && !Words.INSTANCE.knows(span(s, run))) {
                        learned.putIfAbsent(Text.normalise(span(s, run)), type);
                    }
                }
            }
            r = end + 1;
        }
    }

    /**
     * A name of two or three words right after a noun for a kind of person ("the chemist William Ramsay", "director
     * Rian Johnson") is a person's, wherever the article mentions it.
     */
    private void inferFromRole(Sentence s, List<int[]> runs, List<Candidate> typed) {
        List<Token> t = s.tokens();
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            int words = run[1] - run[0];
            if (typed.get(r) == null && run[0] > 0 && words >= 2 && words <= 3) {
                Token before = t.get(run[0] - 1);
                if (before.tag().startsWith("NN") && !before.isCapitalised() && lexicon.isPersonNoun(before.lemma())
                        && !lexicon.isDemonym(t.get(run[0]).text())) {
                    learned.putIfAbsent(Text.normalise(span(s, run)), AnswerType.PERSON);
                }
            }
        }
    }

    /** Only a comma, "and" or "or" (or ", and") stand between two names of a list. */
    private static boolean coordinated(List<Token> t, int after, int before) {
        String between = t.subList(after, before).stream().map(Token::text).reduce("", (a, b) -> a + " " + b).strip();
        return between.equals(",") || between.equals("and") || between.equals("or") || between.equals(", and")
                || between.equals(", or");
    }

    private static String span(Sentence s, int[] run) {
        return s.text().substring(s.tokens().get(run[0]).start(), s.tokens().get(run[1] - 1).end());
    }

    /** A candidate of a type the article itself gave the name. */
    private Optional<Candidate> forced(Sentence s, int from, int to, AnswerType type) {
        List<Token> t = s.tokens();
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        if (glued(s.text(), start, end)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(s, start, end, s.text().substring(start, end), type, definite(t, from)));
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
            // A first word WordNet does not know, heading a list of names ("Lübeck, Hamburg and Bremen"), is one too.
            boolean listHead = inName(tok) && t.size() > 2 && t.get(1).text().equals(",") && t.get(2).isProperNoun()
                    && !Words.INSTANCE.knows(tok.text());
            return tok.isProperNoun() || listHead || (inName(tok) && t.size() > 1 && t.get(1).isProperNoun());
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
        while (from < to - 1 && (lexicon.isDemonym(t.get(from).text()) || lexicon.isPersonNoun(t.get(from).text()))
                && !NAME_GLUE.contains(t.get(from + 1).text())) {
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
        if (to - from > 2 && NAME_GLUE.contains(t.get(from + 1).text())) {
            // "University of North Carolina", "Bank of England": the word before "of" is the head.
            Optional<AnswerType> first = lexicon.typeOf(t.get(from).text().toLowerCase(Locale.ROOT));
            if (first.isPresent() && first.get() == AnswerType.ORGANISATION) {
                return first;
            }
        }
        if (to - from > 1) {
            String head = t.get(to - 1).text();
            Optional<AnswerType> common = lexicon.typeOf(head.toLowerCase(Locale.ROOT));
            if (common.isPresent() && !lexicon.isInstance(head.toLowerCase(Locale.ROOT))
                    && common.get() != AnswerType.PERSON) {
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
