package io.portalis.accel.python.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which imports of a module's blocks move to its top level, which are dropped, and why others are refused. */
class BlockImportsTest {

    private static Mod.Module parse(String source) {
        ParseResult r = PythonParser.parse(CpuLexer.lex(source.getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.ok(), r.diagnostics().toString());
        return r.module();
    }

    private static BlockImports.Result hoist(String source) {
        return BlockImports.hoist(parse(source), name -> name.split("\\.")[0].equals("shop"));
    }

    @Test
    void theMainBlocksImportMovesJustBeforeTheBlockKeepingItsPosition() {
        String src = "def f() -> int:\n    return 1\nif __name__ == \"__main__\":\n    import doctest\n    doctest.testmod()\n";
        BlockImports.Result r = hoist(src);
        assertEquals(0, r.refusals().size(), r.refusals().toString());
        assertEquals(3, r.module().body().size());
        Stmt.Import moved = (Stmt.Import) r.module().body().get(1);
        assertEquals(src.indexOf("import doctest"), moved.start());
        Stmt.If block = (Stmt.If) r.module().body().get(2);
        assertEquals(1, block.body().size());
    }

    @Test
    void aBlockLeftEmptyKeepsAPassAndAModuleWithoutBlockImportsIsTheSame() {
        BlockImports.Result r = hoist("if __name__ == \"__main__\":\n    from math import isqrt as r\n");
        assertTrue(r.refusals().isEmpty());
        Stmt.If block = (Stmt.If) r.module().body().get(1);
        assertTrue(block.body().get(0) instanceof Stmt.Pass);
        Mod.Module plain = parse("import math\nprint(math.pi)\n");
        assertSame(plain, BlockImports.hoist(plain, n -> false).module());
    }

    @Test
    void anImportRepeatingATopLevelOneIsDropped() {
        BlockImports.Result r = hoist("import doctest\nif __name__ == \"__main__\":\n    import doctest\n    doctest.testmod()\n");
        assertTrue(r.refusals().isEmpty(), r.refusals().toString());
        assertEquals(2, r.module().body().size());
        assertEquals(1, ((Stmt.If) r.module().body().get(1)).body().size());
    }

    @Test
    void refusedWhereMovingItCouldBeSeen() {
        assertTrue(hoist("def f() -> float:\n    return math.pi\nif __name__ == \"__main__\":\n    import math\n")
                .refusals().get(0).message().contains("'math' is used where the import may not have run"));
        assertTrue(hoist("if __name__ == \"__main__\":\n    try:\n        import math\n    except ImportError:\n"
                + "        print(math)\n").refusals().get(0).message().contains("may not have run"));
        assertTrue(hoist("math = 3\nif __name__ == \"__main__\":\n    import math\n    print(math.pi)\n")
                .refusals().get(0).message().contains("bound elsewhere"));
        assertTrue(hoist("if __name__ == \"__main__\":\n    from shop.money import Money\n")
                .refusals().get(0).message().contains("project module"));
        assertTrue(hoist("if __name__ == \"__main__\":\n    from math import *\n")
                .refusals().get(0).message().contains("import *"));
    }

    @Test
    void importsInFunctionsAreLeftAlone() {
        BlockImports.Result r = hoist("def f() -> None:\n    import math\n    print(math.pi)\n");
        assertTrue(r.refusals().isEmpty());
        assertEquals(1, r.module().body().size());
    }
}
