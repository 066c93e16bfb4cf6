package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoiseRulesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "community forum image | image alt text",
            "diagram of threads waiting for CPU cores | image alt text",
            "About the Author(s) | author box",
            "12 posts | author box link",
            "About the authors: | author box",
            "There are 13 comments | comment section",
            "Other Opinion Columns | related links",
            "(Visited 1,155 times, 1 visits today) | visit counter",
            "Close | page control",
            "Read more: The bacterium that laughs at radiation | page control",
            "Next story | page control",
            "Gilsemans_1642.jpg[16]]] | image file name",
            "Previous chapter | page control",
            "Click to access the login or register cheese | login prompt",
            "Share this article | share links",
            "LinkedIn | share links",
            "We use cookies to improve your experience. By using this site you accept our cookie policy. | cookie banner",
            "Accept all | cookie banner",
            "Subscribe to our engineering newsletter | newsletter prompt",
            "Related posts | related links",
            "You might also like | related links",
            "Leave a comment | comment section",
            "Marco R. says: | comment section",
            "Tags: databases, performance, postgresql | tag list",
            "Posted on March 12, 2024 | timestamp",
            "14 May 2024 | timestamp",
            "8 min read | reading time",
            "If you want to submit your articles and/or research papers, please check the Submissions page. | submission note",
            "The views and opinions expressed in this article are the author’s own. | disclaimer",
            "© 2024 The Living Planet Blog | site boilerplate",
            "Home › Engineering › Databases | breadcrumb",
            "... | stray symbols"})
    void dropsCommonWebPageNoiseWithItsReason(String line, String reason) {
        assertEquals(Optional.of(reason), NoiseRules.reasonFor(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Foreign trade",
            "Body Image",
            "Russia's trade with China",
            "Introduction",
            "Readers could subscribe to the journal for a fee, which many libraries did.",
            "Users log in with a token that expires after an hour, so sessions stay short.",
            "Published in 1859, the book changed biology for good.",
            "Researchers submit papers to journals and wait months for a decision.",
            "The cookies were baked in a stone oven, as bakers had done for centuries.",
            "Register the service in the container before the first request arrives."})
    void keepsArticleTextThatMentionsTheSameWords(String line) {
        assertTrue(NoiseRules.reasonFor(line).isEmpty(), line);
    }
}
