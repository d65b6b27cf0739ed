package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers assignments: plain, annotated, augmented and unpacking assignments, stores to names,
 * attributes and subscripts, and {@code del}. Shares the function's state through {@code ft}.
 */
final class AssignmentLowering {
    private final FunctionTranslator ft;

    AssignmentLowering(FunctionTranslator ft) {
        this.ft = ft;
    }

    // -------------------------------------------------------------------- assignment

    void assign(Stmt s, Expr target, Expr value, PyType annotated) {
        if (target instanceof Expr.Name n && ft.globalsHere.contains(n.id())) {
            ModuleScope.Global g = global(n);
            if (annotated != null && !annotated.equals(g.type())) {
                throw Unsupported.type("'" + n.id() + "' is " + g.type().python() + " but is annotated "
                        + annotated.python(), target);
            }
            Val v = ft.coerce(ft.expr(value, g.type()), g.type(), value);
            ft.out.add(new RStmt.Expr(g.store(ft.owned(v))));
            return;
        }
        if (target instanceof Expr.Name n) {
            Local existing = ft.plan.letHere(s, n.id()) ? null : ft.lookupLocal(n.id());
            if (ft.plan.rebinds(s, n.id()) && annotated == null) {
                existing = sameTypeVariable(n.id(), value);
            }
            PyType expected = annotated != null ? annotated : existing != null ? existing.type() : null;
            if (expected == null) {
                expected = EmptyCollections.fromUses(ft, s, n.id(), value); // result = [] filled later
            }
            Val v = value instanceof Expr.GeneratorExp g && !(expected instanceof PyType.IterT)
                    ? ft.comprehensionLowering.lazyGenerator(g, false) : ft.expr(value, expected);
            if (existing == null) {
                if (!ft.plan.letHere(s, n.id())) {
                    throw Unsupported.construct("assignment to '" + n.id() + "' outside its function", target);
                }
                PyType t = annotated != null ? annotated : settle(ft, v.type(), value);
                Val c = ft.coerce(v, t, value);
                Local l = ft.declare(n.id(), t);
                l.assigned();
                if (ft.closable(value, t)) {
                    ft.closableVars.putIfAbsent(l, value);
                }
                ft.out.add(new RStmt.Let(l, (annotated != null || PyType.holdsFunction(t)) && needsAnnotation(c), ft.owned(c)));
            } else {
                if (existing.narrowedFrom() != null) {
                    Local optional = existing.narrowedFrom();
                    ft.unnarrow(existing);
                    existing = optional;
                }
                if (existing.type() == null) {
                    existing.type(annotated != null ? annotated : settle(ft, v.type(), value));
                }
                Val c = ft.coerce(v, existing.type(), value);
                existing.assigned();
                if (ft.closable(value, existing.type())) {
                    ft.closableVars.putIfAbsent(existing, value);
                }
                ft.out.add(assignLocal(existing, ft.owned(c)));
            }
            return;
        }
        if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            unpack(s, target, value);
            return;
        }
        PyType expected = annotated;
        if (expected == null) {
            expected = targetType(target);
        }
        Val v = ft.expr(value, expected);
        ft.refuseKeepingClosable(value, v.type(), "stored in an item or attribute");
        boolean targetRuns = target instanceof Expr.Subscript sub ? ft.orderSensitive(sub.value()) || ft.orderSensitive(sub.slice())
                : target instanceof Expr.Attribute a && ft.orderSensitive(a.value());
        if (targetRuns && ft.orderSensitive(value) && !(v.code() instanceof RExpr.Atom)) {
            // Python evaluates the value before the target's object and index.
            Local held = tempLocal("value", v.type());
            ft.out.add(new RStmt.Let(held, false, ft.owned(v)));
            v = new Val(new RExpr.Atom(held.rust()), v.type(), Kind.OWNED);
        }
        storeTo(target, v, annotated);
    }

    private static boolean needsAnnotation(Val v) {
        return !(v.code() instanceof RExpr.Atom a && (a.text().matches("-?[0-9]+(_i64)?") || a.text().equals("true")
                || a.text().equals("false")));
    }

    /**
     * A value's type as a variable's type: None and iterables cannot be settled; in a module whose
     * float slots are NUM, a float's is NUM too.
     */
    static PyType settle(FunctionTranslator ft, PyType t, Node at) {
        if (t == PyType.NONE) {
            throw Unsupported.type("cannot settle a type from None; annotate the variable", at);
        }
        if (t == null) {
            throw Unsupported.type("cannot settle the type of this value; annotate the variable", at);
        }
        return NumericTower.element(ft, t);
    }

    /** The type a subscript or attribute target holds, for typing an empty literal assigned to it. */
    PyType targetType(Expr target) {
        try {
            if (target instanceof Expr.Subscript sub) {
                Val c = exprProbe(sub.value());
                if (c.type() instanceof PyType.ListT l) {
                    return sub.slice() instanceof Expr.Slice ? l : l.elem(); // a[i:j] = [...] takes a list
                }
                if (c.type() instanceof PyType.DictT d) {
                    return d.value();
                }
                if (c.type() instanceof PyType.ClassT ct && ct.info().signature("__setitem__") != null) {
                    return ct.info().signature("__setitem__").params().get(1).type();
                }
            }
            if (target instanceof Expr.Attribute a) {
                Val c = exprProbe(a.value());
                if (c.type() instanceof PyType.ClassT ct) {
                    return ct.info().field(a.attr());
                }
            }
        } catch (Unsupported e) {
            return null;
        }
        return null;
    }

    /** The type of a module-level value, for a Global's type; throws when it cannot be settled. */
    PyType probeType(Expr e) {
        String savedLabel = ft.errorLabel;
        ft.errorLabel = "'no_raise";
        try {
            return exprProbe(e).type();
        } finally {
            ft.errorLabel = savedLabel;
        }
    }

    /**
     * For a full rebinding of a name: its variable when the value has the variable's type (the
     * old value goes now, as in Python), null when a new variable of the value's type starts here.
     */
    private Local sameTypeVariable(String name, Expr value) {
        Local prior = ft.lookupLocal(name);
        if (prior == null || prior.type() == null || prior.narrowedFrom() != null || ft.captures().contains(prior)) {
            return null;
        }
        try {
            PyType t = exprProbe(value).type();
            return t == null || t.equals(prior.type()) ? prior : null;
        } catch (Unsupported notSettled) {
            return prior;
        }
    }

    /** Types an expression without keeping the statements it would emit. */
    Val exprProbe(Expr e) {
        List<RStmt> saved = ft.out;
        ft.out = new ArrayList<>();
        int savedCounter = ft.counter;
        try {
            return ft.expr(e, null);
        } finally {
            ft.out = saved;
            ft.counter = savedCounter;
        }
    }

    /** Stores a value into a subscript or attribute target ({@code annotated}: its annotation, or null). */
    private void storeTo(Expr target, Val v, PyType annotated) {
        if (target instanceof Expr.Subscript sub) {
            if (sub.slice() instanceof Expr.Slice sl) {
                SliceAssignment.store(ft, sub, sl, v);
                return;
            }
            Val c = ft.expr(sub.value(), null);
            if (c.type() instanceof PyType.ListT l) {
                Val i = ft.index(ft.expr(sub.slice(), PyType.INT), sub.slice());
                Val val = ft.coerce(v, l.elem(), target);
                ft.out.add(new RStmt.Expr(ft.tryOf(RExpr.method(c.code(), "set", i.code(), ft.owned(val)))));
                return;
            }
            if (c.type() instanceof PyType.DictT d) {
                Val k = ft.coerce(ft.expr(sub.slice(), d.key()), d.key(), sub.slice());
                Val val = ft.coerce(v, d.value(), target);
                ft.out.add(new RStmt.Expr(RExpr.method(c.code(), "set", ft.owned(k), ft.owned(val))));
                return;
            }
            if (c.type() instanceof PyType.ClassT && ObjectOperators.keyType(c.type()) != null) {
                PyType kt = ObjectOperators.keyType(c.type());
                Val k = ft.coerce(ft.expr(sub.slice(), kt), kt, sub.slice());
                ft.out.add(new RStmt.Expr(new ObjectOperators(ft).setItem(c, k, v, target)));
                return;
            }
            if (CollectionsChainMap.is(c.type())) {
                ft.out.add(new RStmt.Expr(CollectionsChainMap.setItem(ft, c, sub.slice(), v, target)));
                return;
            }
            throw Unsupported.construct("item assignment on " + c.type().python(), target);
        }
        if (target instanceof Expr.Attribute a) {
            if (ClassAttributes.assign(ft, a, v)) {
                return;
            }
            Val obj = ft.expr(a.value(), null);
            if (!(obj.type() instanceof PyType.ClassT ct)) {
                throw Unsupported.construct("attribute assignment on " + obj.type().python(), target);
            }
            if (AttributeWrites.raised(ft, ct.info(), a.attr(), target, false)) {
                return;
            }
            if (DecoratedMethods.isProperty(ct.info(), a.attr())) {
                ft.out.add(PropertyAccess.write(ft, obj.code(), ct.info(), a.attr(), v, target));
                return;
            }
            PyType fieldType = ct.info().field(a.attr());
            if (fieldType == null) {
                if (ft.discovery && isSelf(a.value()) && ft.cls != null) {
                    // self.x: float = 0 declares a float field that holds the int 0 for now.
                    PyType shadowed = ClassAttributes.shadowed(ct.info(), a.attr());
                    PyType t = shadowed != null ? shadowed : annotated != null ? annotated : settle(ft, v.type(), target);
                    ft.cls.ownFields().put(a.attr(), t);
                    ft.addedField = true;
                    fieldType = t;
                } else {
                    throw Unsupported.type("cannot settle the type of attribute '" + a.attr() + "' of "
                            + ct.info().name() + "; assign it in __init__", target);
                }
            }
            Val val = ft.coerce(v, fieldType, target);
            ft.out.add(new RStmt.Expr(RExpr.method(obj.code(), "set_" + fieldName(a.attr()), ft.owned(val))));
            return;
        }
        throw Unsupported.construct("assignment to " + target.getClass().getSimpleName(), target);
    }

    static String fieldName(String attr) {
        if (ModuleScope.ident(attr).startsWith("r#")) {
            return attr + "_"; // a Rust keyword (fn, type, ...) cannot name a field
        }
        return attr.startsWith("_") ? attr.replaceFirst("^_+", "") + "_private" : attr;
    }

    private static boolean isSelf(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("self");
    }

    private void unpack(Stmt s, Expr target, Expr value) {
        List<Expr> written = target instanceof Expr.Tuple t ? t.elts() : ((Expr.List) target).elts();
        Val v;
        if (value instanceof Expr.Tuple vt && vt.elts().size() == written.size()) {
            List<RExpr> codes = new ArrayList<>();
            List<PyType> types = new ArrayList<>();
            for (int i = 0; i < written.size(); i++) {
                PyType expected = written.get(i) instanceof Expr.Name n && ft.lookupLocal(n.id()) != null
                        ? ft.lookupLocal(n.id()).type() : null;
                Val e = ft.expr(vt.elts().get(i), expected);
                if (expected != null) {
                    e = ft.coerce(e, expected, vt.elts().get(i));
                }
                codes.add(ft.owned(e));
                types.add(e.type());
            }
            v = new Val(new RExpr.Tuple(codes), new PyType.TupleT(types), Kind.OWNED);
        } else {
            v = NamedTuples.asTuple(DatetimeOperators.asTuple(ft.expr(value, null))); // y, w, d = d.isocalendar()
        }
        if (SequenceUnpacking.applies(v.type())) {
            SequenceUnpacking.AsTuple counted = SequenceUnpacking.of(ft, v, written, value);
            v = counted.value();
            written = counted.targets();
        }
        List<Expr> targets = written;
        if (!(v.type() instanceof PyType.TupleT tt) || tt.elems().size() != targets.size()) {
            throw Unsupported.type("cannot unpack " + v.type().python() + " into " + targets.size() + " names", value);
        }
        boolean allNames = targets.stream().allMatch(t -> t instanceof Expr.Name n && !ft.globalsHere.contains(n.id())
                && !ft.checkedNames.contains(n.id()));
        if (allNames) {
            List<Local> locals = new ArrayList<>();
            boolean allNew = true;
            boolean anyNew = false;
            for (Expr t : targets) {
                boolean isNew = ft.plan.letHere(s, ((Expr.Name) t).id());
                allNew &= isNew;
                anyNew |= isNew;
            }
            for (int i = 0; i < targets.size(); i++) {
                String name = ((Expr.Name) targets.get(i)).id();
                PyType et = tt.elems().get(i);
                Local l;
                if (ft.plan.letHere(s, name)) {
                    if (et == PyType.INT && ft.module.bigInts) {
                        throw Unsupported.construct("unpacking a tuple of 64-bit ints (from the standard library or a "
                                + "builtin) into new variables where ints are arbitrary precision", targets.get(i));
                    }
                    l = ft.declare(name, settle(ft, et, targets.get(i)));
                    if (!allNew) {
                        l.assigned();
                        ft.out.add(new RStmt.Let(l, true, null));
                    }
                } else {
                    l = ft.lookupLocal(name);
                    if (l == null) {
                        throw Unsupported.construct("assignment to '" + name + "' outside its function", targets.get(i));
                    }
                    if (l.type() == null) {
                        l.type(settle(ft, et, targets.get(i)));
                    }
                    if (!l.type().equals(et) && !NumericTower.holdsWithoutLoss(et, l.type())) {
                        throw Unsupported.type("'" + name + "' is " + l.type().python() + " but is assigned "
                                + et.python(), targets.get(i));
                    }
                }
                l.assigned();
                locals.add(l);
            }
            if (NumericTower.anyConverted(tt.elems(), locals)) {
                // c, s = cos(a), sin(a) where float variables are py::Num: bind the items, then convert each.
                List<Local> temps = new ArrayList<>();
                for (PyType et : tt.elems()) {
                    temps.add(tempLocal("value", et));
                }
                ft.out.add(new RStmt.LetPattern(() -> tuplePattern(temps), ft.owned(v)));
                for (int i = 0; i < locals.size(); i++) {
                    Local l = locals.get(i);
                    Val item = new Val(new RExpr.Atom(temps.get(i).rust()), tt.elems().get(i), Kind.OWNED);
                    RExpr code = ft.owned(ft.coerce(item, l.type(), targets.get(i)));
                    ft.out.add(allNew ? new RStmt.Let(l, false, code) : assignLocal(l, code));
                }
                return;
            }
            if (allNew) {
                ft.out.add(new RStmt.LetPattern(() -> tuplePattern(locals), ft.owned(v)));
            } else {
                RExpr lhs = new RExpr.Tuple(locals.stream().map(l -> (RExpr) new RExpr.Atom(l.rust())).toList());
                ft.out.add(new RStmt.Assign(lhs, "=", ft.owned(v)));
            }
            if (anyNew && !allNew) {
                return;
            }
            return;
        }
        // Targets with subscripts or attributes: evaluate the value, then store each item in order.
        List<RStmt> saved = ft.out;
        ft.out = new ArrayList<>();
        List<Local> temps = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Local t = new Local("", "value_" + (i + 1), tt.elems().get(i));
            t.assigned();
            temps.add(t);
        }
        ft.out.add(new RStmt.LetPattern(() -> tuplePattern(temps), ft.owned(v)));
        for (int i = 0; i < targets.size(); i++) {
            Val item = new Val(new RExpr.Atom(temps.get(i).rust()), tt.elems().get(i), Kind.OWNED);
            Expr t = targets.get(i);
            if (t instanceof Expr.Name n && ft.globalsHere.contains(n.id())) {
                ft.out.add(new RStmt.Expr(global(n).store(ft.owned(ft.coerce(item, global(n).type(), t)))));
            } else if (t instanceof Expr.Name n) {
                Local l = ft.lookupLocal(n.id());
                if (l == null) {
                    throw Unsupported.construct("unpacking into a new name next to an item target", t);
                }
                l.assigned();
                ft.out.add(assignLocal(l, ft.owned(ft.coerce(item, l.type(), t))));
            } else {
                storeTo(t, item, null);
            }
        }
        List<RStmt> body = ft.out;
        ft.out = saved;
        ft.out.add(new RStmt.Scope(body));
    }

    /** The prelude's in-place set method for {@code |= &= -= ^=}, or null for another operator. */
    private static String inPlaceSetOp(Operator op) {
        return switch (op) {
            case BitOr -> "update";
            case BitAnd -> "intersection_update";
            case Sub -> "difference_update";
            case BitXor -> "symmetric_difference_update";
            default -> null;
        };
    }

    /** {@code set OP= rhs}: changes the set itself, as Python does, rather than rebinding. */
    private RExpr inPlaceSet(RExpr set, PyType type, Stmt.AugAssign a, Val rhs) {
        if (!rhs.type().equals(type)) {
            throw Unsupported.type("unsupported operand types for " + a.op().symbol() + "=: " + type.python()
                    + " and " + rhs.type().python(), a);
        }
        return RExpr.method(set, inPlaceSetOp(a.op()), ft.ref(rhs));
    }

    private static String tuplePattern(List<Local> locals) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < locals.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Local l = locals.get(i);
            sb.append(l.mutable() ? "mut " : "").append(l.rust());
        }
        return sb.append(locals.size() == 1 ? ",)" : ")").toString();
    }

    void augAssign(Stmt.AugAssign a) {
        if (new CollectionsDicts(ft).augAssign(a)) {
            return;
        }
        Expr target = a.target();
        if (target instanceof Expr.Name n && ft.globalsHere.contains(n.id())) {
            ModuleScope.Global g = global(n);
            Val cur = new Val(ft.tryOf(g.load()), g.type(), Kind.OWNED);
            Val rhs = ft.expr(a.value(), g.type());
            if (g.type() instanceof PyType.ListT && a.op() == Operator.Add) {
                // In place, as list.__iadd__ is: the rebinding stores the same list.
                ft.out.add(new RStmt.Expr(RExpr.method(cur.code(), "extend", ft.iterVec(rhs, a.value()))));
                return;
            }
            Val result = InPlaceOperators.apply(ft, a.op(), cur, rhs, a);
            ft.out.add(new RStmt.Expr(g.store(ft.owned(ft.coerce(result, g.type(), a)))));
            return;
        }
        if (target instanceof Expr.Name n) {
            Local l = ft.lookupLocal(n.id());
            if (l == null || l.type() == null) {
                throw Unsupported.type("'" + n.id() + "' is not assigned before '" + a.op().symbol() + "='", target);
            }
            if (l.isChecked()) {
                Val cur = new Val(localValue(l), l.type(), Kind.OWNED);
                Val rhs = ft.expr(a.value(), l.type());
                l.assigned();
                if (l.type() instanceof PyType.ListT && a.op() == Operator.Add) {
                    ft.out.add(new RStmt.Expr(RExpr.method(cur.code(), "extend", ft.iterVec(rhs, a.value()))));
                    return;
                }
                Val result = InPlaceOperators.apply(ft, a.op(), cur, rhs, a);
                ft.out.add(assignLocal(l, ft.owned(ft.coerce(result, l.type(), a))));
                return;
            }
            Val cur = new Val(new RExpr.Atom(l.rust()), l.type(), Kind.PLACE);
            Val rhs = ft.expr(a.value(), l.type());
            l.assigned();
            if (l.type() == PyType.STR && a.op() == Operator.Add) {
                Val r = ft.coerce(rhs, PyType.STR, a.value());
                // s += s: the right side would borrow the String it appends to, so it is copied first.
                RExpr appended = r.kind() == Kind.PLACE && r.code().equals(cur.code())
                        ? new RExpr.Unary("&", ft.owned(r)) : ft.strRef(r);
                ft.out.add(new RStmt.Assign(cur.code(), "+=", appended));
                return;
            }
            if (l.type() instanceof PyType.ListT && a.op() == Operator.Add) {
                ft.out.add(new RStmt.Expr(RExpr.method(cur.code(), "extend", ft.iterVec(rhs, a.value()))));
                return;
            }
            if (l.type() instanceof PyType.SetT && inPlaceSetOp(a.op()) != null) {
                ft.out.add(new RStmt.Expr(inPlaceSet(cur.code(), l.type(), a, rhs)));
                return;
            }
            if (l.type() == PyType.FLOAT && (a.op() == Operator.Add || a.op() == Operator.Sub || a.op() == Operator.Mult)) {
                Val r = ft.promote(rhs, a.value());
                ft.out.add(new RStmt.Assign(cur.code(), a.op().symbol() + "=", r.code()));
                return;
            }
            Val result = InPlaceOperators.apply(ft, a.op(), cur, rhs, a);
            ft.out.add(new RStmt.Assign(cur.code(), "=", ft.owned(ft.coerce(result, l.type(), a))));
            return;
        }
        if (target instanceof Expr.Attribute at) {
            if (ClassAttributes.augAssign(ft, at, a.op(), a.value(), a)) {
                return;
            }
            Val obj = ft.expr(at.value(), null);
            RExpr objCode = obj.code();
            if (!(objCode instanceof RExpr.Atom)) {
                Local tmp = tempLocal("object", obj.type());
                ft.out.add(new RStmt.Let(tmp, false, ft.owned(obj)));
                objCode = new RExpr.Atom(tmp.rust());
            }
            if (obj.type() instanceof PyType.ClassT pt && DecoratedMethods.isProperty(pt.info(), at.attr())) {
                Val cur = PropertyAccess.read(ft, new Val(objCode, obj.type(), Kind.PLACE), pt.info(), at.attr());
                Val result = InPlaceOperators.apply(ft, a.op(), cur, ft.expr(a.value(), cur.type()), a);
                ft.out.add(PropertyAccess.write(ft, objCode, pt.info(), at.attr(), ft.coerce(result, cur.type(), a), a));
                return;
            }
            if (obj.type() instanceof PyType.ClassT sc && sc.info().field(at.attr()) == null && ft.discovery
                    && isSelf(at.value()) && ft.cls != null && ClassAttributes.shadowed(sc.info(), at.attr()) != null) {
                // self.count += 1 reads the class attribute and makes an instance attribute that shadows it.
                ft.cls.ownFields().put(at.attr(), ClassAttributes.shadowed(sc.info(), at.attr()));
                ft.addedField = true;
            }
            if (!(obj.type() instanceof PyType.ClassT ct) || ct.info().field(at.attr()) == null) {
                throw Unsupported.type("unknown attribute '" + at.attr() + "'", target);
            }
            if (AttributeWrites.raised(ft, ct.info(), at.attr(), target, true)) {
                return;
            }
            PyType fieldType = ct.info().field(at.attr());
            if (fieldType instanceof PyType.SetT && inPlaceSetOp(a.op()) != null) {
                // The field holds a handle on the set, which the operator changes in place.
                RExpr set = RExpr.method(objCode, "get_" + fieldName(at.attr()));
                ft.out.add(new RStmt.Expr(inPlaceSet(set, fieldType, a, ft.expr(a.value(), fieldType))));
                return;
            }
            Val cur = new Val(RExpr.method(objCode, "get_" + fieldName(at.attr())), fieldType, Kind.OWNED);
            Val result = InPlaceOperators.apply(ft, a.op(), cur, ft.expr(a.value(), fieldType), a);
            ft.out.add(new RStmt.Expr(RExpr.method(objCode, "set_" + fieldName(at.attr()), ft.owned(ft.coerce(result, fieldType, a)))));
            return;
        }
        if (target instanceof Expr.Subscript sub) {
            Val c = ft.expr(sub.value(), null);
            if (CollectionsChainMap.is(c.type())) {
                throw Unsupported.construct("augmented assignment to a ChainMap item", target);
            }
            RExpr cCode = c.code();
            if (!(cCode instanceof RExpr.Atom)) {
                Local tmp = tempLocal("items", c.type());
                ft.out.add(new RStmt.Let(tmp, false, ft.owned(c)));
                cCode = new RExpr.Atom(tmp.rust());
            }
            Val container = new Val(cCode, c.type(), Kind.PLACE);
            PyType keyType = c.type() instanceof PyType.DictT d ? d.key()
                    : c.type() instanceof PyType.ClassT ? ObjectOperators.keyType(c.type()) : PyType.INT;
            Val key = keyType == PyType.INT ? ft.index(ft.expr(sub.slice(), keyType), sub.slice())
                    : ft.coerce(ft.expr(sub.slice(), keyType), keyType, sub.slice());
            if (!(key.code() instanceof RExpr.Atom)) {
                Local tmp = tempLocal("key", keyType);
                ft.out.add(new RStmt.Let(tmp, false, ft.owned(key)));
                key = new Val(new RExpr.Atom(tmp.rust()), keyType, Kind.PLACE);
            }
            Val cur = ft.expressionLowering.subscriptValue(container, key, sub);
            Val result = InPlaceOperators.apply(ft, a.op(), cur, ft.expr(a.value(), cur.type()), a);
            Val stored = ft.coerce(result, cur.type(), a);
            if (c.type() instanceof PyType.DictT) {
                ft.out.add(new RStmt.Expr(RExpr.method(cCode, "set", ft.owned(key), ft.owned(stored))));
            } else if (c.type() instanceof PyType.ClassT) {
                ft.out.add(new RStmt.Expr(new ObjectOperators(ft).setItem(container, key, result, a)));
            } else {
                ft.out.add(new RStmt.Expr(ft.tryOf(RExpr.method(cCode, "set", key.code(), ft.owned(stored)))));
            }
            return;
        }
        throw Unsupported.construct("augmented assignment to this target", target);
    }

    /**
     * The type of a local read before the translation reaches its first assignment (a value
     * carried from one loop iteration to the next): its annotation, or its first value's type
     * as the names in scope here give it. Null when that cannot be settled here.
     */
    PyType typeAhead(String name) {
        for (Stmt s : RustTranslator.allStatementsOf(ft.functionBody)) {
            try {
                if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(name)
                        && !(a.value() != null && ft.module.fromValue(a.annotation()))) {
                    return ft.module.annotation(a.annotation());
                }
                Expr value = s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(name)
                        ? a.value() : null;
                if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                        && n.id().equals(name)) {
                    value = a.value();
                }
                if (value != null) {
                    PyType t = exprProbe(value).type();
                    return t == PyType.NONE || t instanceof PyType.IterT ? null : t;
                }
            } catch (Unsupported notHere) {
                return null;
            }
        }
        return null;
    }

    /** {@code local = value}; a checked local holds {@code Some(value)}. */
    RStmt assignLocal(Local l, RExpr value) {
        return new RStmt.Assign(new RExpr.Atom(l.rust()), "=", l.isChecked() ? RExpr.call("Some", value) : value);
    }

    /**
     * A local's value, owned: a checked local's read raises UnboundLocalError (NameError in
     * the module's code) while it is unbound, with CPython 3.11's message.
     */
    RExpr localValue(Local l) {
        if (l.isChecked()) {
            String fn = ft.sig == null ? "py::bound_name" : "py::bound_local";
            return ft.tryOf(RExpr.call(fn, new RExpr.Unary("&", new RExpr.Atom(l.rust())), new RExpr.Atom("\"" + l.python() + "\"")));
        }
        return l.type().copy() ? new RExpr.Atom(l.rust()) : RExpr.method(new RExpr.Atom(l.rust()), "clone");
    }

    /** The Global a name declared global (or assigned at module level) refers to. */
    ModuleScope.Global global(Expr.Name n) {
        ModuleScope.Global g = ft.module.globals.get(n.id());
        if (g == null) {
            throw Unsupported.construct("global '" + n.id() + "' that the module does not assign", n);
        }
        return g;
    }

    Local tempLocal(String base, PyType type) {
        Local l = new Local("", ft.fresh(base), type);
        l.assigned();
        return l;
    }

    void delete(Expr t) {
        if (t instanceof Expr.Name n && (isSelf(n) || (ft.sig != null && ft.sig.indexOf(n.id()) >= 0))) {
            throw Unsupported.construct("del of a parameter", t);
        }
        if (t instanceof Expr.Name n && ft.lookupLocal(n.id()) == null && ft.module.globals.containsKey(n.id())) {
            throw Unsupported.construct("del of a module-level variable", t);
        }
        if (t instanceof Expr.Name n && ft.lookupLocal(n.id()) != null && !ft.globalsHere.contains(n.id())) {
            Local l = ft.lookupLocal(n.id());
            if (l.isChecked()) {
                // Unbinds it; Python raises on a del of an unbound name as on a read.
                ft.out.add(new RStmt.Expr(localValue(l)));
                ft.out.add(new RStmt.Assign(new RExpr.Atom(l.rust()), "=", new RExpr.Atom("None")));
            }
            // A local that no later read can reach unbound: nothing to do in Rust.
            return;
        }
        if (t instanceof Expr.Subscript sub && sub.slice() instanceof Expr.Slice sl) {
            SliceAssignment.delete(ft, sub, sl);
            return;
        }
        if (t instanceof Expr.Subscript sub && !(sub.slice() instanceof Expr.Slice)) {
            Val c = ft.expr(sub.value(), null);
            if (c.type() instanceof PyType.DictT d) {
                Val k = ft.coerce(ft.expr(sub.slice(), d.key()), d.key(), sub.slice());
                ft.out.add(new RStmt.Expr(ft.tryOf(RExpr.method(c.code(), "del", ft.ref(k)))));
                return;
            }
            if (c.type() instanceof PyType.ListT) {
                Val i = ft.index(ft.expr(sub.slice(), PyType.INT), sub.slice());
                ft.out.add(new RStmt.Expr(ft.tryOf(RExpr.method(c.code(), "del", i.code()))));
                return;
            }
            if (CollectionsChainMap.is(c.type())) {
                ft.out.add(new RStmt.Expr(CollectionsChainMap.delItem(ft, c, sub.slice())));
                return;
            }
        }
        throw Unsupported.construct("del of this target", t);
    }
}
