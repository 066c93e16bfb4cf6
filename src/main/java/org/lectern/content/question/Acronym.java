package org.lectern.content.question;

/** An abbreviation the article defines, such as "Shanghai Cooperation Organization (SCO)". */
record Acronym(String letters, String expansion, Sentence sentence) {
}
