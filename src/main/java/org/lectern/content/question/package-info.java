/**
 * The question generator and its lint. Plain Java, no Spring, no Vaadin.
 *
 * <p>Pipeline, run by {@link org.lectern.content.question.QuestionPipeline}: OpenNLP splits each lesson into
 * sentences, tokens, Penn tags and lemmas ({@code Analyser}, models loaded once per process in {@code Nlp}); typed
 * answer candidates are found by pattern (years, early years after a time preposition, centuries, money, percentages,
 * quantities with their unit), as runs of proper nouns typed through WordNet (country, city, body of water, region,
 * organisation, person) or, when WordNet does not know them, by the typed names they are listed with or the role noun
 * before them ("the chemist William Ramsay"), as abbreviations the article defines, as terms it names ("called X",
 * "known as X") ({@code CandidateFinder}, {@code Facts}); sentences are scored for how central their facts are
 * ({@code Scoring}); {@code Judge} refuses sentences and blanks of the kinds blind reviewers threw away and scores the
 * rest with reasons in words; gap-fills and wh-questions are drafted with distractors of the answer's fine kind and
 * role ({@code Kinds}: a director beside directors, a continent beside continents), the article's own first, then
 * WordNet siblings, or a number changed in its own format and spaced from the answer ({@code Distractors},
 * {@code NumberDistractors}); definition questions come from defining sentences and glossary lines
 * ({@code Definitions}); every draft passes {@link org.lectern.content.question.QuestionLint} or is counted as
 * rejected; each lesson keeps only what clears the bar, never padding ({@code Selection}), and options are ordered
 * across the bank ({@code AnswerOrder}). Nothing here knows any article: every rule is a rule of English or of how
 * articles are written, stated in its class comment. Statement, abbreviation and chronology questions failed blind
 * review (see {@code docs/question-review/}) and are no longer generated; the kinds stay so that stored questions
 * read back.
 *
 * <p>The work grows linearly with the article: what a draft needs from the rest of the article (names of a type,
 * numbers of a format, sentences that could state an option) is indexed once per run, and each lesson chooses from a
 * bounded pool of its own drafts. The reader caps what one article may hold ({@code org.lectern.content.ArticleLimits}).
 *
 * <p>Its public types are the content module's "question" interface: the course module stores and lints questions
 * through them. The annotation only marks that boundary for Spring Modulith; nothing here runs inside Spring.
 */
@org.springframework.modulith.NamedInterface("question")
package org.lectern.content.question;
