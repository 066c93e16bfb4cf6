package org.lectern.content.question;

import java.util.List;
import java.util.Locale;

/** How central a sentence's facts are and how good an answer a candidate makes. */
final class Scoring {

    private final Facts facts;

    Scoring(Facts facts) {
        this.facts = facts;
    }

    /** Longer sentences are still used, cut at a clause boundary before the stem limit (see ClauseQuestions). */
    static final int MAX_SOURCE_WORDS = 70;

    /** Whether a sentence can stand alone as a question's source: a statement of fair length, no dangling pronoun. */
    static boolean usable(Sentence s) {
        int words = s.words();
        String first = s.tokens().isEmpty() ? "" : s.tokens().get(0).text().toLowerCase(Locale.ROOT);
        return words >= 7 && words <= MAX_SOURCE_WORDS && !s.text().strip().endsWith("?") && !Text.PRONOUNS.contains(first)
                && !s.text().contains(Text.BLANK);
    }

    double sentence(Sentence s, List<Candidate> candidates) {
        double score = 1.0;
        if (!s.citations().isEmpty()) {
            score += 0.5; // the author backed it with a source: a fact rather than an opinion
        }
        score += 0.3 * Math.min(3, candidates.size());
        score += centrality(s);
        int words = s.words();
        if (words < 10 || words > 35) {
            score -= 0.4;
        }
        if (s.text().contains("“") || s.text().contains("\"")) {
            score -= 0.3; // quoted speech is opinion and often paraphrase-hostile
        }
        return score;
    }

    /** 0 to 1: how much the sentence reuses the article's frequent words, as central sentences do. */
    double centrality(Sentence s) {
        List<String> content = Text.contentWords(s.text());
        java.util.Set<String> contentSet = new java.util.HashSet<>(content);
        double central = 0;
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (contentSet.contains(t.text().toLowerCase(Locale.ROOT))) {
                central += Math.log1p(Math.max(0, facts.lemmaCount(lemma) - 1));
            }
        }
        return Math.min(1.0, central / Math.max(1, content.size()) / 2);
    }

    static double answer(Candidate c) {
        return switch (c.type()) {
            case YEAR, MONEY, PERCENT -> 1.0;
            case QUANTITY, DEFINED -> 0.8;
            case CENTURY -> 0.7;
            case PERSON, ORGANISATION, ABBREVIATION -> 0.9;
            case COUNTRY, CITY, WATER -> 0.7;
            case REGION -> 0.6;
            case TERM -> 0.5;
        };
    }
}
