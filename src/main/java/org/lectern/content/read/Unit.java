package org.lectern.content.read;

/** A plain-text unit and what the parser decided it is; starts undecided. */
final class Unit {

    enum Role { UNDECIDED, DROPPED, CONSUMED, HEADING, PARAGRAPH, CAPTION }

    final String text;
    /** Whether a blank line stands before or after the unit in the text: pages copy paragraphs apart, list items packed. */
    final boolean spaced;
    Role role = Role.UNDECIDED;
    String reason = "";

    private final boolean prose;
    private final boolean titleLike;
    private final boolean figure;

    Unit(String text) {
        this(text, true);
    }

    Unit(String text, boolean spaced) {
        this.text = text;
        this.spaced = spaced;
        // The layout asks these many times per unit; the answers never change.
        this.prose = LineShape.isProse(text);
        this.titleLike = LineShape.isTitleLike(text);
        this.figure = LineShape.isFigureCaption(text);
    }

    boolean prose() {
        return prose;
    }

    boolean titleLike() {
        return titleLike;
    }

    boolean figure() {
        return figure;
    }

    boolean undecided() {
        return role == Role.UNDECIDED;
    }

    void drop(String why) {
        role = Role.DROPPED;
        reason = why;
    }

    void become(Role newRole) {
        role = newRole;
    }
}
