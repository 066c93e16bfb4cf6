package org.lectern.course.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a citation marker stood in a lesson: paragraph, character offset and the endnote it points to. */
@Embeddable
public class CitationEntry {

    @Column(nullable = false)
    private int paragraph;

    @Column(name = "char_offset", nullable = false)
    private int offset;

    @Column(name = "note_number", nullable = false)
    private int endnote;

    protected CitationEntry() {
        // for JPA
    }

    public CitationEntry(int paragraph, int offset, int endnote) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.endnote = endnote;
    }

    public int getParagraph() {
        return paragraph;
    }

    public int getOffset() {
        return offset;
    }

    public int getEndnote() {
        return endnote;
    }
}
