package io.portalis.accel.rust;

import static io.portalis.accel.rust.AssignmentLowering.fieldName;
import static io.portalis.accel.rust.ValueConversions.paren;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.OutOfOrder;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers expressions: the dispatch over expression kinds (with operands kept in Python's order),
 * constants, names, attributes, subscripts, list and dict displays, and f-strings.
 * Shares the function's state through {@code ft}.
 */
final class ExpressionLowering {
    private final FunctionTranslator ft;

    ExpressionLowering(FunctionTranslator ft) {
        this.ft = ft;
    }

    // ==================================================================== expressions

    Val expr(Expr e, PyType expected) {
        List<RStmt> list = ft.out;
        int before = ft.out.size();
        Expr earlier = ft.inlineList == ft.out ? ft.inlineBefore : null;
        Val v = unorderedExpr(e, expected);
        if (ft.out != list) {
            return v;
        }
        if (ft.out.size() > before && earlier != null) {
            // e needed statements before its statement, and an operand to its left stays inline:
            // the statement is translated again with its operands in temporaries.
            throw new OutOfOrder();
        }
        if (ft.inlineBefore != null && ft.inlineList == ft.out && ft.inlineSize < ft.out.size()) {
            ft.inlineBefore = null; // taken into the statements emitted since
        }
        // Pinning takes every operand that could notice, even one whose own parts were pinned.
        boolean sensitive = (ft.pinning || ft.out.size() == before) && v.type() != null && v.type() != PyType.NONE
                && ft.orderSensitive(e);
        if (sensitive && ft.pinning) {
            Local pinned = ft.tempLocal("operand", v.type());
            ft.out.add(new RStmt.Let(pinned, false, ft.owned(v)));
            return new Val(new RExpr.Atom(pinned.rust()), v.type(), Kind.PLACE);
        }
        if (sensitive) {
            ft.inlineBefore = e;
            ft.inlineList = ft.out;
            ft.inlineSize = ft.out.size();
        }
        return v;
    }

    private Val unorderedExpr(Expr e, PyType expected) {
        if (expected instanceof PyType.FuncT f && OperatorModule.function(ft, e)) {
            return KeyFunctions.function(ft, e, f.params(), f.ret());
        }
        if (e instanceof Expr.Constant c) {
            return constant(c, expected);
        }
        if (e instanceof Expr.Name n) {
            return name(n);
        }
        if (e instanceof Expr.BinOp b) {
            Val l = expr(b.left(), expected == PyType.FLOAT || expected == PyType.NUM ? null : expected);
            Val r = expr(b.right(), l.type() instanceof PyType.ListT ? l.type()
                    : l.type() == PyType.INT && expected == PyType.INT ? PyType.INT : null);
            if (b.op() == Operator.Pow && expected == PyType.BIG && BigInts.intLike(l.type()) && BigInts.intLike(r.type())) {
                return BigInts.intPow(ft, l, r, b);
            }
            if (b.op() == Operator.Pow && expected == PyType.INT && l.type() == PyType.INT && r.type() == PyType.INT) {
                // Where an int is needed, int ** int stays an int (a negative exponent stops the program).
                return new Val(RExpr.call("py::pow_int", l.code(), r.code()), PyType.INT, Kind.OWNED);
            }
            return ft.binary(b.op(), l, r, b);
        }
        if (e instanceof Expr.UnaryOp u) {
            return ft.operatorLowering.unary(u);
        }
        if (e instanceof Expr.BoolOp b) {
            return ft.operatorLowering.boolOp(b);
        }
        if (e instanceof Expr.Compare c) {
            return ft.operatorLowering.compare(c);
        }
        if (e instanceof Expr.IfExp i) {
            return ft.operatorLowering.ifExp(i, expected);
        }
        if (e instanceof Expr.Call c) {
            return new Calls(ft, ft.module, ft.cls).call(c, expected);
        }
        if (e instanceof Expr.Attribute a) {
            return attribute(a);
        }
        if (e instanceof Expr.Subscript s) {
            return subscript(s);
        }
        if (e instanceof Expr.List l) {
            return listDisplay(l, expected);
        }
        if (e instanceof Expr.Tuple t && StarredItems.any(t.elts())) {
            return new StarredItems(ft).tuple(t, expected);
        }
        if (e instanceof Expr.Tuple t) {
            List<RExpr> items = new ArrayList<>();
            List<PyType> types = new ArrayList<>();
            List<PyType> exp = expected instanceof PyType.TupleT tt && tt.elems().size() == t.elts().size() ? tt.elems() : null;
            for (int i = 0; i < t.elts().size(); i++) {
                Val v = expr(t.elts().get(i), exp == null ? null : exp.get(i));
                if (exp != null) {
                    v = ft.coerce(v, exp.get(i), t.elts().get(i));
                }
                items.add(ft.owned(v));
                types.add(v.type());
            }
            if (items.isEmpty() || items.size() > 6) {
                throw Unsupported.construct("tuple of " + items.size() + " items", e);
            }
            return new Val(new RExpr.Tuple(items), new PyType.TupleT(types), Kind.OWNED);
        }
        if (e instanceof Expr.Dict d) {
            return dictDisplay(d, expected);
        }
        if (e instanceof Expr.Set s) {
            PyType elem = expected instanceof PyType.SetT st ? st.elem() : null;
            if (StarredItems.any(s.elts())) {
                return new StarredItems(ft).collection(s.elts(), elem, true, s);
            }
            List<RExpr> items = new ArrayList<>();
            List<Val> vals = new ArrayList<>();
            for (Expr x : s.elts()) {
                Val v = expr(x, elem);
                vals.add(v);
                if (elem == null) {
                    elem = NumericTower.element(ft, v.type());
                } else if (expected == null && NumericTower.join(elem, v.type()) == PyType.NUM) {
                    elem = PyType.NUM;
                }
            }
            for (int i = 0; i < vals.size(); i++) {
                items.add(ft.owned(ft.coerce(vals.get(i), elem, s.elts().get(i))));
            }
            PyType.requireSetElement(elem, e);
            List<Integer> order = ft.module.frozensets.order(s);
            if (order != null) {
                // An equal constant compiled earlier is shared, and with it that display's order.
                List<RExpr> reordered = new ArrayList<>();
                for (int i : order) {
                    reordered.add(items.get(i));
                }
                items = reordered;
            }
            RExpr vec = new RExpr.Macro("vec", items, true, false);
            if (s.elts().size() > 2 && s.elts().stream().allMatch(ConstantFolding::isConstant)) {
                // CPython folds a display of three or more constants into a frozenset constant.
                RExpr rebuilds = new RExpr.Atom(String.valueOf(ft.module.frozensets.rebuilds(s.elts())));
                return new Val(RExpr.call("py::Set::from_constants", vec, rebuilds), new PyType.SetT(elem), Kind.OWNED);
            }
            return new Val(RExpr.call("py::Set::from", vec), new PyType.SetT(elem), Kind.OWNED);
        }
        if (e instanceof Expr.ListComp c) {
            return ft.comprehensionLowering.comprehension(c.generators(), c.elt(), null, "list", c);
        }
        if (e instanceof Expr.SetComp c) {
            return ft.comprehensionLowering.comprehension(c.generators(), c.elt(), null, "set", c);
        }
        if (e instanceof Expr.GeneratorExp c) {
            if (expected instanceof PyType.GenT) {
                return ft.comprehensionLowering.hoisted(ft.comprehensionLowering.lazyGenerator(c, false));
            }
            return ft.comprehensionLowering.comprehension(c.generators(), c.elt(), null, "iter", c);
        }
        if (e instanceof Expr.DictComp c) {
            return ft.comprehensionLowering.comprehension(c.generators(), c.key(), c.value(), "dict", c);
        }
        if (e instanceof Expr.JoinedStr j) {
            return fstring(j);
        }
        if (e instanceof Expr.Lambda) {
            return new Closures(ft, ft.module).lambda((Expr.Lambda) e, expected);
        }
        if (e instanceof Expr.NamedExpr n) {
            return new AssignmentExpressions(ft).lower(n, expected);
        }
        if (e instanceof Expr.Starred) {
            throw Unsupported.construct("starred expression", e);
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            throw Unsupported.construct(ft.yieldType != null ? "yield used as a value (send() is not supported)"
                    : "yield outside a generator function", e);
        }
        if (e instanceof Expr.Await) {
            throw Unsupported.construct("await", e);
        }
        throw Unsupported.construct(e.getClass().getSimpleName() + " expression", e);
    }

    private Val constant(Expr.Constant c, PyType expected) {
        ConstantValue v = c.value();
        if (v instanceof ConstantValue.Int i) {
            if (BigInts.on(ft) && expected != PyType.INT) {
                return BigInts.literal(i.value());
            }
            if (i.value().bitLength() > 63) {
                throw Unsupported.construct("int literal beyond 64 bits", c);
            }
            return new Val(new RExpr.Atom(RustLiterals.intLiteral(i.value())), PyType.INT, Kind.OWNED);
        }
        if (v instanceof ConstantValue.Float f) {
            return new Val(new RExpr.Atom(RustLiterals.floatLiteral(f.value())), PyType.FLOAT, Kind.OWNED);
        }
        if (v instanceof ConstantValue.Str s) {
            return new Val(new RExpr.Atom(RustLiterals.string(s.value())), PyType.STR, Kind.STRLIT);
        }
        if (v instanceof ConstantValue.Bool b) {
            return new Val(new RExpr.Atom(b.value() ? "true" : "false"), PyType.BOOL, Kind.OWNED);
        }
        if (v instanceof ConstantValue.None) {
            if (expected instanceof PyType.OptionalT) {
                return new Val(new RExpr.Atom("None"), expected, Kind.OWNED);
            }
            return new Val(new RExpr.Atom("()"), PyType.NONE, Kind.OWNED);
        }
        throw Unsupported.construct(v.getClass().getSimpleName().toLowerCase() + " literal", c);
    }

    private Val name(Expr.Name n) {
        Local l = ft.lookupLocal(n.id());
        if (l != null) {
            if (l.type() == null && l.isChecked()) {
                l.type(ft.assignmentLowering.typeAhead(n.id()));
            }
            if (l.type() == null) {
                throw Unsupported.type("'" + n.id() + "' is used before its type is settled", n);
            }
            if (l.isChecked()) {
                return narrowed(n, new Val(ft.assignmentLowering.localValue(l), l.type(), Kind.OWNED));
            }
            return narrowed(n, new Val(new RExpr.Atom(l.rust()), l.type(), Kind.PLACE));
        }
        ModuleScope.Global g = ft.module.globals.get(n.id());
        if (g != null && ft.narrowedGlobals.contains(n.id()) && g.type() instanceof PyType.OptionalT o) {
            return new Val(RExpr.call("py::present", ft.tryOf(g.load()), new RExpr.Atom("\"" + n.id() + "\"")), o.inner(), Kind.OWNED);
        }
        if (g != null) {
            return narrowed(n, new Val(ft.tryOf(g.load()), g.type(), Kind.OWNED));
        }
        if (n.id().equals("self") && ft.cls != null) {
            return new Val(new RExpr.Atom("self"), new PyType.ClassT(ft.cls), Kind.PLACE);
        }
        ModuleScope.Constant k = ft.module.constants.get(n.id());
        if (k != null) {
            if (k.global()) {
                return new Val(RExpr.method(new RExpr.Atom(k.rustName()), "with", new RExpr.Atom("|value| value.clone()")),
                        k.type(), Kind.OWNED);
            }
            return new Val(new RExpr.Atom(k.rustName()), k.type(), k.type() == PyType.STR ? Kind.STRLIT : Kind.OWNED);
        }
        if (ft.module.functions.containsKey(n.id())) {
            return Closures.functionValue(ft.module, n.id(), n);
        }
        if (ft.module.generics.isTemplate(n.id()) || ft.module.genericClasses.isTemplate(n.id())) {
            throw Unsupported.construct("generic " + (ft.module.generics.isTemplate(n.id()) ? "function" : "class")
                    + " '" + n.id() + "' used as a value (it is translated per use)", n);
        }
        if (ft.module.stdlib.member(n.id()) != null) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id());
            return m.module().value(m.member(), n);
        }
        if (ft.module.stdlib.module(n.id()) != null) {
            throw Unsupported.construct("module '" + ft.module.stdlib.module(n.id()).name() + "' used as a value", n);
        }
        if (ft.parent != null && n.id().equals("self")) {
            throw Unsupported.construct("self inside a lambda or nested function", n);
        }
        Val enumMembers = EnumClasses.members(ft, n);
        if (enumMembers != null) {
            return enumMembers;
        }
        if (ft.module.classes.containsKey(n.id()) || ModuleScope.BUILTIN_EXCEPTIONS.contains(n.id())) {
            throw Unsupported.construct("class '" + n.id() + "' used as a value", n);
        }
        throw Unsupported.type("unknown name '" + n.id() + "'", n);
    }

    // -------------------------------------------------------------------- attribute and subscript

    /** A read of a name or member access path, narrowed as the check stage proved ({@link NarrowedReads}). */
    private Val narrowed(Expr read, Val v) {
        return new NarrowedReads(ft.module.names == null ? null : ft.module.names.narrowing(), ft.module).apply(read, v);
    }

    private Val attribute(Expr.Attribute a) {
        Val typeName = ExactTypes.name(ft, a);
        if (typeName != null) {
            return typeName;
        }
        StdlibModule stdlib = importedModule(a.value());
        if (stdlib != null) {
            return stdlib.value(a.attr(), a);
        }
        Val member = EnumClasses.attribute(ft, a);
        if (member == null) {
            member = ClassAttributes.readOfClass(ft, a);
        }
        if (member != null) {
            return member;
        }
        Val classAttribute = DatetimeModule.classAttribute(ft, a);
        if (classAttribute != null) {
            return classAttribute;
        }
        Val fieldNames = NamedTupleViews.fields(ft, a);
        if (fieldNames != null) {
            return fieldNames;
        }
        Val obj = expr(a.value(), null);
        if (obj.type() instanceof PyType.ClassT ct) {
            if (DecoratedMethods.readThroughMethod(ct.info(), a.attr())) {
                return PropertyAccess.read(this.ft, obj, ct.info(), a.attr());
            }
            PyType ft = ct.info().field(a.attr());
            Val shared = ft == null ? ClassAttributes.readOfObject(this.ft, obj, ct.info(), a) : null;
            if (shared != null) {
                return shared;
            }
            if (ft == null) {
                if (ct.info().resolve(a.attr()) != null) {
                    throw Unsupported.construct("method '" + a.attr() + "' used as a value", a);
                }
                throw Unsupported.type("'" + ct.info().name() + "' has no attribute '" + a.attr() + "'", a);
            }
            return narrowed(a, new Val(RExpr.method(obj.code(), "get_" + fieldName(a.attr())), ft, Kind.OWNED));
        }
        Val cacheInfo = FunctionDecorators.cacheInfoField(obj, a.attr(), a);
        if (cacheInfo != null) {
            return cacheInfo;
        }
        if (obj.type() instanceof PyType.LibT l) {
            return StdlibModules.find(l.module()).attribute(ft, obj, l, a.attr(), a);
        }
        Val osErrorField = obj.type() == PyType.EXC ? IoModule.exceptionAttribute(ft, obj, a.attr()) : null;
        if (osErrorField != null) {
            return osErrorField;
        }
        if (obj.type() == PyType.EXC && a.attr().equals("args")) {
            return new Val(RExpr.method(obj.code(), "args"), PyType.ARGS, Kind.OWNED);
        }
        throw Unsupported.construct("attribute '" + a.attr() + "' of " + obj.type().python(), a);
    }

    /** The standard-library module an expression names ({@code math} after {@code import math}), or null. */
    StdlibModule importedModule(Expr e) {
        if (e instanceof Expr.Attribute a) { // os.path
            StdlibModule outer = importedModule(a.value());
            return outer == null ? null : outer.submodule(a.attr());
        }
        if (e instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.stdlib.member(n.id()) != null) {
            StdlibImports.Member m = ft.module.stdlib.member(n.id()); // from os import path
            return m.module().submodule(m.member());
        }
        return e instanceof Expr.Name n && !ft.isLocal(n.id()) ? ft.module.stdlib.module(n.id()) : null;
    }

    private Val subscript(Expr.Subscript s) {
        Val member = EnumClasses.byName(ft, s);
        if (member != null) {
            return member;
        }
        Val environ = OsModule.environItem(ft, s);
        if (environ != null) {
            return environ;
        }
        Val c = expr(s.value(), null);
        Val field = NamedTuples.item(ft, c, s);
        if (field != null) {
            return field;
        }
        if (s.slice() instanceof Expr.Slice sl) {
            RExpr lo = sliceBound(sl.lower());
            RExpr hi = sliceBound(sl.upper());
            RExpr st = sliceBound(sl.step());
            if (c.type() instanceof PyType.ListT) {
                return new Val(ft.tryOf(RExpr.method(c.code(), "slice", lo, hi, st)), c.type(), Kind.OWNED);
            }
            if (c.type() == PyType.STR) {
                return new Val(ft.tryOf(RExpr.call("py::str_slice", ft.strRef(c), lo, hi, st)), PyType.STR, Kind.OWNED);
            }
            throw Unsupported.construct("slicing a " + c.type().python(), s);
        }
        if (c.type() instanceof PyType.TupleT tt) {
            if (!(s.slice() instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int)
                    && !(s.slice() instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant)) {
                throw Unsupported.construct("tuple index that is not a literal", s.slice());
            }
            long idx = s.slice() instanceof Expr.Constant k ? ((ConstantValue.Int) k.value()).value().longValue()
                    : -((ConstantValue.Int) ((Expr.Constant) ((Expr.UnaryOp) s.slice()).operand()).value()).value().longValue();
            if (idx < 0) {
                idx += tt.elems().size();
            }
            if (idx < 0 || idx >= tt.elems().size()) {
                throw Unsupported.type("tuple index out of range", s.slice());
            }
            return new Val(new RExpr.Field(paren(c.code()), String.valueOf(idx)), tt.elems().get((int) idx),
                    c.kind() == Kind.PLACE ? Kind.PLACE : Kind.OWNED);
        }
        if (ReModule.isRe(c.type())) {
            return ReModule.subscript(ft, c, s.slice());
        }
        if (CollectionsChainMap.is(c.type())) {
            return CollectionsChainMap.subscript(ft, c, s.slice());
        }
        PyType keyType = c.type() instanceof PyType.DictT d ? d.key()
                : c.type() instanceof PyType.ClassT ? ObjectOperators.keyType(c.type()) : PyType.INT;
        Val key = keyType == PyType.INT ? ft.index(expr(s.slice(), keyType), s.slice())
                : ft.coerce(expr(s.slice(), keyType), keyType, s.slice());
        return subscriptValue(c, key, s);
    }

    Val subscriptValue(Val c, Val key, Node at) {
        if (c.type() instanceof PyType.ListT l) {
            return new Val(ft.tryOf(RExpr.method(c.code(), "get", key.code())), l.elem(), Kind.OWNED);
        }
        if (c.type() instanceof PyType.DictT d) {
            return new Val(ft.tryOf(RExpr.method(c.code(), "item", ft.ref(key))), d.value(), Kind.OWNED);
        }
        if (c.type() == PyType.STR) {
            return new Val(ft.tryOf(RExpr.call("py::str_index", ft.strRef(c), key.code())), PyType.STR, Kind.OWNED);
        }
        if (c.type() instanceof PyType.ClassT) {
            return new ObjectOperators(ft).getItem(c, key, at);
        }
        if (c.type() instanceof PyType.VarTupleT v) {
            return new Val(ft.tryOf(RExpr.method(c.code(), "get", key.code())), v.elem(), Kind.OWNED);
        }
        if (c.type() instanceof PyType.LibT l && l.container() && key.type() == PyType.INT) {
            return new Val(ft.tryOf(RExpr.method(c.code(), "get", key.code())), l.elem(), Kind.OWNED);
        }
        if (c.type() == PyType.ARGS) {
            // A built-in KeyError keeps its key only as the repr: its args are indexed only
            // where the handler's classes rule it out.
            if (!(at instanceof Expr.Subscript sub && sub.value() instanceof Expr.Attribute a
                    && a.value() instanceof Expr.Name n && ft.noKeyErrors.stream()
                            .filter(b -> b.getKey().equals(n.id())).findFirst().map(Map.Entry::getValue).orElse(false))) {
                throw Unsupported.construct("indexing the args of an exception that may be a KeyError", at);
            }
            return new Val(ft.tryOf(RExpr.method(c.code(), "get", key.code())), PyType.ARG, Kind.OWNED);
        }
        throw Unsupported.construct("indexing a " + c.type().python(), at);
    }

    RExpr sliceBound(Expr e) {
        if (e == null) {
            return new RExpr.Atom("None");
        }
        Val v = ft.index(expr(e, PyType.INT), e);
        return RExpr.call("Some", v.code());
    }

    // -------------------------------------------------------------------- displays

    private Val listDisplay(Expr.List l, PyType expected) {
        expected = EmptyCollections.context(expected, PyType.ListT.class);
        PyType elem = expected instanceof PyType.ListT lt ? lt.elem() : null;
        if (StarredItems.any(l.elts())) {
            return new StarredItems(ft).collection(l.elts(), elem, false, l);
        }
        List<RExpr> items = new ArrayList<>();
        List<Val> vals = new ArrayList<>();
        for (Expr x : l.elts()) {
            Val v = expr(x, elem);
            ft.refuseKeepingClosable(x, v.type(), "kept in a list");
            vals.add(v);
            if (expected == null && v.type() == PyType.NONE && !l.elts().stream().allMatch(ExpressionLowering::isNone)) {
                continue; // [s, None]: the other items settle T, and the list is of Optional[T] (below)
            }
            if (elem == null) {
                elem = settleElement(ft, v.type(), x);
            } else if (expected == null && NumericTower.join(elem, v.type()) == PyType.NUM) {
                elem = PyType.NUM;
            }
        }
        if (expected == null && elem != null && !(elem instanceof PyType.OptionalT)
                && vals.stream().anyMatch(v -> v.type() == PyType.NONE)) {
            // As mypy joins the items' types: T and None make Optional[T].
            elem = new PyType.OptionalT(elem);
        }
        for (int i = 0; i < vals.size(); i++) {
            items.add(ft.owned(ft.coerce(vals.get(i), elem, l.elts().get(i))));
        }
        if (elem == null) {
            throw Unsupported.type("cannot settle the element type of an empty list; annotate it", l);
        }
        PyType t = new PyType.ListT(elem);
        if (items.isEmpty()) {
            return new Val(RExpr.call("py::List::new"), t, Kind.OWNED);
        }
        return new Val(RExpr.call("py::List::from", new RExpr.Macro("vec", items, true, false)), t, Kind.OWNED);
    }

    /** The element type of a display or comprehension (in a module whose float slots are NUM, a float's is too). */
    static PyType settleElement(FunctionTranslator ft, PyType t, Node at) {
        if (t == PyType.NONE) {
            throw Unsupported.type("cannot settle an element type from None; annotate the variable", at);
        }
        return NumericTower.element(ft, t);
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof io.portalis.accel.python.ast.ConstantValue.None;
    }

    private Val dictDisplay(Expr.Dict d, PyType expected) {
        expected = EmptyCollections.context(expected, PyType.DictT.class);
        PyType kt = expected instanceof PyType.DictT dt ? dt.key() : null;
        PyType vt = expected instanceof PyType.DictT dt2 ? dt2.value() : null;
        List<RExpr> pairs = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            Expr ke = d.keys().get(i);
            if (ke == null) {
                throw Unsupported.construct("dict unpacking (**)", d.values().get(i));
            }
            Val k = expr(ke, kt);
            if (kt == null) {
                kt = k.type();
            }
            Val v = expr(d.values().get(i), vt);
            if (vt == null) {
                vt = settleElement(ft, v.type(), d.values().get(i));
            }
            pairs.add(new RExpr.Tuple(List.of(ft.owned(ft.coerce(k, kt, ke)), ft.owned(ft.coerce(v, vt, d.values().get(i))))));
        }
        if (kt == null) {
            throw Unsupported.type("cannot settle the types of an empty dict; annotate it", d);
        }
        if (!PyType.hashable(kt)) {
            throw Unsupported.construct("dict keyed by " + kt.python(), d);
        }
        PyType t = new PyType.DictT(kt, vt);
        if (pairs.isEmpty()) {
            return new Val(RExpr.call("py::Dict::new"), t, Kind.OWNED);
        }
        // Built as CPython compiles a display (presized, in runs), so its later growth matches.
        return new Val(RExpr.call("py::Dict::display", new RExpr.Macro("vec", pairs, true, false)), t, Kind.OWNED);
    }

    // -------------------------------------------------------------------- f-strings

    private Val fstring(Expr.JoinedStr j) {
        StringBuilder fmt = new StringBuilder();
        List<RExpr> args = new ArrayList<>();
        // With an assignment expression inside, each part becomes text when Python formats it
        // (a format macro would borrow a name that a later part rebinds).
        boolean rebinds = !WalrusTargets.of(j).isEmpty();
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s) {
                fmt.append(RustLiterals.formatText(s.value()));
            } else if (part instanceof Expr.FormattedValue fv) {
                fmt.append("{}");
                RExpr arg = formatted(fv);
                if (rebinds) {
                    Local text = ft.tempLocal("part", PyType.STR);
                    ft.out.add(new RStmt.Let(text, false,
                            new RExpr.Macro("format", List.of(new RExpr.Atom("\"{}\""), arg), false, true)));
                    arg = new RExpr.Atom(text.rust());
                }
                args.add(arg);
            } else {
                throw Unsupported.construct("this f-string part", part);
            }
        }
        if (args.isEmpty()) {
            return new Val(new RExpr.Atom("\"" + fmt.toString().replace("{{", "{").replace("}}", "}") + "\""), PyType.STR, Kind.STRLIT);
        }
        List<RExpr> all = new ArrayList<>();
        all.add(new RExpr.Atom("\"" + fmt + "\""));
        all.addAll(args);
        return new Val(new RExpr.Macro("format", all, false, true), PyType.STR, Kind.OWNED);
    }

    /** One {@code {value!conv:spec}} of an f-string, as a Display argument. */
    RExpr formatted(Expr.FormattedValue fv) {
        Val shownType = fv.format_spec() == null ? TypeDisplay.shown(ft, fv.value()) : null;
        if (shownType != null) {
            return shownType.code(); // a class's str, repr and ascii are one text
        }
        Val v = expr(fv.value(), null);
        String spec = null;
        if (fv.format_spec() != null) {
            if (!(fv.format_spec() instanceof Expr.JoinedStr js)) {
                throw Unsupported.construct("this format spec", fv.format_spec());
            }
            StringBuilder sb = new StringBuilder();
            for (Expr p : js.values()) {
                if (p instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s) {
                    sb.append(s.value());
                } else {
                    throw Unsupported.construct("nested replacement field in a format spec", p);
                }
            }
            spec = sb.toString();
        }
        int conv = fv.conversion();
        if (conv == 'a') {
            throw Unsupported.construct("!a conversion", fv);
        }
        if (conv == 'r') {
            RExpr r = ft.repr(v);
            if (spec == null || spec.isEmpty()) {
                return r;
            }
            return ft.tryOf(RExpr.call("py::format_str", new RExpr.Unary("&", r), new RExpr.Atom(RustLiterals.string(spec))));
        }
        if (conv == 's') {
            Val s = ft.str(v);
            if (spec == null || spec.isEmpty()) {
                return displayArg(s);
            }
            return ft.tryOf(RExpr.call("py::format_str", ft.strRef(s), new RExpr.Atom(RustLiterals.string(spec))));
        }
        if (spec == null || spec.isEmpty()) {
            return displayArg(v);
        }
        PyType t = v.type();
        if (t == PyType.INT || t == PyType.FLOAT || t == PyType.STR || t == PyType.BOOL || t == PyType.NUM || t == PyType.BIG) {
            return ft.tryOf(RExpr.method(v.kind() == Kind.STRLIT ? RExpr.method(v.code(), "to_string") : v.code(),
                    "format", new RExpr.Atom(RustLiterals.string(spec))));
        }
        RExpr member = EnumClasses.format(ft, v, spec);
        if (member != null) {
            return member;
        }
        RExpr dated = DatetimeOperators.format(ft, v, spec, fv);
        if (dated != null) {
            return dated;
        }
        throw Unsupported.construct("format spec on a " + t.python(), fv);
    }

    /** An argument for a {@code {}} of format!/println! that shows Python's str() of the value. */
    RExpr displayArg(Val v) {
        if (v.type() == PyType.STR || v.type() == PyType.INT) {
            return v.code();
        }
        return ft.str(v).code();
    }
}
