package io.portalis.accel.rust;

import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers the calls that reach static methods, class methods and properties: {@code C.m(...)},
 * {@code obj.m(...)}, {@code cls.m(...)} and {@code cls(...)} inside a class method, and
 * {@code super().m(...)} of one. The class a call names travels as the hierarchy's tag (see
 * {@link ClassLevelMethods}); {@code obj.m(...)} passes the object's class, as Python does.
 */
final class ClassLevelCalls {
    private final Calls calls;
    private final FunctionTranslator ft;

    ClassLevelCalls(Calls calls) {
        this.calls = calls;
        this.ft = calls.ft;
    }

    /** The kind of the method whose body is being translated; null outside a method's own body. */
    static DecoratedMethods.Kind currentKind(FunctionTranslator ft) {
        if (ft.cls == null || ft.sig == null || ft.parent != null || ft.sig.owner() == null) {
            return null;
        }
        return ft.cls.decorated().kind(ft.sig.pythonName());
    }

    /** The name of the current class method's class parameter ({@code cls}), or null outside one. */
    static String clsParam(FunctionTranslator ft) {
        if (currentKind(ft) != DecoratedMethods.Kind.CLASS) {
            return null;
        }
        String name = ft.cls.methods().get(ft.sig.pythonName()).args().args().get(0).arg();
        return ft.isLocal(name) ? null : name;
    }

    /** A call this class lowers, or null for the other lowerings. */
    FunctionTranslator.Val call(Expr.Call c) {
        String cls = clsParam(ft);
        if (c.func() instanceof Expr.Name n && n.id().equals(cls)) {
            return constructOfClass(c);
        }
        if (!(c.func() instanceof Expr.Attribute a)) {
            return null;
        }
        if (a.value() instanceof Expr.Name n && n.id().equals(cls)) {
            return onClass(ft.cls, a.attr(), ClassLevelMethods.tagged(ft.cls) ? new RExpr.Atom(ClassLevelMethods.CLASS_PARAM) : null, c);
        }
        if (a.value() instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.globals.get(n.id()) == null) {
            ClassInfo k = ft.module.classOf(n.id());
            if (k != null && (!k.exception() || k.objectException())) {
                return onClass(k, a.attr(), ClassLevelMethods.tagged(k) ? tag(k) : null, c);
            }
        }
        if (a.value() instanceof Expr.Call sc && sc.func() instanceof Expr.Name sn && sn.id().equals("super")) {
            return superCall(a.attr(), c);
        }
        return null;
    }

    private static RExpr tag(ClassInfo k) {
        return new RExpr.Atom(k.root().rustName() + "Class::" + k.name());
    }

    /** {@code C.m(...)}: a static or class method gets the class; an ordinary method is refused. */
    private FunctionTranslator.Val onClass(ClassInfo k, String attr, RExpr tag, Expr.Call c) {
        DecoratedMethods.Kind kind = DecoratedMethods.kindOf(k, attr);
        if (kind.receiverless()) {
            return receiverless(k, attr, tag, c);
        }
        if (kind == DecoratedMethods.Kind.GETTER || kind == DecoratedMethods.Kind.CACHED) {
            throw Unsupported.construct("property '" + attr + "' read on the class " + k.name(), c.func());
        }
        if (k.resolve(attr) != null) {
            throw Unsupported.construct("method '" + attr + "' called on the class " + k.name() + " (an unbound method)", c);
        }
        return null;
    }

    /** The call of a static or class method: the tag (when the hierarchy has one), then the arguments. */
    private FunctionTranslator.Val receiverless(ClassInfo k, String attr, RExpr tag, Expr.Call c) {
        FunctionSig sig = k.signature(attr);
        List<RExpr> args = new ArrayList<>(calls.bind(sig, c.args(), c.keywords(), c));
        if (tag != null) {
            args.add(0, tag);
        }
        return val(ft.tryOf(new RExpr.Call(k.root().rustName() + "::" + ClassEmitter.methodName(attr), args)), sig.returns());
    }

    /** {@code obj.m(...)} where m is a static or class method (the object's class goes) or a property (refused). */
    FunctionTranslator.Val onObject(FunctionTranslator.Val recv, ClassInfo k, String attr, Expr.Call c) {
        DecoratedMethods.Kind kind = DecoratedMethods.kindOf(k, attr);
        if (kind == DecoratedMethods.Kind.GETTER || kind == DecoratedMethods.Kind.CACHED) {
            throw Unsupported.construct("call of the value of property '" + attr + "'", c);
        }
        if (!kind.receiverless()) {
            return null;
        }
        // The object is evaluated before the arguments, as in Python, even where only its class is
        // used: in place, as the tag (Rust evaluates arguments left to right), or in a block first.
        RExpr object = recv.code();
        if (ClassLevelMethods.tagged(k)) {
            return receiverless(k, attr, RExpr.method(object, "class"), c);
        }
        FunctionTranslator.Val call = receiverless(k, attr, null, c);
        if (object instanceof RExpr.Atom) {
            return call;
        }
        return val(new RExpr.Block(null, List.of(new RStmt.Expr(ft.owned(recv))), call.code()), call.type());
    }

    /** {@code cls(...)} in a class method: the constructor of the class the method was called on. */
    private FunctionTranslator.Val constructOfClass(Expr.Call c) {
        ClassInfo k = ft.cls;
        FunctionSig init = k.signature("__init__");
        if (init == null && (!c.args().isEmpty() || !c.keywords().isEmpty())) {
            throw Unsupported.type(k.name() + "() takes no arguments", c);
        }
        List<RExpr> args = new ArrayList<>(init == null ? List.of() : calls.bind(init, c.args(), c.keywords(), c));
        if (!ClassLevelMethods.tagged(k)) {
            return val(ft.tryOf(new RExpr.Call(k.rustName() + "::" + ClassEmitter.constructor(k), args)), new PyType.ClassT(k));
        }
        if (!ClassLevelMethods.uniformConstructors(k.root())) {
            throw Unsupported.construct("cls(...) in a class whose hierarchy's classes take different __init__ arguments", c);
        }
        args.add(0, new RExpr.Atom(ClassLevelMethods.CLASS_PARAM));
        return val(ft.tryOf(new RExpr.Call(k.rustName() + "::" + ClassLevelMethods.CONSTRUCTOR, args)), new PyType.ClassT(k));
    }

    /** {@code super().m(...)}: of a static or class method, by the current class; refused in one otherwise. */
    private FunctionTranslator.Val superCall(String attr, Expr.Call c) {
        DecoratedMethods.Kind here = currentKind(ft);
        ClassInfo owner = ft.cls == null || ft.cls.base() == null ? null : ft.cls.base().resolve(attr);
        DecoratedMethods.Kind target = owner == null ? DecoratedMethods.Kind.INSTANCE : owner.decorated().kind(attr);
        if (here == null || (!here.receiverless() && !target.receiverless())) {
            return null;
        }
        if (here == DecoratedMethods.Kind.STATIC) {
            throw Unsupported.construct("super() in a staticmethod", c);
        }
        if (!target.receiverless()) {
            throw Unsupported.construct("super()." + attr + "() of a method from a classmethod", c);
        }
        RExpr tag = here == DecoratedMethods.Kind.CLASS ? new RExpr.Atom(ClassLevelMethods.CLASS_PARAM)
                : RExpr.method(new RExpr.Atom("self"), "class");
        FunctionSig sig = owner.signatures().get(attr);
        List<RExpr> args = new ArrayList<>(calls.bind(sig, c.args(), c.keywords(), c));
        args.add(0, tag);
        return val(ft.tryOf(new RExpr.Call(owner.root().rustName() + "::" + ClassEmitter.implName(owner, attr), args)),
                sig.returns());
    }
}
