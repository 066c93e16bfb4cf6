package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gap-fill and wh-questions drawn from one sentence and one answer candidate in it. The rules are rules of English
 * sentences, not of any one article:
 * <ul>
 * <li>A stem drops a leading conjunctive adverb or transitional phrase set off by a comma ("However,", "In
 * addition,", "On the other hand,"): it links to the sentence before, which the stem does not show. The lists are
 * the common English ones; a phrase outside them stays in the stem.</li>
 * <li>A sentence longer than the stem limit is cut at the last clause boundary after the blank that keeps it within
 * the limit, and ends in an ellipsis. A clause boundary is a semicolon, or a comma followed by a coordinating
 * conjunction (and, but, or, yet, so, nor), a relative word (which, who, whose, where) or a subordinating
 * conjunction (while, whereas, although, though, because, since, unless, until, when, if).</li>
 * <li>A wh-question is asked where the clause allows it: a year that opens the sentence ("In 1928, ...", "In May
 * 1928 ...") becomes "In which year ...?", and a name of a person, country or organisation right before its verb
 * becomes "Who/Which ... ?" (cities and regions do not act: "Which city is streaming ...?" read a film as a place).</li>
 * </ul>
 */
final class ClauseQuestions {

    private static final Set<String> CONNECTIVES = Set.of("However", "Moreover", "Thus", "Therefore", "Also",
            "Furthermore", "Meanwhile", "Besides", "Hence", "Still", "Indeed", "Nevertheless", "Nonetheless",
            "Consequently", "Accordingly", "Instead", "Otherwise", "Likewise", "Similarly", "Additionally");
    // Discourse markers of more than one word, common English rather than any one article's.
    private static final Set<String> CONNECTIVE_PHRASES = Set.of("In addition",
            "On the other hand", "As a result", "In fact", "Of course", "At the same time", "In other words",
            "For example", "For instance", "In contrast", "By contrast", "Even so", "All the same", "After all",
            "In short", "In particular", "On the contrary", "In the meantime", "As a consequence");
    // Subjects a wh-question asks for: those that act. "Which city is streaming on Hulu?" read a film as a place.
    private static final Set<AnswerType> SUBJECT_TYPES = Set.of(AnswerType.COUNTRY, AnswerType.ORGANISATION,
            AnswerType.PERSON);

    private static final int MAX_STEM_WORDS = 45;
    /** "... and blocked the assets": a second verb in the past tense, which cannot follow "did". */
    private static final Pattern SECOND_PAST_VERB = Pattern.compile("\\band \\p{L}+ed\\b");
    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    // Where a long sentence may be cut: a semicolon, or a comma before a coordinating conjunction, a relative word or
    // a subordinating conjunction (see the class comment).
    private static final java.util.regex.Pattern BOUNDARY = java.util.regex.Pattern.compile(
            ";|, (?:and|but|or|yet|so|nor|which|who|whose|where|while|whereas|although|though|because|since|unless"
                    + "|until|when|if) ");

    private final Facts facts;
    private final Distractors distractors;
    private final LintContext context;
    private final Judge judge;
    private final java.util.function.Consumer<String> trace;

    ClauseQuestions(Facts facts, Distractors distractors, LintContext context, Judge judge,
                    java.util.function.Consumer<String> trace) {
        this.facts = facts;
        this.distractors = distractors;
        this.context = context;
        this.judge = judge;
        this.trace = trace;
    }

    List<Draft> drafts(Sentence s, List<Candidate> candidates, double sentenceScore, double centrality) {
        List<Draft> out = new ArrayList<>();
        if (candidates.isEmpty()) {
            return out;
        }
        Optional<String> refused = judge.refuseSentence(s);
        if (refused.isPresent()) {
            trace.accept("refused sentence (" + refused.get() + "): " + s.text());
            return out;
        }
        for (Candidate c : candidates) {
            Optional<String> no = judge.refuseBlank(c, candidates);
            if (no.isPresent()) {
                trace.accept("refused blank " + c.text() + " (" + no.get() + "): " + s.text());
                continue;
            }
            double score = sentenceScore + Scoring.answer(c) - topicPenalty(c);
            String gap = dropConnective(s.text().substring(0, c.start()) + Text.BLANK
                    + s.text().substring(c.end(), cut(s, c)));
            draft(QuestionKind.GAP_FILL, gap, c, score)
                    .flatMap(d -> judge.assess(d, c, centrality)).ifPresent(out::add);
            if (s.words() <= MAX_STEM_WORDS) {
                whStem(s, c).ifPresent(stem -> draft(QuestionKind.WH_QUESTION, stem, c, score + 0.3)
                        .flatMap(d -> judge.assess(d, c, centrality)).ifPresent(out::add));
            }
        }
        return out;
    }

    /**
     * Where the gap-fill stem ends: the sentence's end, or for a sentence too long to read as a stem, the last clause
     * boundary after the blank that keeps it within the limit (the stem then ends in an ellipsis).
     */
    static int cut(Sentence s, Candidate c) {
        if (s.words() <= MAX_STEM_WORDS) {
            return s.text().length();
        }
        int best = -1;
        var m = BOUNDARY.matcher(s.text());
        while (m.find()) {
            if (m.start() >= c.end() && Text.wordCount(s.text().substring(0, m.start())) <= MAX_STEM_WORDS - 4) {
                best = m.start();
            }
        }
        return best < 0 ? s.text().length() : best;
    }

    private Optional<Draft> draft(QuestionKind kind, String text, Candidate c, double score) {
        String stem = text.strip().matches(".*[.!?][”\"]?$") ? text : text.strip().replaceAll("[,;:]$", "") + " …";
        if (c.type().numeric) {
            List<List<String>> byPlace = new ArrayList<>();
            for (int place = 0; place < 4; place++) {
                distractors.forNumber(c, stem, place, o -> context.states(stem, o, kind)).ifPresent(byPlace::add);
            }
            return byPlace.size() < 4 ? Optional.empty() : Optional.of(new Draft(kind, stem, c.text(), byPlace.get(0),
                    c.sentence(), explain(c.sentence()), true, score, List.of(c.sentence().index()), byPlace));
        }
        return distractors.forName(c, stem, o -> context.states(stem, o, kind)).map(w -> new Draft(kind, stem,
                c.text(), w, c.sentence(), explain(c.sentence()), false, score));
    }

    /**
     * The article's own topic (named in most sentences) is the answer a guesser picks; blanking it tests little, so
     * such answers rank below rarer facts.
     */
    private double topicPenalty(Candidate c) {
        int count = facts.entry(c.type(), c.key()).map(Facts.Entry::count).orElse(1);
        return count < 3 ? 0 : Math.min(1.0, 0.25 * Math.log(count) / Math.log(2));
    }

    static String explain(Sentence s) {
        return "The article says: “" + s.text().strip() + "”";
    }

    /** "However, China ..." reads as a stem without its link to the sentence before. */
    static String dropConnective(String text) {
        int comma = text.indexOf(", ");
        if (comma > 0) {
            String lead = text.substring(0, comma).replace('’', '\'');
            if (CONNECTIVES.contains(lead) || CONNECTIVE_PHRASES.contains(lead)) {
                return Text.capitalise(text.substring(comma + 2));
            }
        }
        return text;
    }

    /** A wh-question where the clause allows: a leading "In YEAR," or a named subject right before its verb. */
    private Optional<String> whStem(Sentence s, Candidate c) {
        List<Token> t = s.tokens();
        int first = s.tokenStartingAt(c.start());
        int last = s.tokenEndingAt(c.end());
        if (first < 0 || last < 0) {
            return Optional.empty();
        }
        if (c.type() == AnswerType.YEAR && first == 1 && t.get(0).text().equalsIgnoreCase("in")) {
            return yearQuestion(s, t, last + 1);
        }
        // "In September 2007 the agency sent ...": the month goes with the year it dates.
        if (c.type() == AnswerType.YEAR && first == 2 && t.get(0).text().equalsIgnoreCase("in")
                && MONTHS.contains(t.get(1).text())) {
            return yearQuestion(s, t, last + 1);
        }
        int start = first;
        if (first == 2 && CONNECTIVES.contains(t.get(0).text()) && t.get(1).text().equals(",")) {
            start = 0;
        }
        if ((start == 0 || first == 0) && SUBJECT_TYPES.contains(c.type()) && last + 1 < t.size()
                && t.get(last + 1).isVerb() && (first == 0 || start == 0)) {
            String rest = clause(s, last + 1);
            return Optional.of(c.type().whPhrase + " " + rest + "?");
        }
        return Optional.empty();
    }

    private Optional<String> yearQuestion(Sentence s, List<Token> t, int i) {
        while (i < t.size() && t.get(i).text().equals(",")) {
            i++;
        }
        int subject = i;
        // "In 1991, when Shamir opposed ...": a clause, not a subject, follows the year.
        if (i < t.size() && !(t.get(i).tag().startsWith("NN") || t.get(i).tag().startsWith("DT")
                || t.get(i).tag().startsWith("JJ") || t.get(i).tag().startsWith("PRP$"))) {
            return Optional.empty();
        }
        while (i < t.size() && i - subject < 12 && !t.get(i).isVerb()) {
            if (t.get(i).text().equals(",")) {
                return Optional.empty();
            }
            i++;
        }
        if (i == subject || i >= t.size() - 1) {
            return Optional.empty();
        }
        Token verb = t.get(i);
        String word = verb.text().toLowerCase(Locale.ROOT);
        String subj = s.text().substring(t.get(subject).start(), t.get(i - 1).end());
        // "The country adopted" reads "the country"; "New Zealand was" keeps its capital.
        boolean name = t.get(subject).isProperNoun() || subject + 1 < i && t.get(subject + 1).isProperNoun();
        if (!name) {
            subj = Character.toLowerCase(subj.charAt(0)) + subj.substring(1);
        }
        String rest = i + 1 < t.size() ? clause(s, i + 1) : "";
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (word.equals("was") || word.equals("were")) {
            return Optional.of("In which year " + word + " " + subj + " " + rest + "?");
        }
        boolean past = !word.equals(verb.lemma()) && !word.endsWith("s") && !word.endsWith("ing");
        if (!past || verb.lemma().isEmpty() || t.get(i + 1).isVerb()) {
            return Optional.empty();
        }
        // "did Clinton impose an embargo and blocked the assets": a second past verb cannot follow "did".
        if (SECOND_PAST_VERB.matcher(rest).find()) {
            return Optional.empty();
        }
        return Optional.of("In which year did " + subj + " " + verb.lemma() + " " + rest + "?");
    }

    /**
     * The clause that starts at {@code from}: up to a semicolon, a colon, or ", and/but/while" that opens a new clause
     * (a verb follows within a few words; "..., and the D-30 engines" only ends a list). No closing punctuation.
     */
    private static String clause(Sentence s, int from) {
        List<Token> t = s.tokens();
        int end = t.size();
        for (int i = from; i < t.size() && end == t.size(); i++) {
            String w = t.get(i).text();
            if (w.equals(";") || w.equals(":")) {
                end = i;
            } else if (w.equals(",") && i + 1 < t.size()
                    && Set.of("and", "but", "while").contains(t.get(i + 1).text())) {
                for (int k = i + 2; k < Math.min(t.size(), i + 7); k++) {
                    if (t.get(k).isVerb()) {
                        end = i;
                        break;
                    }
                }
            }
        }
        if (end <= from) {
            return "";
        }
        String c = s.text().substring(t.get(from).start(), t.get(end - 1).end());
        return c.strip().replaceAll("[.!:,]+$", "").strip();
    }
}
