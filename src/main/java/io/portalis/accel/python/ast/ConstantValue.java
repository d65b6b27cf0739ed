package io.portalis.accel.python.ast;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The value of a {@code Constant} (and of a {@code MatchSingleton}): one of the Python types a
 * literal can produce. {@link #repr()} is Python's {@code repr()} of the value, which is what
 * {@code ast.dump} prints.
 */
public sealed interface ConstantValue {
    /** Python's repr() of the value. */
    String repr();

    /** A str; may hold lone surrogates (from {@code \ud800} escapes), as Python's str may. */
    record Str(String value) implements ConstantValue {
        public Str {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public String repr() {
            return PyRepr.str(value);
        }
    }

    /** A bytes value; the array is copied in and out, so the value stays immutable. */
    record Bytes(byte[] value) implements ConstantValue {
        public Bytes {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        public int length() {
            return value.length;
        }

        @Override
        public String repr() {
            return PyRepr.bytes(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes[" + repr() + "]";
        }
    }

    /** An int of any size. */
    record Int(BigInteger value) implements ConstantValue {
        public Int {
            java.util.Objects.requireNonNull(value);
        }

        @Override
        public String repr() {
            return value.toString();
        }
    }

    /** A float (IEEE double, as CPython's). */
    record Float(double value) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.floatRepr(value);
        }
    }

    /** An imaginary literal: the complex number with real part +0.0 and this imaginary part. */
    record Complex(double imag) implements ConstantValue {
        @Override
        public String repr() {
            return PyRepr.imaginaryRepr(imag);
        }
    }

    /** True or False. */
    record Bool(boolean value) implements ConstantValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        @Override
        public String repr() {
            return value ? "True" : "False";
        }
    }

    /** None. */
    record None() implements ConstantValue {
        public static final None INSTANCE = new None();

        @Override
        public String repr() {
            return "None";
        }
    }

    /** The Ellipsis literal {@code ...}. */
    record Ellipsis() implements ConstantValue {
        public static final Ellipsis INSTANCE = new Ellipsis();

        @Override
        public String repr() {
            return "Ellipsis";
        }
    }
}
