package io.portalis.accel.python.lexer;

import java.util.Arrays;

/**
 * The one lexer automaton: a deterministic machine over bytes that cuts a Python source into
 * segments and says, at each segment's first byte, what kind of segment starts there.
 *
 * <p>Each byte is first mapped to a byte class ({@link #byteClasses()}); the transition table
 * ({@link #transitions()}) then gives, for every (state, class), the next state and a mark: either
 * {@link Marks#NONE} (the byte continues the current segment) or the raw kind of the segment that
 * starts at this byte. Every byte belongs to exactly one segment, so a segment ends where the next
 * mark is. Everything that needs context (indentation, brackets, NEWLINE vs NL, validation) is
 * left to {@link TokenAssembler}, which both engines share.
 *
 * <p>The CPU engine runs the table sequentially. The OpenCL engine runs the very same arrays
 * chunk-parallel: every chunk from every state, compose the maps, rerun from the true state.
 * The state count is kept small for that reason.
 */
public final class LexerAutomaton {

    // ---- byte classes ----
    static final int C_OTHER = 0, C_WS = 1, C_LF = 2, C_CR = 3, C_HASH = 4, C_BACKSLASH = 5,
            C_SQUOTE = 6, C_DQUOTE = 7, C_ZERO = 8, C_DIGIT = 9, C_DOT = 10, C_UNDERSCORE = 11,
            C_R = 12, C_B = 13, C_U = 14, C_F = 15, C_E = 16, C_J = 17, C_X = 18, C_O = 19,
            C_HEXLETTER = 20, C_LETTER = 21, C_NONASCII = 22, C_PLUS = 23, C_MINUS = 24, C_STAR = 25,
            C_SLASH = 26, C_LT = 27, C_GT = 28, C_OPEQ = 29, C_SINGLE_OP = 30, C_EQ = 31;
    /** Number of byte classes. */
    public static final int CLASS_COUNT = 32;

    // ---- states ----
    private static int nextId = 0;
    /** Between segments: the next byte starts a new segment whatever it is. */
    public static final int START = nextId++;
    static final int IN_WS = nextId++;
    static final int NAME = nextId++;
    static final int P1_R = nextId++, P1_B = nextId++, P1_U = nextId++, P1_F = nextId++, P2 = nextId++;
    static final int COMMENT = nextId++;
    static final int AFTER_CR = nextId++;
    static final int BS = nextId++, BS_CR = nextId++;
    static final int ZERO = nextId++, DEC = nextId++, DEC_US = nextId++, FRAC0 = nextId++, FRAC = nextId++,
            FRAC_US = nextId++, EXP0 = nextId++, EXP_SIGN = nextId++, EXP = nextId++, EXP_US = nextId++,
            HEX = nextId++, RADIX = nextId++;
    static final int DOT = nextId++, DOT2 = nextId++;
    static final int OPEQ = nextId++, MINUS = nextId++, STAR = nextId++, SLASH = nextId++, LT = nextId++,
            GT = nextId++;
    /** String states, one block per quote character: index [quote][kind]. */
    private static final int Q1 = 0, Q2 = 1, SQ_BODY = 2, SQ_ESC = 3, SQ_ESC_CR = 4, TQ_BODY = 5, TQ_1 = 6,
            TQ_2 = 7, TQ_ESC = 8, STRING_STATES_PER_QUOTE = 9;
    static final int STR_BASE_SINGLE = nextId;
    static final int STR_BASE_DOUBLE = STR_BASE_SINGLE + STRING_STATES_PER_QUOTE;
    /** Number of states. */
    public static final int STATE_COUNT = STR_BASE_DOUBLE + STRING_STATES_PER_QUOTE;

    private static final LexerAutomaton INSTANCE = new LexerAutomaton();

    private final byte[] byteClass = new byte[256];
    /** Packed: {@code (mark << 8) | nextState}, indexed by {@code state * CLASS_COUNT + class}. */
    private final int[] table = new int[STATE_COUNT * CLASS_COUNT];
    /** The same table indexed by {@code state << 8 | byte} (class lookup folded in), for the CPU engine. */
    private final short[] byteTable = new short[STATE_COUNT << 8];

    public static LexerAutomaton get() {
        return INSTANCE;
    }

    private LexerAutomaton() {
        buildClasses();
        buildTable();
        for (int st = 0; st < STATE_COUNT; st++) {
            for (int b = 0; b < 256; b++) {
                byteTable[st << 8 | b] = (short) table[st * CLASS_COUNT + byteClass[b]];
            }
        }
    }

    /** The byte-class table, 256 entries (a copy). */
    public byte[] byteClasses() {
        return byteClass.clone();
    }

    /** The packed transition table (a copy): entry {@code (mark << 8) | next}. */
    public int[] transitions() {
        return table.clone();
    }

    /** One step, packed as in {@link #transitions()}. */
    public int step(int state, int b) {
        return table[state * CLASS_COUNT + byteClass[b & 0xFF]];
    }

    /** Whether a file ending in this state ends inside an unterminated string. */
    public static boolean isOpenString(int state) {
        if (state < STR_BASE_SINGLE) {
            return false;
        }
        int k = (state - STR_BASE_SINGLE) % STRING_STATES_PER_QUOTE;
        return k != Q2;
    }

    /** Whether a file ending in this state ends right after a line-continuation backslash. */
    public static boolean isContinuation(int state) {
        return state == BS || state == BS_CR;
    }

    /**
     * Runs the automaton over {@code source[from, to)} starting in {@link #START}, appending each
     * segment start and raw kind; returns the state after the last byte.
     */
    public int run(byte[] source, int from, int to, Segments.Builder out) {
        int state = START;
        final short[] t = byteTable;
        int[] starts = out.starts;
        byte[] kinds = out.kinds;
        int count = out.count;
        for (int i = from; i < to; i++) {
            int e = t[state << 8 | (source[i] & 0xFF)];
            int mark = e >>> 8;
            if (mark != Marks.NONE) {
                if (count == starts.length) {
                    out.count = count;
                    out.grow();
                    starts = out.starts;
                    kinds = out.kinds;
                }
                starts[count] = i;
                kinds[count] = (byte) mark;
                count++;
            }
            state = e & 0xFF;
        }
        out.count = count;
        return state;
    }

    // ------------------------------------------------------------------------------------------

    private void buildClasses() {
        Arrays.fill(byteClass, (byte) C_OTHER);
        for (int b = 0x80; b < 0x100; b++) {
            byteClass[b] = C_NONASCII;
        }
        for (int b = 'a'; b <= 'z'; b++) {
            byteClass[b] = C_LETTER;
            byteClass[b - 32] = C_LETTER;
        }
        for (char c : "acdACD".toCharArray()) {
            byteClass[c] = C_HEXLETTER;
        }
        setPair('r', C_R);
        setPair('b', C_B);
        setPair('u', C_U);
        setPair('f', C_F);
        setPair('e', C_E);
        setPair('j', C_J);
        setPair('x', C_X);
        setPair('o', C_O);
        for (int b = '1'; b <= '9'; b++) {
            byteClass[b] = C_DIGIT;
        }
        byteClass['0'] = C_ZERO;
        byteClass['_'] = C_UNDERSCORE;
        byteClass[' '] = C_WS;
        byteClass['\t'] = C_WS;
        byteClass['\f'] = C_WS;
        byteClass['\n'] = C_LF;
        byteClass['\r'] = C_CR;
        byteClass['#'] = C_HASH;
        byteClass['\\'] = C_BACKSLASH;
        byteClass['\''] = C_SQUOTE;
        byteClass['"'] = C_DQUOTE;
        byteClass['.'] = C_DOT;
        byteClass['+'] = C_PLUS;
        byteClass['-'] = C_MINUS;
        byteClass['*'] = C_STAR;
        byteClass['/'] = C_SLASH;
        byteClass['<'] = C_LT;
        byteClass['>'] = C_GT;
        byteClass['='] = C_EQ;
        for (char c : "%&|^@!:".toCharArray()) {
            byteClass[c] = C_OPEQ;
        }
        for (char c : "~()[]{},;".toCharArray()) {
            byteClass[c] = C_SINGLE_OP;
        }
    }

    private void setPair(char lower, int cls) {
        byteClass[lower] = (byte) cls;
        byteClass[Character.toUpperCase(lower)] = (byte) cls;
    }

    private static boolean isIdentClass(int c) {
        return c == C_ZERO || c == C_DIGIT || c == C_UNDERSCORE || c == C_R || c == C_B || c == C_U
                || c == C_F || c == C_E || c == C_J || c == C_X || c == C_O || c == C_HEXLETTER
                || c == C_LETTER || c == C_NONASCII;
    }

    private static boolean isDigitClass(int c) {
        return c == C_ZERO || c == C_DIGIT;
    }

    private static boolean isHexClass(int c) {
        return isDigitClass(c) || c == C_B || c == C_E || c == C_F || c == C_HEXLETTER;
    }

    private static int str(int quoteClass, int kind) {
        return (quoteClass == C_SQUOTE ? STR_BASE_SINGLE : STR_BASE_DOUBLE) + kind;
    }

    private static int pack(int next, int mark) {
        return (mark << 8) | next;
    }

    /** What a byte of class c does when it starts a new segment. */
    private static int startOn(int c) {
        switch (c) {
            case C_WS: return pack(IN_WS, Marks.WS);
            case C_LF: return pack(START, Marks.NEWLINE);
            case C_CR: return pack(AFTER_CR, Marks.NEWLINE);
            case C_HASH: return pack(COMMENT, Marks.COMMENT);
            case C_BACKSLASH: return pack(BS, Marks.CONTINUATION);
            case C_SQUOTE: case C_DQUOTE: return pack(str(c, Q1), Marks.STRING);
            case C_ZERO: return pack(ZERO, Marks.NUMBER);
            case C_DIGIT: return pack(DEC, Marks.NUMBER);
            case C_DOT: return pack(DOT, Marks.OP);
            case C_R: return pack(P1_R, Marks.NAME);
            case C_B: return pack(P1_B, Marks.NAME);
            case C_U: return pack(P1_U, Marks.NAME);
            case C_F: return pack(P1_F, Marks.NAME);
            case C_UNDERSCORE: case C_E: case C_J: case C_X: case C_O: case C_HEXLETTER: case C_LETTER:
            case C_NONASCII:
                return pack(NAME, Marks.NAME);
            case C_PLUS: case C_OPEQ: case C_EQ: return pack(OPEQ, Marks.OP);
            case C_MINUS: return pack(MINUS, Marks.OP);
            case C_STAR: return pack(STAR, Marks.OP);
            case C_SLASH: return pack(SLASH, Marks.OP);
            case C_LT: return pack(LT, Marks.OP);
            case C_GT: return pack(GT, Marks.OP);
            case C_SINGLE_OP: return pack(START, Marks.OP);
            default: return pack(START, Marks.ERROR);
        }
    }

    private static final int CONTINUE_DONE = pack(START, Marks.NONE);

    private void buildTable() {
        for (int s = 0; s < STATE_COUNT; s++) {
            for (int c = 0; c < CLASS_COUNT; c++) {
                table[s * CLASS_COUNT + c] = transition(s, c);
            }
        }
    }

    private static int cont(int next) {
        return pack(next, Marks.NONE);
    }

    private static int transition(int s, int c) {
        if (s == START) {
            return startOn(c);
        }
        if (s == IN_WS) {
            return c == C_WS ? cont(IN_WS) : startOn(c);
        }
        if (s == NAME) {
            return isIdentClass(c) ? cont(NAME) : startOn(c);
        }
        if (s == P1_R || s == P1_B || s == P1_U || s == P1_F || s == P2) {
            if (c == C_SQUOTE || c == C_DQUOTE) {
                return cont(str(c, Q1));
            }
            boolean second = (s == P1_R && (c == C_B || c == C_F))
                    || ((s == P1_B || s == P1_F) && c == C_R);
            if (second) {
                return cont(P2);
            }
            return isIdentClass(c) ? cont(NAME) : startOn(c);
        }
        if (s == COMMENT) {
            return (c == C_LF || c == C_CR) ? startOn(c) : cont(COMMENT);
        }
        if (s == AFTER_CR) {
            return c == C_LF ? cont(START) : startOn(c);
        }
        if (s == BS) {
            if (c == C_LF) {
                return CONTINUE_DONE;
            }
            return c == C_CR ? cont(BS_CR) : startOn(c);
        }
        if (s == BS_CR) {
            return c == C_LF ? CONTINUE_DONE : startOn(c);
        }
        if (s >= ZERO && s <= RADIX) {
            return numberTransition(s, c);
        }
        if (s == DOT) {
            if (isDigitClass(c)) {
                return cont(FRAC);
            }
            return c == C_DOT ? cont(DOT2) : startOn(c);
        }
        if (s == DOT2) {
            return c == C_DOT ? CONTINUE_DONE : startOn(c);
        }
        if (s == OPEQ) {
            return isEquals(c) ? CONTINUE_DONE : startOn(c);
        }
        if (s == MINUS) {
            return (isEquals(c) || c == C_GT) ? CONTINUE_DONE : startOn(c);
        }
        if (s == STAR) {
            return c == C_STAR ? cont(OPEQ) : isEquals(c) ? CONTINUE_DONE : startOn(c);
        }
        if (s == SLASH) {
            return c == C_SLASH ? cont(OPEQ) : isEquals(c) ? CONTINUE_DONE : startOn(c);
        }
        if (s == LT) {
            return c == C_LT ? cont(OPEQ) : isEquals(c) ? CONTINUE_DONE : startOn(c);
        }
        if (s == GT) {
            return c == C_GT ? cont(OPEQ) : isEquals(c) ? CONTINUE_DONE : startOn(c);
        }
        return stringTransition(s, c);
    }

    private static boolean isEquals(int c) {
        return c == C_EQ;
    }

    private static int numberTransition(int s, int c) {
        boolean digit = isDigitClass(c);
        if (s == ZERO || s == DEC) {
            if (s == ZERO && (c == C_X)) {
                return cont(HEX);
            }
            if (s == ZERO && (c == C_O || c == C_B)) {
                return cont(RADIX);
            }
            if (digit) {
                return cont(DEC);
            }
            if (c == C_UNDERSCORE) {
                return cont(DEC_US);
            }
            if (c == C_DOT) {
                return cont(FRAC0);
            }
            if (c == C_E) {
                return cont(EXP0);
            }
            return c == C_J ? CONTINUE_DONE : startOn(c);
        }
        if (s == DEC_US) {
            return digit ? cont(DEC) : startOn(c);
        }
        if (s == FRAC0 || s == FRAC) {
            if (digit) {
                return cont(FRAC);
            }
            if (c == C_UNDERSCORE && s == FRAC) {
                return cont(FRAC_US);
            }
            if (c == C_E) {
                return cont(EXP0);
            }
            return c == C_J ? CONTINUE_DONE : startOn(c);
        }
        if (s == FRAC_US) {
            return digit ? cont(FRAC) : startOn(c);
        }
        if (s == EXP0) {
            if (digit) {
                return cont(EXP);
            }
            return (c == C_PLUS || c == C_MINUS) ? cont(EXP_SIGN) : startOn(c);
        }
        if (s == EXP_SIGN) {
            return digit ? cont(EXP) : startOn(c);
        }
        if (s == EXP) {
            if (digit) {
                return cont(EXP);
            }
            if (c == C_UNDERSCORE) {
                return cont(EXP_US);
            }
            return c == C_J ? CONTINUE_DONE : startOn(c);
        }
        if (s == EXP_US) {
            return digit ? cont(EXP) : startOn(c);
        }
        if (s == HEX) {
            return (isHexClass(c) || c == C_UNDERSCORE) ? cont(HEX) : startOn(c);
        }
        // RADIX (octal, binary): digits and underscores; the assembler checks the digit range
        return (digit || c == C_UNDERSCORE) ? cont(RADIX) : startOn(c);
    }

    private static int stringTransition(int s, int c) {
        boolean single = s < STR_BASE_DOUBLE;
        int quote = single ? C_SQUOTE : C_DQUOTE;
        int k = s - (single ? STR_BASE_SINGLE : STR_BASE_DOUBLE);
        boolean newline = c == C_LF || c == C_CR;
        switch (k) {
            case Q1:
                if (c == quote) {
                    return cont(str(quote, Q2));
                }
                // fall through: otherwise Q1 behaves like the body of a one-line string
            case SQ_BODY:
                if (c == quote) {
                    return CONTINUE_DONE;
                }
                if (c == C_BACKSLASH) {
                    return cont(str(quote, SQ_ESC));
                }
                if (newline) {
                    return pack(c == C_LF ? START : AFTER_CR, Marks.NEWLINE_IN_STRING);
                }
                return cont(str(quote, SQ_BODY));
            case Q2:
                return c == quote ? cont(str(quote, TQ_BODY)) : startOn(c);
            case SQ_ESC:
                return cont(str(quote, c == C_CR ? SQ_ESC_CR : SQ_BODY));
            case SQ_ESC_CR:
                return c == C_LF ? cont(str(quote, SQ_BODY)) : stringTransition(str(quote, SQ_BODY), c);
            case TQ_BODY:
            case TQ_1:
            case TQ_2:
                if (c == quote) {
                    return k == TQ_2 ? CONTINUE_DONE : cont(str(quote, k == TQ_BODY ? TQ_1 : TQ_2));
                }
                return cont(str(quote, c == C_BACKSLASH ? TQ_ESC : TQ_BODY));
            case TQ_ESC:
                return cont(str(quote, TQ_BODY));
            default:
                throw new IllegalStateException("state " + s);
        }
    }
}
