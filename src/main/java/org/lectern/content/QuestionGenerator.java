package org.lectern.content;

import java.util.List;

import org.lectern.content.question.GeneratedBank;
import org.lectern.content.question.GeneratedQuestion;
import org.lectern.content.question.QuestionPipeline;

/**
 * Writes multiple-choice questions for an article, one bank per lesson, each tied to its source sentence. An article
 * in a language other than English gets an empty bank: its questions are written by hand. Plain Java:
 * the NLP models and WordNet load once per process on first use; a generator instance may be shared.
 */
public final class QuestionGenerator {

    /** Part of every question id; bump it when a change should give re-imported questions new ids. */
    public static final String VERSION = "1";


    /** Questions for the article, taking its date as the latest year it mentions. */
    public GeneratedBank generate(Article article) {
        return generate(article, latestYear(article));
    }

    /** Questions for the article written in {@code articleYear}; no year option will lie after it. */
    public GeneratedBank generate(Article article, int articleYear) {
        if (!article.english()) {
            // The models and rules read English only; broken questions would cost the instructor more than none.
            return new GeneratedBank(java.util.List.of());
        }
        // A pipeline per run: it keeps a trace of its drafts, and one generator serves concurrent imports.
        return new QuestionPipeline(VERSION).generate(article, articleYear);
    }

    /**
     * Every question the lint accepts from one sentence of a lesson, best first, including those the bank left out:
     * what an instructor chooses from when asking for another question on the same sentence.
     */
    public List<GeneratedQuestion> alternatives(Article article, int lesson, String sentence) {
        return new QuestionPipeline(VERSION).alternatives(article, latestYear(article), lesson, sentence);
    }

    /** The latest year the article mentions, in its text or its notes. */
    public static int latestYear(Article article) {
        return org.lectern.content.question.LintContext.latestYear(article);
    }
}
