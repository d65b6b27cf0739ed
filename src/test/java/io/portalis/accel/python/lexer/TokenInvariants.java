package io.portalis.accel.python.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Checks that hold for every token stream: spans inside the source, in order, not overlapping. */
final class TokenInvariants {
    private TokenInvariants() {}

    static void check(String what, LexResult r) {
        List<Token> tokens = r.tokens();
        assertFalse(tokens.isEmpty(), what + ": no tokens");
        assertEquals(TokenKind.ENDMARKER, tokens.get(tokens.size() - 1).kind(), what + ": last token");
        int prevEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            assertTrue(t.start() >= prevEnd, what + ": token " + i + " " + t + " starts before " + prevEnd);
            assertTrue(t.end() >= t.start(), what + ": token " + i + " " + t + " ends before it starts");
            assertTrue(t.end() <= r.source().length, what + ": token " + i + " " + t + " ends past the source");
            if (t.kind() != TokenKind.ENDMARKER) {
                assertTrue(i < tokens.size() - 1, what + ": ENDMARKER not last");
            }
            prevEnd = t.end();
        }
    }
}
