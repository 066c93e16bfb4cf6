package org.lectern.content.question;

/** The fine type of an answer; options of one question always share it. */
enum AnswerType {
    YEAR("Which year", true),
    MONEY("How much", true),
    PERCENT("What share", true),
    COUNTRY("Which country", false),
    CITY("Which city", false),
    WATER("Which body of water", false),
    REGION("Which region", false),
    ORGANISATION("Which organisation", false),
    PERSON("Who", false),
    WEAPON("Which weapon", false),
    /** An abbreviation the article defines (SCO); its options are the article's other abbreviations. */
    ABBREVIATION("Which organisation", false),
    /** A key common noun of the article; its options share a WordNet hypernym. */
    TERM("What", false);

    final String whPhrase;
    final boolean numeric;

    AnswerType(String whPhrase, boolean numeric) {
        this.whPhrase = whPhrase;
        this.numeric = numeric;
    }
}
