package io.portalis.accel.python.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AstDump on hand-built trees; the expected text is what python3's ast.dump printed for the same source. */
class AstDumpTest {
    @Test
    void omitsNoneOptionalsKeepsEmptyListsAndNoneInLists() {
        // def f(*, a=1, b): pass  /  f(**k)
        Arguments args = new Arguments(List.of(), List.of(), null,
                List.of(new Arg("a", null, null, 9, 10), new Arg("b", null, null, 14, 15)),
                Arrays.asList(new Expr.Constant(new ConstantValue.Int(BigInteger.ONE), null, 11, 12), null), null, List.of(), 6, 15);
        Stmt f = new Stmt.FunctionDef("f", args, List.of(new Stmt.Pass(18, 22)), List.of(), null, null, 0, 22);
        Stmt call = new Stmt.Expr(new Expr.Call(new Expr.Name("f", ExprContext.Load, 23, 24), List.of(),
                List.of(new Keyword(null, new Expr.Name("k", ExprContext.Load, 27, 28), 25, 28)), 23, 29), 23, 29);
        Mod.Module m = new Mod.Module(List.of(f, call), List.of(), 0, 29);
        assertEquals("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a'), "
                + "arg(arg='b')], kw_defaults=[Constant(value=1), None], defaults=[]), body=[Pass()], decorator_list=[]), "
                + "Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='k', ctx=Load()))]))], "
                + "type_ignores=[])", AstDump.dump(m));
    }

    @Test
    void constantsSingletonsAndIdentifierLists() {
        // global a, b / match x: case None: pass
        Stmt g = new Stmt.Global(List.of("a", "b"), 0, 11);
        Pattern p = new Pattern.MatchSingleton(ConstantValue.None.INSTANCE, 30, 34);
        Stmt match = new Stmt.Match(new Expr.Name("x", ExprContext.Load, 18, 19),
                List.of(new MatchCase(p, null, List.of(new Stmt.Pass(36, 40)), 25, 40)), 12, 40);
        Expr u = new Expr.Constant(new ConstantValue.Str("it's"), "u", 0, 8);
        assertEquals("Module(body=[Global(names=['a', 'b']), Match(subject=Name(id='x', ctx=Load()), "
                + "cases=[match_case(pattern=MatchSingleton(value=None), body=[Pass()])])], type_ignores=[])",
                AstDump.dump(new Mod.Module(List.of(g, match), List.of(), 0, 40)));
        assertEquals("Constant(value=\"it's\", kind='u')", AstDump.dump(u));
        assertEquals("Constant(value=Ellipsis)", AstDump.dump(new Expr.Constant(ConstantValue.Ellipsis.INSTANCE, null, 0, 3)));
        assertEquals("BinOp(left=Constant(value=1j), op=FloorDiv(), right=Constant(value=b'\\x00'))",
                AstDump.dump(new Expr.BinOp(new Expr.Constant(new ConstantValue.Complex(1), null, 0, 2), Operator.FloorDiv,
                        new Expr.Constant(new ConstantValue.Bytes(new byte[] {0}), null, 6, 13), 0, 13)));
    }
}
