package org.lectern.course.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A numbered reference of a course's article. */
@Embeddable
public class EndnoteEntry {

    @Column(name = "note_number", nullable = false)
    private int number;

    @Column(name = "body", nullable = false, length = 4000)
    private String text;

    @Column(nullable = false, length = 2000)
    private String url;

    protected EndnoteEntry() {
        // for JPA
    }

    public EndnoteEntry(int number, String text, String url) {
        this.number = number;
        this.text = text;
        this.url = url;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return url;
    }
}
