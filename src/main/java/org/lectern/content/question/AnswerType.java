package org.lectern.content.question;

/** The fine type of an answer; options of one question always share it. */
enum AnswerType {
    YEAR("Which year", true),
    MONEY("How much", true),
    PERCENT("What share", true),
    /** A count or measure with its unit ("45 ms", "1,300 species", "8 cores"); options keep the unit. */
    QUANTITY("How many", true),
    /** A century ("the fourteenth century", "the 12th century"); options are nearby centuries written alike. */
    CENTURY("Which century", false),
    COUNTRY("Which country", false),
    CITY("Which city", false),
    WATER("Which body of water", false),
    REGION("Which region", false),
    ORGANISATION("Which organisation", false),
    PERSON("Who", false),
    /** An abbreviation the article defines (SCO); its options are the article's other abbreviations. */
    ABBREVIATION("Which organisation", false),
    /** A key common noun of the article; its options share a WordNet hypernym. */
    TERM("What", false),
    /** A term the article itself names ("a state called X", "known as X"); options are the article's other terms. */
    DEFINED("What", false);

    final String whPhrase;
    final boolean numeric;

    AnswerType(String whPhrase, boolean numeric) {
        this.whPhrase = whPhrase;
        this.numeric = numeric;
    }
}
