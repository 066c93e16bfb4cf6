package org.lectern.content.read;

/** A plain-text unit and what the parser decided it is; starts undecided. */
final class Unit {

    enum Role { UNDECIDED, DROPPED, CONSUMED, HEADING, PARAGRAPH, CAPTION }

    final String text;
    Role role = Role.UNDECIDED;
    String reason = "";

    Unit(String text) {
        this.text = text;
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
