package org.lectern.course.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A subsection heading inside a lesson: the paragraph it stands before, its depth and its text. */
@Embeddable
public class HeadingEntry {

    @Column(nullable = false)
    private int paragraph;

    @Column(name = "heading_level", nullable = false)
    private int level;

    @Column(nullable = false, length = 500)
    private String title;

    protected HeadingEntry() {
        // for JPA
    }

    public HeadingEntry(int paragraph, int level, String title) {
        this.paragraph = paragraph;
        this.level = level;
        this.title = title;
    }

    public int getParagraph() {
        return paragraph;
    }

    public int getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }
}
