package io.portalis.accel.rust;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The standard-library modules the translation supports; an import of any other is refused. */
final class StdlibModules {
    private static final List<StdlibModule> ALL = List.of(
            new MathModule(),
            new SysModule(),
            new HeapqModule(),
            new BisectModule(),
            new StringModule(),
            new CollectionsModule(),
            new ItertoolsModule(),
            new FunctoolsModule(),
            new OperatorModule(),
            new RandomModule(),
            new StatisticsModule(),
            new DoctestModule(),
            new ReModule(),
            new TextwrapModule(),
            new JsonModule(),
            new DatetimeModule(),
            new TimeModule(),
            new CopyModule(),
            new IoModule(),
            new OsModule(),
            new OsPathModule(),
            new PathlibModule(),
            new ContextlibModule(),
            new QueueModule(),
            new FractionsModule(),
            new GraphlibModule());
    /**
     * Runtime modules of builtin types rather than of importable modules: {@code int} (Python's
     * arbitrary-precision int, {@code int.rs}), {@code enum_flag} (enum.Flag's composites, {@code enum_flag.rs};
     * {@code enum} cannot name a Rust module). They follow the prelude and are cut like it.
     */
    private static final List<String> BUILTIN_RUNTIMES = List.of("int", "enum_flag");

    private StdlibModules() {
    }

    /** Whether an object of this item-less library type prints as CPython prints it (its module says). */
    static boolean printable(PyType.LibT type) {
        StdlibModule m = find(type.module());
        return m != null && m.printable(type);
    }

    /** Whether objects of this library type compare by identity only (its module says). */
    static boolean identityEquality(PyType.LibT type) {
        StdlibModule m = find(type.module());
        return m != null && m.identityEquality(type);
    }

    /**
     * {@code itertools.chain.from_iterable(x)} or, after {@code from itertools import chain},
     * {@code chain.from_iterable(x)}: a call of a library member's own attribute, handed to its
     * module as the member {@code chain.from_iterable} where the module has that name; else null.
     */
    static FunctionTranslator.Val memberMethod(FunctionTranslator ft, io.portalis.accel.python.ast.Expr.Attribute a,
            io.portalis.accel.python.ast.Expr.Call c, PyType expected) {
        StdlibModule m = null;
        String member = null;
        if (a.value() instanceof io.portalis.accel.python.ast.Expr.Name n && !ft.isLocal(n.id())
                && ft.module.stdlib.member(n.id()) != null) {
            m = ft.module.stdlib.member(n.id()).module();
            member = ft.module.stdlib.member(n.id()).member();
        } else if (a.value() instanceof io.portalis.accel.python.ast.Expr.Attribute inner && ft.importedModule(inner.value()) != null) {
            m = ft.importedModule(inner.value());
            member = inner.attr();
        }
        if (m == null || !m.has(member + "." + a.attr())) {
            return null;
        }
        return m.call(ft, member + "." + a.attr(), c, expected);
    }

    /** The supported module of that name, or null. */
    static StdlibModule find(String name) {
        for (StdlibModule m : ALL) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** The runtime files (under {@code src/main/resources/rust/}) that follow the prelude. */
    static List<String> runtimeFiles() {
        return Stream.concat(
                        ALL.stream().map(StdlibModule::runtime).filter(Objects::nonNull),
                        BUILTIN_RUNTIMES.stream().map(name -> name + ".rs"))
                .toList();
    }

    /** Whether a top-level Rust module of this name may be emitted, so user items must not take it. */
    static boolean runtimeModule(String name) {
        return BUILTIN_RUNTIMES.contains(name)
                || ALL.stream().anyMatch(m -> m.runtime() != null && m.name().equals(name));
    }
}
