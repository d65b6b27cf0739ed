package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;

/**
 * One standard-library module the translation supports: which names it has, and how a use of
 * each becomes Rust. Its runtime, if it needs one, is a Rust module of the same name in
 * {@code src/main/resources/rust/<name>.rs}, cut to what a program reaches like the prelude.
 * Adding a module is adding one implementation and listing it in {@link StdlibModules}.
 */
interface StdlibModule {

    /** The name Python imports it by ({@code math}). */
    String name();

    /**
     * The runtime file under {@code src/main/resources/rust/}, or null when it needs none; by
     * default the module's own name ({@code heapq.rs}), so a reader finds it by name.
     */
    default String runtime() {
        return name() + ".rs";
    }

    /** Whether CPython 3.11's module has this attribute (translated or not). */
    boolean has(String member);

    /** The submodule a member names ({@code os.path}), or null. */
    default StdlibModule submodule(String member) {
        return null;
    }

    /** The member read as a value ({@code math.pi}); a refusal where it cannot be one. */
    FunctionTranslator.Val value(String member, Node at);

    /** A call of the member ({@code math.sqrt(x)}, or {@code sqrt(x)} after a from-import). */
    FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c);

    /** A call of the member where the context expects a type ({@code q: deque[int] = deque()}), or null. */
    default FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c, PyType expected) {
        return call(ft, member, c);
    }

    /** The type an annotation naming a class of the module means ({@code deque[int]}). */
    default PyType annotation(String member, java.util.List<PyType> args, Node at) {
        throw Unsupported.construct("type annotation '" + name() + "." + member + "'", at);
    }

    /** A method call on an instance of one of the module's classes. */
    default FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                          String method, Expr.Call c) {
        throw Unsupported.construct("method '" + method + "' of " + type.python(), c);
    }

    /** An attribute read on an instance of one of the module's classes ({@code m.string}). */
    default FunctionTranslator.Val attribute(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                             String attr, Node at) {
        throw Unsupported.construct("attribute '" + attr + "' of " + type.python(), at);
    }

    /** The refusal for an attribute the module does not have, worded as CPython's error. */
    /**
     * Whether an object of this module's item-less library type prints as CPython prints it (a
     * {@code doctest.TestResults}, a {@code re.Match}); false where CPython shows an address.
     */
    default boolean printable(PyType.LibT type) {
        return false;
    }

    /** Whether objects of this library type have no {@code __eq__}, so each equals only itself (random.Random). */
    default boolean identityEquality(PyType.LibT type) {
        return false;
    }

    default Unsupported noAttribute(String member, Node at) {
        return Unsupported.name("module '" + name() + "' has no attribute '" + member + "'", at);
    }
}
