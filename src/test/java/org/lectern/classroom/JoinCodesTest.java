package org.lectern.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    private final JoinCodes codes = new JoinCodes();

    @Test
    void aCodeHasEightCharactersFromTheAlphabetWithoutLookAlikes() {
        for (int i = 0; i < 2_000; i++) {
            var code = codes.next(c -> false);
            assertThat(code).hasSize(8).matches("[A-Z2-9]{8}").doesNotContain("0", "O", "1", "I", "l");
        }
        assertThat(JoinCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "l");
    }

    @Test
    void codesUseTheWholeAlphabetAndDoNotRepeat() {
        var seen = new HashSet<String>();
        var characters = new HashSet<Character>();
        for (int i = 0; i < 2_000; i++) {
            var code = codes.next(c -> false);
            seen.add(code);
            code.chars().forEach(ch -> characters.add((char) ch));
        }
        assertThat(seen).as("2,000 codes from 31^8 possible ones").hasSize(2_000);
        assertThat(characters).hasSize(JoinCodes.ALPHABET.length());
    }

    @Test
    void aCodeThatIsAlreadyTakenIsDrawnAgain() {
        var offered = new ArrayList<String>();

        var code = codes.next(candidate -> {
            offered.add(candidate);
            return offered.size() < 3;
        });

        assertThat(offered).hasSize(3);
        assertThat(code).isEqualTo(offered.get(2));
    }

    @Test
    void generationGivesUpWithAClearErrorWhenEveryCodeIsTaken() {
        var stuck = new JoinCodes(new Random(7));

        assertThatThrownBy(() -> stuck.next(candidate -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unused join code");
    }

    @Test
    void typedCodesAreReadWithoutRegardToCaseSpacesOrDashes() {
        assertThat(JoinCodes.normalise(" abcd-efgh ")).isEqualTo("ABCDEFGH");
        assertThat(JoinCodes.normalise("abcd efgh")).isEqualTo("ABCDEFGH");
        assertThat(JoinCodes.normalise(null)).isEmpty();
    }
}
