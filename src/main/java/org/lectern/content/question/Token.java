package org.lectern.content.question;

/**
 * A token of a sentence with its character span in that sentence, Penn tag and lemma.
 */
record Token(String text, int start, int end, String tag, String lemma) {

    boolean isProperNoun() {
        return tag.startsWith("NNP") && Character.isUpperCase(text.charAt(0));
    }

    boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
