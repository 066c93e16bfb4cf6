package org.lectern.content.question;

/**
 * The kinds of multiple-choice question. The generator writes gap-fills, wh-questions and definitions; statement,
 * abbreviation and chronology questions failed blind review and are no longer generated, but questions of those kinds
 * already stored stay readable.
 */
public enum QuestionKind {
    /** The source sentence with one key fact blanked out. */
    GAP_FILL,
    /** A wh-question formed from the source sentence's clause. */
    WH_QUESTION,
    /** "Which statement is true according to the article?": the wrong statements each swap one fact. */
    TRUE_STATEMENT,
    /** What an abbreviation stands for, with options sharing its initials so they do not give it away. */
    ACRONYM,
    /** "Which of these events happened first?", built from the article's dates. */
    CHRONOLOGY,
    /** "What is the term for ...?", from a sentence that defines a term; the options are other terms. */
    DEFINITION
}
