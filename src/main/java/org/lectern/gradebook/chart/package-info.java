/**
 * Charts drawn on the server as SVG text: the score distribution of an assignment ({@link
 * org.lectern.gradebook.chart.ScoreHistogram}), one student's scores over time ({@link
 * org.lectern.gradebook.chart.ScoreTimeline}) and the facility of each question ({@link
 * org.lectern.gradebook.chart.FacilityChart}).
 *
 * <p>Plain Java, no JavaScript and no chart library. Each chart comes as an {@link org.lectern.gradebook.chart.SvgChart}:
 * the SVG (role="img" with a title and a description, every text escaped, colours from the {@code chart-} classes in
 * {@code lectern.css}, scaling to its container through its viewBox) and the same numbers as a table for screen
 * readers and for anyone who wants them exactly.
 */
package org.lectern.gradebook.chart;
