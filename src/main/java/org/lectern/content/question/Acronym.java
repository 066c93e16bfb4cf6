package org.lectern.content.question;

/**
 * An abbreviation the article defines, such as "Shanghai Cooperation Organization (SCO)", or spells out as a list of
 * its members, such as "BRICS – the economies of Brazil, Russia, India, China, and South Africa".
 *
 * @param members the listed members when the abbreviation stands for a list, otherwise empty
 */
record Acronym(String letters, String expansion, Sentence sentence, java.util.List<String> members) {

    Acronym(String letters, String expansion, Sentence sentence) {
        this(letters, expansion, sentence, java.util.List.of());
    }

    boolean isList() {
        return !members.isEmpty();
    }
}
