package org.lectern.course;

/**
 * The outcome of importing an article.
 *
 * @param courseId  the stored course version
 * @param title     the course title
 * @param version   1 for a new article, higher for a changed one
 * @param lessons   how many lessons it has
 * @param questions how many questions were kept
 * @param unchanged true when the same article was imported before, so nothing new was stored
 */
public record ImportedCourse(long courseId, String title, int version, int lessons, int questions,
                             boolean unchanged) {
}
