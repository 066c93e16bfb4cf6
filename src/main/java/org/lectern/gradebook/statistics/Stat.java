package org.lectern.gradebook.statistics;

import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * A statistic that is either a finite number or undefined for a stated reason (one attempt, no spread, ...). It
 * exists so that no view ever shows NaN or a zero that was never measured.
 */
public sealed interface Stat {

    static Stat of(double value) {
        return new Defined(value);
    }

    static Stat undefined(String reason) {
        return new Undefined(reason);
    }

    default boolean isDefined() {
        return this instanceof Defined;
    }

    /** The number; only call it after {@link #isDefined()}. */
    default double value() {
        return switch (this) {
            case Defined defined -> defined.number();
            case Undefined undefined -> throw new IllegalStateException("Undefined: " + undefined.reason());
        };
    }

    default OptionalDouble toOptional() {
        return this instanceof Defined defined ? OptionalDouble.of(defined.number()) : OptionalDouble.empty();
    }

    /** The same statistic in other units; an undefined one stays undefined with its reason. */
    default Stat map(DoubleUnaryOperator function) {
        return this instanceof Defined defined ? of(function.applyAsDouble(defined.number())) : this;
    }

    /** A computed figure. Never NaN or infinite: such a result is a bug in the calculation, not a statistic. */
    record Defined(double number) implements Stat {
        public Defined {
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("A statistic must be a finite number, not " + number);
            }
        }
    }

    /** @param reason why it cannot be computed, in words a teacher understands ("needs at least 2 attempts") */
    record Undefined(String reason) implements Stat {
        public Undefined {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("Say why the statistic is undefined.");
            }
        }
    }
}
