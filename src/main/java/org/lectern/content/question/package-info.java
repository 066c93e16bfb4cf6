/**
 * The question generator and its lint. Plain Java, no Spring, no Vaadin.
 *
 * <p>Pipeline, run by {@link org.lectern.content.question.QuestionPipeline}: OpenNLP splits each lesson into
 * sentences, tokens, Penn tags and lemmas ({@code Analyser}, models loaded once per process in {@code Nlp}); typed
 * answer candidates are found by pattern (years, early years after a time preposition, centuries, money, percentages,
 * quantities with their unit), as runs of proper nouns typed through WordNet (country, city, body of water, region,
 * organisation, person) or, when WordNet does not know them, by the typed names they are listed with, as
 * abbreviations the article defines, as terms it names ("called X", "known as X", "A X Y is ...") and as key common
 * nouns ({@code CandidateFinder}, {@code Facts}); sentences are scored for how central their facts are
 * ({@code Scoring}); questions of every kind are drafted with distractors of the same fine type, the article's own
 * first, then WordNet siblings or a number changed in its own format ({@code Distractors}); every draft passes
 * {@link org.lectern.content.question.QuestionLint} or is counted as rejected; every lint-clean draft is scored on the
 * defects of the blind reviews and refused or kept with its reasons ({@code Quality}: only what clears its bar is
 * kept, and a lesson may keep fewer than three, or none); the best are kept per lesson ({@code Selection}) and options
 * are ordered across the bank ({@code AnswerOrder}). Only gap-fill questions are written: statement, wh-,
 * abbreviation and chronology questions did not reach the bar in review (docs/question-review, round 0). Nothing here knows any article:
 * every rule is a rule of English or of how articles are written, stated in its class comment.
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
