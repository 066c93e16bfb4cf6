package org.lectern.gradebook.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatFormatTest {

    @Test
    void percentagesHaveTwoDecimalsAndASign() {
        assertThat(StatFormat.percent(Stat.of(71.4285714)).text()).isEqualTo("71.43%");
        assertThat(StatFormat.percent(Stat.of(-13.1578)).text()).isEqualTo("-13.16%");
        assertThat(StatFormat.percent(Stat.of(100)).spoken()).isEqualTo("100.00%");
    }

    @Test
    void aValueThatRoundsToZeroIsNotPrintedAsNegativeZero() {
        assertThat(StatFormat.percent(Stat.of(-0.001)).text()).isEqualTo("0.00%");
        assertThat(StatFormat.number(Stat.of(-0.00004), 4).text()).isEqualTo("0.0000");
    }

    @Test
    void marksAndPlainNumbersUseTheAskedPrecision() {
        assertThat(StatFormat.marks(Stat.of(1.1547005)).text()).isEqualTo("1.15");
        assertThat(StatFormat.number(Stat.of(0.909327), 4).text()).isEqualTo("0.9093");
    }

    @Test
    void anUndefinedStatisticPrintsADashAndTellsScreenReadersWhy() {
        var text = StatFormat.percent(Stat.undefined("needs at least 2 attempts"));

        assertThat(text.text()).isEqualTo("—");
        assertThat(text.spoken()).isEqualTo("undefined: needs at least 2 attempts");
        assertThat(text.undefined()).isTrue();
        assertThat(text).hasToString("—");
    }

    @Test
    void aStatisticIsNeverNaNOrInfinite() {
        assertThatThrownBy(() -> Stat.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stat.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stat.undefined("needs more").value()).isInstanceOf(IllegalStateException.class);
        assertThat(Stat.undefined("needs more").map(v -> v * 2)).isEqualTo(Stat.undefined("needs more"));
        assertThat(Stat.of(2).map(v -> v * 2)).isEqualTo(Stat.of(4));
        assertThat(Stat.undefined("x").toOptional()).isEmpty();
    }
}
