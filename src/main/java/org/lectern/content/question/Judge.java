package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, as a careful teacher would, whether a sentence and a blank in it can carry a question, and how good the
 * drafted question is, with the reasons in words. Each refusal is a rule of English or of how articles are written,
 * drawn from what blind reviewers threw away (see {@code docs/question-review/}), never from one article:
 * <ul>
 * <li><b>The sentence must stand alone</b>: no first person ("I", "my"), no demonstrative reaching back ("this
 * bridge", "these countries", "the latter"), no opening pronoun or conjunction, no half-quoted or mostly quoted
 * speech, no "they" or "the other" with nothing before it to point at, no markup left by a wiki dump ("]]", "|",
 * "&percnt;", file names such as "Gaida.jpg", escaped links), a verb (not a caption or heading run into the text), no
 * page furniture (photo credits, "click", "subscribe"), no phonetic brackets, no brackets emptied of their text or
 * left without their pair, no trailing ellipsis (a teaser or list entry cut short).</li>
 * <li><b>One defensible answer</b>: a number after a bound ("more than", "below", "up to", "at least") is refused,
 * since every number on the open side is true as well; so is one end of a range ("between $600 and _____"), whose
 * other end rules out every option on its side; and a year after "until", "by", "before", "after" or "since", which
 * bounds a period rather than dating an event.</li>
 * <li><b>Not trivial</b>: no count or measure (crews, leaks, miles of pipe: round 2's reviewer rejected every one of
 * them); a share or a sum only when it is a headline figure, given by the title or summary or opening its lesson; no
 * decimal share (40.1% against 48.6% is memory, not understanding); no year that only dates another figure in the
 * same sentence; no person or organisation the article names only once (a translator, a passer-by); no name of a
 * list of five or more (one amethyst country of seven); no term the article names ("also known as _____": its other
 * terms never fitted the blank as options in review).</li>
 * <li><b>Not cued</b>: the answer is not in the lesson's or the article's title; the blank does not follow a
 * possessive ("Paris's _____" rules out every continent) or a title ("Lady _____"), nor stand before a noun it
 * modifies ("the _____ campaign" rules out every country); no abbreviation in the stem spells the listed names'
 * initials (BRICS gives South Africa away); no conversion in brackets follows a number ("_____ (118 miles)"); no
 * nationality stands just before a person ("Dutch explorer _____"); no place in apposition to another ("Florence,
 * _____", "in _____, Moravia": where a place lies is general knowledge); no person blank beside a pronoun that
 * tells their sex ("her replacement" picks the one woman).</li>
 * </ul>
 * Drafts that pass get a score from how central the sentence is, how salient the answer and where the wrong options
 * come from; the reasons an instructor reads are the same facts in words.
 */
final class Judge {

    private static final Set<String> FIRST_PERSON = Set.of("I", "me", "my", "mine", "myself", "Me", "My");
    private static final Set<String> OPENERS = Set.of("this", "these", "those", "that", "such", "both", "another",
            "it", "its", "they", "their", "them", "he", "she", "his", "her", "and", "but", "or", "yet", "so", "nor",
            "because", "which", "while", "although", "though", "then", "here", "there's", "thus", "hence", "also",
            "neither", "instead", "still", "yes", "no", "otherwise", "besides", "meanwhile");
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> BACK_REFERENCES = Set.of("the same", "the above",
            "the other", "the rest", "the remaining", "last year", "next year", "this year", "last month",
            "next month", "this month", "last week", "next week", "this week", "yesterday", "tomorrow", "today",
            "tonight", "currently", "later on",
            "as above", "see below", "as follows", "the following", "mentioned above", "shown here", "pictured");
    /**
     * "The former" and "the latter" point back when they stand for a noun ("the latter was cheaper"), not when they
     * qualify one ("the former Soviet Union", "the latter half of the year"): a word other than a verb after them
     * makes them an adjective.
     */
    private static final String FORMER_OR_LATTER = "the (?:former|latter)(?!\\s+(?!(?:is|was|are|were|has|had|have"
            + "|will|would|can|could|may|might|must|should|does|did|also|too)\\b)[\\p{L}])";
    private static final Pattern BACK_REFERENCE =
            Pattern.compile("\\b(?:" + FORMER_OR_LATTER + "|" + String.join("|", BACK_REFERENCES) + ")\\b");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]*)[”\"]");
    private static final Pattern FURNITURE = Pattern.compile("(?i)\\b(?:photo(?:graph)?s?|image|illustration|credit"
            + "|courtesy|getty|shutterstock|pictured|click|subscribe|sign up|newsletter|advertisement|read more"
            + "|share this|follow us|all rights reserved)\\b");
    // "April 17, 2015 -- Imagine ...", "WASHINGTON — ...": a news dateline run into the first sentence.
    private static final Pattern DATELINE = Pattern.compile("^(?:\\p{Lu}[\\p{L}.]*\\.? \\d{1,2}, \\d{4}|\\p{Lu}{3,}[\\p{Lu} ,]*)"
            + "\\s*(?:--|—|–)");
    private static final Pattern BOUND = Pattern.compile("(?i)(?:more than|less than|fewer than|greater than|at least"
            + "|at most|up to|no more than|over|under|below|above|nearly|almost|exceed(?:s|ed|ing)?|beyond|upwards of"
            + "|in excess of|as (?:many|much|few|little|high|low) as|(?:a )?minimum of|(?:a )?maximum of)\\s+(?:about\\s+"
            + "|around\\s+|some\\s+)?$");
    /** A year right after these words ends or starts a period rather than dating an event. */
    private static final Pattern YEAR_BOUND = Pattern.compile("(?i)\\b(?:until|till|by|before|after|since)\\s+$");
    /** "Gaida.jpg", "File:", "%7C": an image's file name or an escaped link left in the text by an export. */
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)\\.(?:jpe?g|png|gif|svg|tiff?|webp)\\b|\\b(?:file|image|category):\\S|%[0-9a-f]{2}");
    /** "(; Okapia johnstoni)", "( )": brackets whose text was lost when the page was copied. */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*[;,:]|\\(\\s*\\)");
    private static final Set<String> TITLES = Set.of("Lady", "Lord", "Sir", "Dame", "King", "Queen", "Prince",
            "Princess", "Saint", "St", "Dr", "Mr", "Mrs", "Ms", "Miss", "President", "General", "Captain", "Pope",
            "Emperor", "Empress", "Duke", "Duchess", "Count", "Countess", "Professor", "Prof", "Senator", "Governor");
    private static final Set<AnswerType> NAMES = Set.of(AnswerType.COUNTRY, AnswerType.CITY, AnswerType.REGION,
            AnswerType.WATER, AnswerType.ORGANISATION, AnswerType.PERSON);

    private static final Set<AnswerType> PLACES = Set.of(AnswerType.COUNTRY, AnswerType.CITY, AnswerType.REGION,
            AnswerType.WATER);
    /** A list of this many names or more ("Brazil, Mexico, Uruguay, Russia, _____, Namibia and ...") is a catalogue. */
    static final int LONG_LIST = 5;
    private static final Set<String> JOINERS = Set.of(",", "and", "or", "&");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ")", ":");

    /** Stems longer than this read as a passage, not a question. */
    static final int LONG_STEM_WORDS = 32;

    private final Facts facts;
    private final Kinds kinds;
    private final Lexicon lexicon;

    Judge(Facts facts, Kinds kinds, Lexicon lexicon) {
        this.facts = facts;
        this.kinds = kinds;
        this.lexicon = lexicon;
    }

    /** Why a defining sentence cannot carry a question: the rules of {@link #refuseSentence} but the verb's. */
    Optional<String> refuseDefinition(Sentence s) {
        return refuse(s, false);
    }

    /** Why the sentence cannot carry a question, or empty when it can. */
    Optional<String> refuseSentence(Sentence s) {
        return refuse(s, true);
    }

    private Optional<String> refuse(Sentence s, boolean needsVerb) {
        List<Token> t = s.tokens();
        String text = s.text();
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        if (t.isEmpty()) {
            return Optional.of("empty");
        }
        if (t.stream().anyMatch(x -> FIRST_PERSON.contains(x.text()) && x.tag().startsWith("PRP"))) {
            return Optional.of("first person: the writer's own story, not a fact to learn");
        }
        String first = ClauseQuestions.dropConnective(text).strip();
        String firstWord = Text.words(first).isEmpty() ? "" : Text.words(first).get(0).toLowerCase(Locale.ROOT);
        if (OPENERS.contains(firstWord) || !Character.isUpperCase(first.isEmpty() ? 'x' : first.charAt(0))) {
            return Optional.of("opens with a word that reaches back to the sentence before");
        }
        // "In 1971, he began ...": a personal pronoun before any name in the sentence refers to the one before.
        // "They", "them", "their" with no plural noun before them in the sentence point at the sentence before.
        for (Token x : t) {
            // A plural noun: the tagger's plural tags are unreliable, its lemma ("animals" → "animal") is not.
            boolean plural = x.tag().startsWith("NN") && !x.text().equalsIgnoreCase(x.lemma());
            if (plural || x.isProperNoun()) {
                break;
            }
            if (Set.of("they", "them", "their").contains(x.text().toLowerCase(Locale.ROOT))) {
                return Optional.of("\"" + x.text() + "\" points at something the stem does not show");
            }
        }
        for (Token x : t) {
            if (x.isProperNoun()) {
                break;
            }
            if (PERSONAL.contains(x.text().toLowerCase(Locale.ROOT)) && x.tag().startsWith("PRP")) {
                return Optional.of("\"" + x.text() + "\" refers to someone the stem does not name");
            }
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (Set.of("this", "these", "those", "that").contains(w) && t.get(i).tag().equals("DT")
                    && t.get(i + 1).tag().startsWith("NN") && i > 0) {
                return Optional.of("\"" + t.get(i).text() + " " + t.get(i + 1).text()
                        + "\" points at something the stem does not show");
            }
        }
        Matcher back = BACK_REFERENCE.matcher(lower);
        if (back.find()) {
            return Optional.of("\"" + back.group() + "\" points at something the stem does not show");
        }
        if (count(text, '“') != count(text, '”') || count(text, '"') % 2 != 0) {
            return Optional.of("a quotation mark without its pair: a fragment of speech");
        }
        if (quotedWords(text) * 3 > s.words()) {
            return Optional.of("mostly quoted speech: an opinion, not a fact");
        }
        // The tagger often reads a simple past ("kept", "quadrupled") as a participle, so any verb form but the -ing
        // form counts as a verb here.
        if (needsVerb && t.stream().noneMatch(x -> x.isVerb() && !x.tag().equals("VBG"))) {
            return Optional.of("no finite verb: a caption, heading or fragment");
        }
        if (text.strip().endsWith("…") || text.strip().endsWith("...")) {
            return Optional.of("ends in an ellipsis: a fragment cut short (a teaser or a list entry)");
        }
        if (FILE_NAME.matcher(text).find()) {
            return Optional.of("a file name or an escaped link in the sentence: page markup");
        }
        if (count(text, '(') != count(text, ')')) {
            return Optional.of("a bracket without its pair: a sentence cut short");
        }
        if (EMPTY_BRACKETS.matcher(text).find()) {
            return Optional.of("brackets emptied of their text (a pronunciation or note the copy lost): garbled");
        }
        if (FURNITURE.matcher(text).find() || text.contains("[") || text.contains("]") || text.contains("|")
                || text.contains("&") && text.matches(".*&[a-z]+;.*") || text.strip().endsWith(":")
                || DATELINE.matcher(text).find()) {
            return Optional.of("page furniture or markup in the sentence");
        }
        return Optional.empty();
    }

    /** Why this blank cannot carry a question, or empty when it can. */
    Optional<String> refuseBlank(Candidate c, List<Candidate> inSentence) {
        Sentence s = c.sentence();
        String before = s.text().substring(0, c.start());
        String lessonTitle = facts.article.lessons().get(s.lesson()).title();
        if (c.type() == AnswerType.TERM) {
            return Optional.of("a common word: the blank tests the sentence's wording, not a fact");
        }
        if (c.type() == AnswerType.DEFINED) {
            // Rounds 3 and 5: never kept by a reviewer; the other terms of an article rarely fit the blank.
            return Optional.of("a term the article names: its other terms do not fit the blank as options");
        }
        if (Related.mentions(lessonTitle, c.text(), lexicon) || Related.mentions(facts.article.title(), c.text(),
                lexicon)) {
            return Optional.of("the answer stands in the title");
        }
        if (insideBrackets(s.text(), c.start(), c.end())) {
            return Optional.of("a detail in brackets");
        }
        if (insideQuotes(s.text(), c.start())) {
            return Optional.of("a word inside a quotation: the quote's wording, not a fact");
        }
        if (c.type() == AnswerType.QUANTITY) {
            return Optional.of("a count or measure: in review nearly always a detail nobody would teach");
        }
        if ((c.type() == AnswerType.PERCENT || c.type() == AnswerType.MONEY) && !headline(c)) {
            return Optional.of("a figure the article does not put forward (not in its title, summary or a lesson's "
                    + "opening sentence)");
        }
        if (c.type() == AnswerType.YEAR && yearsIn(s.text()) > 1) {
            return Optional.of("two dates in one sentence: their order gives one away");
        }
        if (c.type().numeric && CandidateFinder.inRange(s.text(), c.start(), c.end())) {
            return Optional.of("one end of a range: the other end rules out every option on its side");
        }
        if (c.type().numeric && s.text().substring(c.end()).matches("^\\s?\\(\\s?[~≈]?\\d.*")) {
            return Optional.of("the conversion in brackets after the blank gives the answer away");
        }
        if (!Character.isLetterOrDigit(c.text().charAt(c.text().length() - 1)) && !c.text().endsWith("%")
                && !c.text().endsWith(")")) {
            return Optional.of("the answer ends in punctuation");
        }
        if (c.type() == AnswerType.YEAR && YEAR_BOUND.matcher(before).find()) {
            return Optional.of("the year bounds a period (\"until 1598\", \"by 2040\"): any year on its side fits too");
        }
        if (c.type().numeric && BOUND.matcher(before).find()) {
            return Optional.of("a bound (\"more than\", \"up to\") makes other numbers true too");
        }
        if ((c.type() == AnswerType.PERCENT || c.type() == AnswerType.QUANTITY) && c.text().matches(".*\\d\\.\\d.*")) {
            return Optional.of("a decimal: memory of a digit, not understanding");
        }
        if (c.type() == AnswerType.YEAR && inSentence.stream().anyMatch(o -> o != c && o.type().numeric
                && o.type() != AnswerType.YEAR)) {
            return Optional.of("the year only dates another figure of the sentence");
        }
        List<Token> t = s.tokens();
        int first = s.tokenStartingAt(c.start());
        int last = s.tokenEndingAt(c.end());
        if (c.end() < s.text().length() && s.text().charAt(c.end()) == '-' || c.start() > 0
                && s.text().charAt(c.start() - 1) == '-') {
            return Optional.of("the blank is half of a hyphenated word");
        }
        int head = last + 1;
        while (c.type() == AnswerType.YEAR && head >= 1 && head < t.size() && t.get(head).tag().startsWith("JJ")) {
            head++;
        }
        if (c.type() == AnswerType.YEAR && last >= 0 && head < t.size() && t.get(head).tag().startsWith("NN")
                && !t.get(head).isCapitalised()) {
            return Optional.of("the year only qualifies a noun (\"a 1657 map\")");
        }
        if (c.type() == AnswerType.YEAR && first > 1 && (t.get(first - 1).isProperNoun() || first > 2
                && t.get(first - 1).text().equals("of") && t.get(first - 2).isCapitalised())) {
            return Optional.of("the year is part of a name (\"the Investment Company Act of _____\")");
        }
        if (!NAMES.contains(c.type())) {
            return Optional.empty();
        }
        if (listItems(t, first, last) >= LONG_LIST) {
            return Optional.of("one name of a long list: recalling one item of many is a detail");
        }
        if (PLACES.contains(c.type()) && placeBeside(t, first, last)) {
            return Optional.of("a place beside the blank says where it lies: the answer is general knowledge");
        }
        if (c.type() == AnswerType.PERSON && t.stream().anyMatch(x -> x.tag().startsWith("PRP")
                && PERSONAL.contains(x.text().toLowerCase(Locale.ROOT)))) {
            return Optional.of("a pronoun in the stem (\"her\", \"his\") tells the person's sex, which picks "
                    + "among the options");
        }
        if (first > 1 && t.get(first - 1).isProperNoun() || last >= 0 && last + 1 < t.size()
                && t.get(last + 1).isProperNoun()) {
            return Optional.of("the blank is part of a longer name or title");
        }
        if (first > 0) {
            Token prev = t.get(first - 1);
            if (prev.tag().equals("POS") || Set.of("its", "their", "his", "her").contains(prev.text().toLowerCase(
                    Locale.ROOT)) || prev.text().endsWith("’s") || prev.text().endsWith("'s")) {
                return Optional.of("a possessive before the blank leaves one option that fits");
            }
            if (TITLES.contains(prev.text().replace(".", ""))) {
                return Optional.of("a title before the blank leaves one option that fits");
            }
            // "Dutch explorer _____": the nationality picks the one Dutchman among the options.
            for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
                if (c.type() == AnswerType.PERSON && lexicon.isDemonym(t.get(k).text())) {
                    return Optional.of("a nationality before the blank points at the answer");
                }
            }
        }
        if (last >= 0 && last + 1 < t.size() && t.get(last + 1).tag().startsWith("NN")
                && !t.get(last + 1).isCapitalised()) {
            return Optional.of("the blank modifies the noun after it (\"the _____ campaign\")");
        }
        if (spelledByAbbreviation(c, inSentence)) {
            return Optional.of("an abbreviation in the stem spells the answer's initial");
        }
        if ((c.type() == AnswerType.PERSON || c.type() == AnswerType.ORGANISATION) && mentions(c) < 2) {
            return Optional.of("named once in the article: a detail, not what it teaches");
        }
        if (c.type() == AnswerType.PERSON && !kinds.knowsRole(c)) {
            return Optional.of("what the person is (their role) is unknown, so no options of the same role");
        }
        return Optional.empty();
    }

    /**
     * The draft's score and the reasons for it. The sentence's own score says how central it is; the answer's
     * salience and the origin of the wrong options add to it, a long stem takes away.
     */
    Optional<Draft> assess(Draft d, Candidate c, double centrality) {
        List<String> good = new ArrayList<>();
        List<String> doubts = new ArrayList<>();
        double score = d.score();
        int mentions = NAMES.contains(c.type()) ? mentions(c) : 0;
        if (mentions >= 3) {
            good.add("a main name of the article (named " + mentions + " times)");
            score += 0.2;
        }
        if (centrality >= 0.6) {
            good.add("the sentence uses the article's key words");
        }
        if (!c.sentence().citations().isEmpty()) {
            good.add("the author cites a source for it");
        }
        long fromArticle = d.distractors().stream().filter(o -> facts.hasText(c.type(), o)
                || facts.names().contains(Text.normalise(o))).count();
        if (!c.type().numeric && c.type() != AnswerType.CENTURY && fromArticle < 2) {
            return Optional.empty(); // WordNet's siblings alone are too often absurd in the sentence's role
        }
        if (fromArticle == 3) {
            good.add(c.type().numeric ? "wrong options: other figures the article gives"
                    : "wrong options: other " + noun(c.type()) + " the article names");
            score += 0.3;
        } else if (!c.type().numeric) {
            doubts.add(fromArticle + " of 3 wrong options from the article, the rest from WordNet");
        } else {
            doubts.add("wrong options: the answer's number changed");
            score -= 0.1;
        }
        int words = Text.wordCount(d.stem());
        if (words > LONG_STEM_WORDS) {
            doubts.add("long stem (" + words + " words)");
            score -= 0.3 * Math.min(3, (words - LONG_STEM_WORDS) / 5.0);
        }
        if (d.kind() == QuestionKind.WH_QUESTION) {
            good.add("asked as a question, not a gap");
        }
        List<String> reasons = new ArrayList<>(good);
        reasons.addAll(doubts);
        return Optional.of(d.judged(score, reasons));
    }

    private static String noun(AnswerType t) {
        return switch (t) {
            case COUNTRY -> "countries";
            case CITY -> "cities";
            case REGION -> "places";
            case WATER -> "waters";
            case ORGANISATION -> "organisations";
            case PERSON -> "people";
            case CENTURY -> "centuries";
            default -> "terms";
        };
    }

    /**
     * A headline figure: the article's title or summary gives it, or it stands in the opening sentence of its lesson,
     * where writers put the figure a section is about.
     */
    private boolean headline(Candidate c) {
        String figure = Text.normalise(c.text());
        String front = " " + Text.normalise(facts.article.title() + " " + facts.article.summary()) + " ";
        if (front.contains(" " + figure + " ")) {
            return true;
        }
        List<Sentence> lesson = facts.lesson(c.sentence().lesson());
        return !lesson.isEmpty() && lesson.get(0).index() == c.sentence().index();
    }

    /**
     * How often the article names the candidate as a name of its type, from the per-article index (a look-up, not a
     * scan of the article per blank).
     */
    int mentions(Candidate c) {
        return facts.entry(c.type(), c.key()).map(Facts.Entry::count).orElse(1);
    }

    /**
     * How many names the comma-and list around the blank holds, the blank included: runs of proper nouns joined by
     * commas, "and", "or" or "&"; 1 when the blank stands in no list.
     */
    static int listItems(List<Token> t, int first, int last) {
        if (first < 0 || last < first) {
            return 1;
        }
        int items = 1;
        int i = first - 1;
        while (i >= 1 && isJoiner(t.get(i)) && t.get(i - 1).isProperNoun()) {
            items++;
            i -= 2;
            while (i >= 0 && t.get(i).isProperNoun()) {
                i--;
            }
            if (i >= 0 && t.get(i).text().equals(",") && i >= 1 && isJoiner(t.get(i - 1))) {
                i--; // ", and"
            }
        }
        int j = last + 1;
        while (j + 1 < t.size() && isJoiner(t.get(j)) && t.get(j + 1).isProperNoun()) {
            items++;
            j += 2;
            while (j < t.size() && t.get(j).isProperNoun()) {
                j++;
            }
            if (j + 1 < t.size() && t.get(j).text().equals(",") && isJoiner(t.get(j + 1))) {
                j++; // ", and"
            }
        }
        return items;
    }

    private static boolean isJoiner(Token t) {
        return JOINERS.contains(t.text());
    }

    /**
     * Whether the blank stands in apposition to another place, as addresses are written: right after "Florence,"
     * ("Florence, _____" for the country) or right before ", Moravia" after a preposition ("in _____, Moravia" for
     * the city), and not as one item of a list joined by "and".
     */
    static boolean placeBeside(List<Token> t, int first, int last) {
        if (first < 0 || last < first) {
            return false;
        }
        boolean after = last + 1 >= t.size() || CLAUSE_ENDS.contains(t.get(last + 1).text());
        if (first >= 2 && t.get(first - 1).text().equals(",") && t.get(first - 2).isProperNoun() && after
                && !(last + 2 < t.size() && t.get(last + 1).text().equals(",") && isJoiner(t.get(last + 2)))) {
            return true;
        }
        return first >= 1 && t.get(first - 1).tag().equals("IN") && last + 2 < t.size()
                && t.get(last + 1).text().equals(",") && t.get(last + 2).isProperNoun();
    }

    private static boolean insideQuotes(String text, int start) {
        String before = text.substring(0, start);
        return count(before, '“') > count(before, '”') || count(before, '"') % 2 == 1;
    }

    /** Whether more brackets open than close before the blank. */
    private static boolean insideBrackets(String text, int start, int end) {
        String before = text.substring(0, start);
        return count(before, '(') > count(before, ')') || count(before, '[') > count(before, ']');
    }

    private static int yearsIn(String text) {
        var m = CandidateFinder.YEAR.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** BRICS in "Brazil, Russia, India, China and _____": an abbreviation holding the initials of the list. */
    private static boolean spelledByAbbreviation(Candidate c, List<Candidate> inSentence) {
        char initial = Character.toUpperCase(c.text().charAt(0));
        for (Token x : c.sentence().tokens()) {
            String w = x.text();
            if (w.length() >= 3 && Text.isAcronym(w) && w.indexOf(initial) >= 0) {
                long listed = inSentence.stream().filter(o -> o != c && o.type() == c.type()
                        && w.indexOf(Character.toUpperCase(o.text().charAt(0))) >= 0).count();
                if (listed >= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int count(String s, char ch) {
        return (int) s.chars().filter(x -> x == ch).count();
    }

    private static int quotedWords(String s) {
        var m = QUOTED.matcher(s);
        int n = 0;
        while (m.find()) {
            n += Text.wordCount(m.group(1));
        }
        return n;
    }
}
