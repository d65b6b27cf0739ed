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

    /**
     * A str. {@code value} is the text as Java holds it; it may contain lone surrogates (from
     * {@code \ud800} escapes), as a Python str may. Java cannot tell a surrogate pair that stands
     * for one character from two surrogate code points written as two escapes
     * ({@code "\ud800\udc00"}), so when the Python value has such separate surrogates,
     * {@code pythonCodePoints} lists its code points exactly; otherwise it is null and the code
     * points are those of {@code value}.
     */
    record Str(String value, int[] pythonCodePoints) implements ConstantValue {
        public Str {
            java.util.Objects.requireNonNull(value);
            pythonCodePoints = pythonCodePoints == null ? null : pythonCodePoints.clone();
        }

        public Str(String value) {
            this(value, null);
        }

        /** The Python code points of the value. */
        public int[] codePoints() {
            return pythonCodePoints != null ? pythonCodePoints.clone() : value.codePoints().toArray();
        }

        @Override
        public int[] pythonCodePoints() {
            return pythonCodePoints == null ? null : pythonCodePoints.clone();
        }

        @Override
        public String repr() {
            return pythonCodePoints != null ? PyRepr.str(pythonCodePoints) : PyRepr.str(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && value.equals(s.value) && Arrays.equals(pythonCodePoints, s.pythonCodePoints);
        }

        @Override
        public int hashCode() {
            return value.hashCode() * 31 + Arrays.hashCode(pythonCodePoints);
        }

        @Override
        public String toString() {
            return "Str[" + repr() + "]";
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
