package io.portalis.accel.python.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.portalis.accel.python.ast.AstDump;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Private name mangling follows CPython's compiler (the names its symbol tables hold). */
class PrivateNamesTest {

    private static Mod.Module parse(String source) {
        return PythonParser.parse(CpuLexer.lex(source.getBytes(StandardCharsets.UTF_8))).module();
    }

    @Test
    void manglesOnlyPrivateNamesInsideAClass() {
        assertEquals("_C__x", PrivateNames.mangle("__x", "C"));
        assertEquals("_C__x", PrivateNames.mangle("__x", "__C"));
        assertEquals("__x", PrivateNames.mangle("__x", "___")); // a class of underscores only mangles nothing
        assertEquals("__init__", PrivateNames.mangle("__init__", "C"));
        assertEquals("_x", PrivateNames.mangle("_x", "C"));
        assertEquals("__x", PrivateNames.mangle("__x", null));
    }

    @Test
    void rewritesNamesAttributesParametersAndDefsButNotKeywordsOrOtherScopes() {
        Mod.Module m = PrivateNames.mangle(parse("""
                class C:
                    __k = 1
                    def __m(self, __p):
                        def inner():
                            return __p
                        return self.__q(__k=__p)
                    class __D:
                        def f(self):
                            return self.__z
                def g(__a):
                    return __a
                """));
        String dump = AstDump.dump(m);
        for (String name : new String[] {"'_C__k'", "'_C__m'", "'_C__p'", "'_C__q'", "'_C__D'", "'_D__z'", "'__a'",
                "keyword(arg='__k'"}) {
            assertEquals(true, dump.contains(name), name + " in " + dump);
        }
        assertEquals(false, dump.contains("'_C__z'"), dump);
    }

    @Test
    void aModuleWithoutPrivateNamesIsReturnedAsIs() {
        Mod.Module m = parse("class C:\n    def f(self, x):\n        return self.y + x\n");
        assertSame(m, PrivateNames.mangle(m));
    }
}
