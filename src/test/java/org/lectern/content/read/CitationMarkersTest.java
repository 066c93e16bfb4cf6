package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lectern.content.read.CitationMarkers.Mark;
import org.lectern.content.read.CitationMarkers.Stripped;

class CitationMarkersTest {

    private static final Set<Integer> NOTES = Set.of(1, 2, 3, 4, 5, 7, 8);

    private static Stripped strip(String text) {
        return CitationMarkers.strip(text, NOTES);
    }

    @Test
    void removesDigitsGluedAfterAFullStop() {
        Stripped s = strip("It began with a partnership.1 Then it grew.");
        assertEquals("It began with a partnership. Then it grew.", s.text());
        assertEquals(List.of(new Mark(28, 1)), s.marks());
    }

    @Test
    void keepsPercentagesWhenRemovingGluedMarkers() {
        Stripped s = strip("Oil represented 76% of exports, with wood responsible for another 8%.8");
        assertEquals("Oil represented 76% of exports, with wood responsible for another 8%.", s.text());
        assertEquals(List.of(new Mark(s.text().length(), 8)), s.marks());
    }

    @Test
    void removesMarkersGluedAfterAClosingQuote() {
        Stripped s = strip("They aim “to counter threats together.”5");
        assertEquals("They aim “to counter threats together.”", s.text());
        assertEquals(List.of(new Mark(s.text().length(), 5)), s.marks());
    }

    @Test
    void neverCutsMoneyCountsOrThousands() {
        String text = "Trade surpassed $100 billion in 2018, visited 1,155 times, up 3.5 percent at 10:47 am.";
        assertEquals(text, strip(text).text());
        assertEquals(List.of(), strip(text).marks());
    }

    @Test
    void keepsDecimalsThatLookLikeAMarkerAfterAStop() {
        String text = "Each request holds it for 1,200 × 0.005 = 6 connections and grew by 2.3 percent.";
        assertEquals(text, strip(text).text());
    }

    @Test
    void treatsAYearFollowedByDigitsAndACapitalAsAMarker() {
        Stripped s = strip("The partnership began in 1991.2 The two countries agreed.");
        assertEquals("The partnership began in 1991. The two countries agreed.", s.text());
        assertEquals(List.of(new Mark(30, 2)), s.marks());
    }

    @Test
    void ignoresDigitsThatNameNoEndnote() {
        String text = "The list ends here.9 Nothing else.";
        assertEquals(text, strip(text).text());
    }

    @Test
    void removesBracketedMarkersWithTheSpaceBeforeThem() {
        Stripped s = strip("As the authors argue [1]. A pool is a queue [3, 4]: see below [2–4].");
        assertEquals("As the authors argue. A pool is a queue: see below.", s.text());
        assertEquals(List.of(new Mark(20, 1), new Mark(39, 3), new Mark(39, 4), new Mark(50, 2), new Mark(50, 3),
                new Mark(50, 4)), s.marks());
    }

    @Test
    void leavesBracketsThatAreNotCitations() {
        String text = "Use the array element a[9] or the year [2019] as written.";
        assertEquals(text, strip(text).text());
    }

    @Test
    void removesCaretAndMarkdownFootnoteMarkers() {
        Stripped s = strip("Water bears survive space^5 and vacuum[^7].");
        assertEquals("Water bears survive space and vacuum.", s.text());
        assertEquals(List.of(new Mark(25, 5), new Mark(36, 7)), s.marks());
    }

    @Test
    void removesSuperscriptDigitsButNotUnits() {
        Stripped s = strip("It covers 40 km² of forest.³");
        assertEquals("It covers 40 km² of forest.", s.text());
        assertEquals(List.of(new Mark(27, 3)), s.marks());
    }

    @Test
    void restoresAnExplicitSuperscriptThatNamesNoEndnote() {
        Stripped s = strip("An area of 3 m" + CitationMarkers.placeholder(9) + " and a note."
                + CitationMarkers.placeholder(4));
        assertEquals("An area of 3 m9 and a note.", s.text());
        assertEquals(List.of(new Mark(27, 4)), s.marks());
    }

    @Test
    void readsCommaSeparatedGluedMarkersOnlyWhenAllExist() {
        Stripped both = strip("Both agree.1,2 Then more.");
        assertEquals("Both agree. Then more.", both.text());
        assertEquals(List.of(new Mark(11, 1), new Mark(11, 2)), both.marks());
        String notAll = "The total was 7.1,155 Then more.";
        assertEquals(notAll, strip(notAll).text());
    }

    @Test
    void keepsAbbreviationsFollowedByPageNumbers() {
        String text = "See p.4 for the details of the method.";
        assertEquals(text, strip(text).text());
    }

    @Test
    void removesLiteralSupTagsLeftInText() {
        Stripped s = strip("Water bears survive space.<sup>4</sup> Really<SUP>[5]</SUP>.");
        assertEquals("Water bears survive space. Really.", s.text());
        assertEquals(List.of(new Mark(26, 4), new Mark(33, 5)), s.marks());
    }
}
