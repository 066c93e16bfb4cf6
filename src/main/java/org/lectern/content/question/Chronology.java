package org.lectern.content.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Which of these events happened first?" from clauses the article dates with a single year. */
final class Chronology {

    static final String STEM = "According to the article, which of these events happened first?";
    private static final Pattern LEADING = Pattern.compile("^(?:and |but )?(?:in|by|since) (\\d{4}),? ",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile(",? (?:in|by) (\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_QUESTIONS = 3;

    /** A dated clause: what happened, verbatim from the sentence, and its year. */
    record Event(String text, int year, Sentence sentence) {
    }

    private final Facts facts;

    Chronology(Facts facts) {
        this.facts = facts;
    }

    List<Draft> drafts(List<Double> sentenceScores) {
        List<Event> events = new ArrayList<>();
        java.util.Set<Integer> years = new java.util.HashSet<>();
        for (Sentence s : facts.sentences) {
            for (String clause : s.text().split(";|, and |, but |, while ")) {
                event(clause.strip(), s).filter(e -> years.add(e.year())).ifPresent(events::add);
            }
        }
        events.sort(Comparator.comparingInt(Event::year).thenComparingInt(e -> e.sentence().index()));
        List<Draft> out = new ArrayList<>();
        for (int first = 0; first + 3 < events.size() && out.size() < MAX_QUESTIONS; first++) {
            Event earliest = events.get(first);
            // Later events spread over the rest of the timeline, so the question is not about adjacent years only.
            List<Event> later = events.subList(first + 1, events.size());
            List<Event> picked = new java.util.ArrayList<>(List.of(later.get(0), later.get(later.size() / 2),
                    later.get(later.size() - 1)));
            if (picked.stream().allMatch(e -> e.text().length() < earliest.text().length())) {
                // Length must not point at the answer: swap in a later event at least as long, if there is one.
                later.stream().filter(e -> !picked.contains(e) && e.text().length() >= earliest.text().length())
                        .findFirst().ifPresent(e -> picked.set(1, e));
            }
            if (picked.stream().distinct().count() < 3) {
                continue;
            }
            StringBuilder why = new StringBuilder(ClauseQuestions.explain(earliest.sentence()));
            why.append(" That was in ").append(earliest.year()).append("; the other events came later (");
            why.append(String.join(", ", picked.stream().map(e -> String.valueOf(e.year())).toList())).append(").");
            out.add(new Draft(QuestionKind.CHRONOLOGY, STEM, earliest.text(), picked.stream().map(Event::text).toList(),
                    earliest.sentence(), why.toString(), false, sentenceScores.get(earliest.sentence().index()) + 0.8));
        }
        return out;
    }

    private java.util.Optional<Event> event(String clause, Sentence s) {
        Matcher years = CandidateFinder.YEAR.matcher(clause);
        if (!years.find()) {
            return java.util.Optional.empty();
        }
        int year = Integer.parseInt(years.group(1));
        if (years.find() || year > facts.articleYear) {
            return java.util.Optional.empty();
        }
        String text = clause.replaceAll("[.!]+$", "");
        Matcher lead = LEADING.matcher(text);
        Matcher trail = TRAILING.matcher(text);
        if (lead.find()) {
            text = text.substring(lead.end());
        } else if (trail.find()) {
            text = text.substring(0, trail.start());
        } else {
            return java.util.Optional.empty();
        }
        int words = Text.wordCount(text);
        String first = Text.words(text).isEmpty() ? "" : Text.words(text).get(0).toLowerCase(Locale.ROOT);
        if (words < 4 || words > 20 || Text.PRONOUNS.contains(first) || text.contains("“") && !text.contains("”")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Event(Text.capitalise(text.strip()), year, s));
    }
}
