package org.lectern.content.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores every lint-clean draft on the defects a blind review finds (round 0 of {@code docs/question-review}) and
 * refuses those a careful teacher would throw away; only what clears {@link #BAR} is kept, and a lesson may end up
 * with fewer than three questions. Each rule is a rule of English or of how articles are written, never of one
 * article:
 *
 * <ul>
 *   <li><b>Self-contained source.</b> A sentence that leans on the one before ("this state", "these animals", "such
 *       medicines", "There, ...", "Then ...", "they" with no plural noun before it, "he" with no name in the
 *       sentence, a bare "The museum ..." opening a sentence that names nothing) cannot carry a question.</li>
 *   <li><b>Captions and page noise.</b> A "sentence" with no finite verb is a caption or a heading; one with a web
 *       address, a photo credit or a pipe is page furniture.</li>
 *   <li><b>Common nouns</b> ({@link AnswerType#TERM}) test vocabulary or a stock phrase, not the article: refused.</li>
 *   <li><b>Names</b>: at most one wrong option may be a name the article never uses (invented siblings from WordNet
 *       are the absurd options a guesser strikes out; one costs score), and the answer must not stand in the course
 *       or lesson title, nor be the article's main subject.</li>
 *   <li><b>Years</b>: every wrong year must be one the article gives for something else, so that the article
 *       contradicts it; neighbouring years made up around the key test nothing.</li>
 *   <li><b>Other numbers</b>: not when the key is the only non-round option, when the stem converts the blank
 *       ("_____ (25 in)"), when the blank stands in brackets, or when the stem relates it to another number
 *       ("twice", "half", "most").</li>
 *   <li><b>Length</b>: stems over {@value #MAX_WORDS} words are refused, over {@value #LONG_WORDS} lose score.</li>
 * </ul>
 *
 * <p>What is left is ranked: the sentence's centrality (from {@link Scoring}) plus the worth of what is blanked
 * (a defined term or a recurring actor above a bare year or count) plus the quality of the options.
 */
final class Quality {

    /** The score a draft must reach to be kept. */
    static final double BAR = 2.3;
    static final int MAX_WORDS = 40;
    static final int LONG_WORDS = 32;

    /** A draft's score with the reasons for it; refused when any refusal is given. */
    record Assessment(Draft draft, double score, List<String> reasons, List<String> refusals) {

        Assessment {
            reasons = List.copyOf(reasons);
            refusals = List.copyOf(refusals);
        }

        boolean kept() {
            return refusals.isEmpty() && score >= BAR;
        }
    }

    private final Facts facts;
    private final String articleText;
    private final Set<Integer> articleYears = new HashSet<>();

    Quality(Facts facts) {
        this.facts = facts;
        this.articleText = " " + String.join(" ", facts.normalisedSentences) + " ";
        for (Sentence s : facts.sentences) {
            Matcher m = CandidateFinder.YEAR.matcher(s.text());
            while (m.find()) {
                articleYears.add(Integer.parseInt(m.group(1)));
            }
        }
    }

    Assessment assess(Draft draft) {
        AnswerType type = typeOf(draft);
        Draft d = draft;
        Optional<String> numeric = Optional.empty();
        if (type.numeric) {
            // A numeric draft carries a set of wrong numbers for each place of the answer: keep the sets that pass.
            List<List<String>> sets = draft.byPlace().isEmpty() ? List.of(draft.distractors()) : draft.byPlace();
            List<List<String>> passing = sets.stream()
                    .filter(v -> numberRefusal(type, draft.stem(), draft.answer(), v).isEmpty()).toList();
            if (passing.isEmpty()) {
                numeric = numberRefusal(type, draft.stem(), draft.answer(), draft.distractors());
            } else {
                List<List<String>> places = sets.stream().map(v -> passing.contains(v) ? v : passing.get(0)).toList();
                d = new Draft(draft.kind(), draft.stem(), draft.answer(), places.get(0), draft.source(),
                        draft.explanation(), draft.numeric(), draft.score(), draft.shows(),
                        draft.byPlace().isEmpty() ? List.of() : places);
            }
        }
        List<String> reasons = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        double score = d.score();
        reasons.add(String.format(Locale.ROOT, "sentence and fact %.1f", d.score()));
        notSelfContained(d.source()).ifPresent(refusals::add);
        caption(d.source()).ifPresent(refusals::add);
        numeric.ifPresent(refusals::add);
        inTitle(d.answer(), facts.article.title(), facts.article.lessons().get(d.source().lesson()).title())
                .ifPresent(refusals::add);
        partOfName(d.stem()).ifPresent(refusals::add);
        answerInStem(d.stem(), d.answer()).ifPresent(refusals::add);
        footnoteOrBracket(d.stem()).ifPresent(refusals::add);
        if (HEDGE.matcher(d.source().text()).find()) {
            score -= 0.3;
            reasons.add("a hedged claim (might, may, could) -0.3");
        }
        if (d.stem().contains(Text.BLANK + "’s") || d.stem().contains(Text.BLANK + "'s")) {
            score -= 0.3;
            reasons.add("a possessive blank, which few options fit -0.3");
        }
        int words = Text.wordCount(d.stem());
        if (words > MAX_WORDS) {
            refusals.add("stem of " + words + " words");
        } else if (words > LONG_WORDS) {
            score -= 0.5;
            reasons.add("long stem (" + words + " words) -0.5");
        }
        if (d.stem().endsWith("…")) {
            score -= 0.3;
            reasons.add("stem cut short -0.3");
        }
        switch (type) {
            case TERM -> refusals.add("a common noun: tests vocabulary, not the article");
            case YEAR -> {
                score -= 0.5;
                reasons.add("an exact year -0.5");
            }
            case QUANTITY, MONEY, PERCENT -> {
                score -= type == AnswerType.QUANTITY ? 0.6 : 0.3;
                reasons.add(type == AnswerType.QUANTITY ? "a count or measure -0.6" : "an amount or share -0.3");
            }
            case CENTURY -> {
                score -= 0.2;
                reasons.add("a century -0.2");
            }
            case DEFINED -> {
                score += 0.6;
                reasons.add("a term the article defines +0.6");
            }
            default -> {
                long foreign = d.distractors().stream()
                        .filter(o -> !articleText.contains(" " + Text.normalise(o) + " ")).count();
                if (foreign > 1) {
                    refusals.add(foreignNames(d.distractors(), articleText).orElseThrow());
                } else if (foreign == 1) {
                    score -= 0.4;
                    reasons.add("one wrong option the article never names -0.4");
                } else {
                    score += 0.3;
                    reasons.add("wrong options are the article's own names +0.3");
                }
                int count = count(type, d.answer());
                int most = d.distractors().stream().mapToInt(o -> count(type, o)).max().orElse(0);
                if (count >= 4 && count >= 3 * Math.max(1, most)) {
                    refusals.add("the answer is the article's main subject (" + count + " mentions against at most "
                            + most + "): a guesser picks it");
                } else if (count >= 2) {
                    score += 0.3;
                    reasons.add("the answer recurs in the article +0.3");
                }
                AnswerType answerType = type;
                long ambiguous = d.distractors().stream().filter(o -> otherType(answerType, o)).count();
                if (ambiguous > 0) {
                    score -= 0.3 * ambiguous;
                    reasons.add(ambiguous + " wrong option(s) the article also names as another kind of thing -"
                            + String.format(Locale.ROOT, "%.1f", 0.3 * ambiguous));
                }
                String key = d.answer();
                long together = d.distractors().stream().filter(o -> namedTogether(key, o)).count();
                if (together >= 2) {
                    score += 0.3;
                    reasons.add("wrong options named beside the answer elsewhere in the article +0.3");
                } else if (together == 0) {
                    score -= 0.3;
                    reasons.add("no wrong option is ever named beside the answer -0.3");
                }
            }
        }
        if (type.numeric && !type.equals(AnswerType.YEAR) && d.distractors().stream()
                .allMatch(o -> articleText.contains(" " + Text.normalise(o) + " "))) {
            score += 0.3;
            reasons.add("wrong numbers are the article's own +0.3");
        }
        return new Assessment(d, score, reasons, refusals);
    }

    private static final Pattern HEDGE = Pattern.compile("\\b(might|may|could|perhaps|possibly)\\b");
    private static final Pattern FOOTNOTE = Pattern.compile("[\\p{Ll}][.,;:)]\\d{1,3}(?=\\s|$)|\\p{Ll}{4,}\\d{1,3}(?=[\\s.,;]|$)"
            + "|\\[[^\\]]*\\]");

    /** A footnote number glued to a word ("Empire,54", "deforestation23") or a bracketed aside ("[n 8]", IPA). */
    static Optional<String> footnoteOrBracket(String stem) {
        Matcher m = FOOTNOTE.matcher(stem);
        return m.find() ? Optional.of("page noise in the stem: “" + m.group() + "”") : Optional.empty();
    }

    /** Whether the article also types this name as something other than the answer's type (a city as a person). */
    private boolean otherType(AnswerType type, String name) {
        String key = Text.normalise(name);
        for (AnswerType t : AnswerType.values()) {
            if (t != type && !t.numeric && t != AnswerType.TERM && t != AnswerType.DEFINED
                    && facts.entry(t, key).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private int count(AnswerType type, String name) {
        return facts.entry(type, Text.normalise(name)).map(Facts.Entry::count).orElse(1);
    }

    /** Whether a sentence of the article names both: names listed or contrasted together play the same role. */
    private boolean namedTogether(String answer, String other) {
        String a = " " + Text.normalise(answer) + " ";
        String o = " " + Text.normalise(other) + " ";
        return facts.normalisedSentences.stream().map(t -> " " + t + " ").anyMatch(t -> t.contains(a) && t.contains(o));
    }

    private Optional<String> numberRefusal(AnswerType type, String stem, String answer, List<String> distractors) {
        return type == AnswerType.YEAR ? inventedYears(answer, distractors, articleYears)
                : numberCue(stem, answer, distractors);
    }

    /** The draft's answer type, as the article's pools know it. */
    AnswerType typeOf(Draft d) {
        String a = d.answer().strip();
        if (d.numeric()) {
            if (Numbers.isYear(a)) {
                return AnswerType.YEAR;
            }
            String f = QuestionLint.format(a);
            return f.startsWith("percentage") ? AnswerType.PERCENT : f.startsWith("money") ? AnswerType.MONEY
                    : AnswerType.QUANTITY;
        }
        String key = Text.normalise(a);
        AnswerType fallback = null;
        for (AnswerType t : AnswerType.values()) {
            if (!t.numeric && facts.entry(t, key).isPresent()) {
                if (t != AnswerType.TERM) {
                    return t;
                }
                fallback = t;
            }
        }
        return fallback != null ? fallback : Centuries.number(a) > 0 ? AnswerType.CENTURY : AnswerType.ORGANISATION;
    }

    private static final Set<String> LEANING_OPENERS = Set.of("then", "there", "thus", "hence", "instead", "here",
            "yet", "still", "but", "and", "so", "also", "similarly", "likewise", "otherwise", "consequently",
            "accordingly", "again", "later", "afterwards", "nevertheless", "nonetheless", "meanwhile", "besides",
            "some", "many", "most", "others", "both", "all", "each", "one", "another", "such", "that");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "those", "such", "former", "latter",
            "aforementioned");
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him", "hers", "himself",
            "herself");
    private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");

    /**
     * Why a sentence cannot stand alone, if it cannot: it refers back to something it does not name. "There is" and
     * "There are" introduce; "There, ..." points back.
     */
    static Optional<String> notSelfContained(Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty()) {
            return Optional.of("empty sentence");
        }
        String first = t.get(0).text().toLowerCase(Locale.ROOT);
        String second = t.size() > 1 ? t.get(1).text().toLowerCase(Locale.ROOT) : "";
        boolean existential = first.equals("there") && t.size() > 1 && t.get(1).isVerb();
        boolean determiner = Set.of("some", "many", "most", "both", "all", "each", "one")
                .contains(first) && t.size() > 1 && (t.get(1).tag().startsWith("NN") || t.get(1).tag().startsWith("JJ"))
                && !second.equals("of");
        if (LEANING_OPENERS.contains(first) && !existential && !determiner) {
            return Optional.of("opens with “" + t.get(0).text() + "”, which leans on the sentence before");
        }
        if (Set.of("such", "another").contains(first)) {
            return Optional.of("opens with “" + t.get(0).text() + "”, which leans on the sentence before");
        }
        boolean named = t.stream().anyMatch(Token::isProperNoun);
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            if (DEMONSTRATIVES.contains(w)) {
                // "such as" introduces examples; "such a" is an intensifier only when what follows is named here.
                if (w.equals("such") && i + 1 < t.size() && t.get(i + 1).text().equalsIgnoreCase("as")) {
                    continue;
                }
                return Optional.of("“" + t.get(i).text() + "” refers to something outside the sentence");
            }
            if (w.equals("same") && i > 0 && t.get(i - 1).text().equalsIgnoreCase("the")) {
                return Optional.of("“the same” refers to something outside the sentence");
            }
            if (PERSONAL.contains(w) && !named) {
                return Optional.of("“" + t.get(i).text() + "” has no one named in the sentence to refer to");
            }
            if (PLURAL.contains(w) && !pluralBefore(t, i)) {
                return Optional.of("“" + t.get(i).text() + "” has nothing plural before it to refer to");
            }
            if ((w.equals("it") || w.equals("its")) && !nounBefore(t, i) && !(w.equals("its") && nounAfter(t, i + 2))) {
                return Optional.of("“" + t.get(i).text() + "” has nothing before it to refer to");
            }
        }
        // "The museum is ...", "The district has ...": a bare definite subject, in a sentence that names nothing,
        // is the thing the previous sentence introduced.
        if (first.equals("the") && t.size() > 2 && t.get(1).tag().startsWith("NN") && !t.get(1).isProperNoun()
                && t.get(2).isVerb() && !named) {
            return Optional.of("“" + t.get(0).text() + " " + t.get(1).text() + "” is introduced by an earlier "
                    + "sentence");
        }
        return Optional.empty();
    }

    private static boolean pluralBefore(List<Token> t, int i) {
        for (int j = 0; j < i; j++) {
            String tag = t.get(j).tag();
            if (plural(t.get(j)) || tag.equals("CC") && j > 0 && t.get(j - 1).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounBefore(List<Token> t, int i) {
        for (int j = 0; j < i; j++) {
            if (t.get(j).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounAfter(List<Token> t, int from) {
        for (int j = from; j < t.size(); j++) {
            if (t.get(j).tag().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern FURNITURE = Pattern.compile("https?:|www\\.|\\.com\\b|©|\\||\\bphoto(graph)?:|"
            + "\\b(photo|image|picture|illustration)\\s*(credit|courtesy|by)\\b|\\bgetty images\\b|\\bclick\\b|"
            + "\\bsubscribe\\b|\\bsign up\\b|\\bread more\\b|\\bcookies?\\b|\\[\\d+\\]",
            Pattern.CASE_INSENSITIVE);

    /** A caption or heading (no finite verb) or page furniture (addresses, credits, calls to click). */
    static Optional<String> caption(Sentence s) {
        boolean finite = false;
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size() && !finite; i++) {
            finite = finite(t, i);
        }
        if (!finite) {
            return Optional.of("no finite verb: a caption or a heading");
        }
        Matcher m = FURNITURE.matcher(s.text());
        if (m.find()) {
            return Optional.of("page furniture: “" + m.group() + "”");
        }
        return Optional.empty();
    }

    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "does", "do",
            "did", "am", "'s", "’s");

    /**
     * Whether the token is a finite verb. The tagger marks every verb VB, so the form decides: a modal, a finite form
     * of be, have or do, an inflected form that is not a participle in "-ing", or a bare form right after its subject.
     */
    private static boolean finite(List<Token> t, int i) {
        Token k = t.get(i);
        String w = k.text().toLowerCase(Locale.ROOT);
        if (k.tag().equals("MD")) {
            return true;
        }
        if (!k.tag().startsWith("VB")) {
            return false;
        }
        if (FINITE.contains(w)) {
            return true;
        }
        if (w.endsWith("ing") || i > 0 && t.get(i - 1).text().equalsIgnoreCase("to")) {
            return false;
        }
        if (!w.equals(k.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int j = i - 1;
        while (j > 0 && (t.get(j).tag().startsWith("RB")
                || Set.of("all", "both", "each").contains(t.get(j).text().toLowerCase(Locale.ROOT)))) {
            j--; // "Lübeck and Bremen still call themselves ..."
        }
        return j >= 0 && j < i && (t.get(j).tag().startsWith("NN") || t.get(j).tag().startsWith("PRP"));
    }

    /** A plural noun: the tagger marks nouns NN, so a noun whose lemma drops its final "s". */
    private static boolean plural(Token k) {
        String w = k.text().toLowerCase(Locale.ROOT);
        return k.tag().startsWith("NN") && w.endsWith("s") && !w.equals(k.lemma().toLowerCase(Locale.ROOT));
    }

    /** The answer stands in the course's or the lesson's title: a guesser reads it there. */
    static Optional<String> inTitle(String answer, String courseTitle, String lessonTitle) {
        String a = " " + Text.normalise(answer) + " ";
        for (String title : List.of(courseTitle, lessonTitle)) {
            String content = String.join(" ", Text.contentWords(title));
            if (!a.isBlank() && ((" " + Text.normalise(title) + " ").contains(a)
                    || Related.mentions(content, answer, Lexicon.INSTANCE))) {
                return Optional.of("the answer stands in the title “" + title + "”");
            }
        }
        return Optional.empty();
    }

    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![.!?:;]\\s)\\b\\p{Lu}[\\p{L}-]*\\s+"
            + Pattern.quote(Text.BLANK));
    private static final Pattern NAME_AFTER = Pattern.compile(Pattern.quote(Text.BLANK)
            + "\\s+(\\p{Lu}[\\p{L}-]*|[IVX]+\\b)");

    /**
     * The blank is one word of a longer name ("King _____ VII", "the _____ Meta Quest Pro", "The World's _____"):
     * the options are then pieces of names, and the rest of the name gives the answer away. A possessive before the
     * blank ("Paris's _____") or a sentence's first word is no part of a name.
     */
    static Optional<String> partOfName(String stem) {
        Matcher before = NAME_BEFORE.matcher(stem);
        if (before.find() && before.start() > 0) {
            return Optional.of("the blank is part of a longer name: “" + before.group() + "”");
        }
        Matcher after = NAME_AFTER.matcher(stem);
        if (after.find()) {
            return Optional.of("the blank is part of a longer name: “" + after.group() + "”");
        }
        return Optional.empty();
    }

    /** The stem still shows the answer elsewhere ("a re-release in 2012, but Disney's _____ acquisition"). */
    static Optional<String> answerInStem(String stem, String answer) {
        String a = " " + Text.normalise(answer) + " ";
        return (" " + Text.normalise(stem.replace(Text.BLANK, " ")) + " ").contains(a)
                ? Optional.of("the stem shows the answer “" + answer + "” elsewhere") : Optional.empty();
    }

    /** Wrong names the article never uses: invented options a reader strikes out. */
    static Optional<String> foreignNames(List<String> distractors, String normalisedArticle) {
        List<String> foreign = distractors.stream()
                .filter(o -> !normalisedArticle.contains(" " + Text.normalise(o) + " ")).toList();
        return foreign.isEmpty() ? Optional.empty()
                : Optional.of("wrong options the article never names: " + foreign);
    }

    /**
     * Wrong years the article gives for nothing (neighbours made up around the key), or wrong years all within three
     * of the key, which test the exact year and nothing else.
     */
    static Optional<String> inventedYears(String answer, List<String> distractors, Set<Integer> articleYears) {
        List<String> invented = distractors.stream().filter(o -> !Numbers.isYear(o)
                || !articleYears.contains(Integer.parseInt(o.strip()))).toList();
        if (!invented.isEmpty()) {
            return Optional.of("wrong years the article gives for nothing: " + invented);
        }
        int key = Integer.parseInt(answer.strip());
        if (distractors.stream().allMatch(o -> Math.abs(Integer.parseInt(o.strip()) - key) <= 3)) {
            return Optional.of("wrong years all within three of the key: " + distractors);
        }
        return Optional.empty();
    }

    private static final Pattern CONVERSION = Pattern.compile(Pattern.quote(Text.BLANK)
            + "\\s*\\(\\s*(about|around|c\\.|some|approx\\.?)?\\s*[$€£]?\\d");
    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*" + Pattern.quote(Text.BLANK) + "\\s*\\)");
    private static final Pattern RELATION = Pattern.compile("\\b(twice|double|doubled|triple|tripled|half|"
            + "quadruple|tenfold|most|majority|minority|almost all|nearly all)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern OTHER_NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d(?:[\\d,.]*\\d)?(?![\\p{L}\\d])");

    /** A number the stem or the options give away, or one of several figures in its sentence. */
    static Optional<String> numberCue(String stem, String answer, List<String> distractors) {
        if (CONVERSION.matcher(stem).find()) {
            return Optional.of("the stem converts the blank into another unit");
        }
        if (BRACKETED.matcher(stem).find()) {
            return Optional.of("the blank is a bracketed figure for what the sentence already says");
        }
        Matcher r = RELATION.matcher(stem);
        if (r.find()) {
            return Optional.of("the stem relates the blank to what it says (“" + r.group() + "”)");
        }
        int key = significant(answer);
        if (key >= 3 && distractors.stream().allMatch(o -> significant(o) < key)) {
            return Optional.of("the key is the only exact number among round ones");
        }
        double value = Numbers.value(answer).orElse(0.0);
        for (String o : distractors) {
            double v = Numbers.value(o).orElse(0.0);
            if (Math.abs(v - value) < 0.1 * Math.max(Math.abs(v), Math.abs(value))) {
                return Optional.of("a wrong option within 10% of the key: " + o);
            }
        }
        Matcher other = OTHER_NUMBER.matcher(stem.replace(Text.BLANK, " "));
        String blanked = stem.replace(Text.BLANK, " ");
        while (other.find()) {
            boolean money = other.start() > 0 && "$€£".indexOf(blanked.charAt(other.start() - 1)) >= 0;
            if (money || !Numbers.isYear(other.group())) {
                return Optional.of("the sentence gives other figures (" + other.group() + "): the blank is one detail "
                        + "of several");
            }
        }
        return Optional.empty();
    }

    /** Significant digits of the option's number: 22,134 has five, 11,000 two. */
    static int significant(String option) {
        return Numbers.parse(option).map(p -> p.number().stripTrailingZeros().precision()).orElse(0);
    }
}
