/**
 * Item analysis of quiz attempts the way Moodle's quiz statistics report computes it: facility, standard deviation,
 * discrimination index, discriminative efficiency and effective weight per question, and mean, median, standard
 * deviation, skewness, kurtosis, internal consistency, error ratio and standard error for the quiz.
 *
 * <p>Plain Java on plain input records ({@link org.lectern.gradebook.statistics.ScoredAttempt}), so the gradebook can
 * fill them from whatever stores attempts. Start at {@link org.lectern.gradebook.statistics.ItemAnalysis#of}. A
 * figure that cannot be computed is a {@link org.lectern.gradebook.statistics.Stat.Undefined} with the reason, never
 * NaN and never a made-up zero; {@link org.lectern.gradebook.statistics.StatFormat} turns figures into text.
 */
package org.lectern.gradebook.statistics;
