package io.portalis.accel.rust;

import java.util.List;
import java.util.Objects;

/** The standard-library modules the translation supports; an import of any other is refused. */
final class StdlibModules {
    private static final List<StdlibModule> ALL = List.of(new MathModule(), new HeapqModule(), new BisectModule(), new StringModule(), new CollectionsModule(), new ItertoolsModule(), new FunctoolsModule());

    private StdlibModules() {
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
        return ALL.stream().map(StdlibModule::runtime).filter(Objects::nonNull).toList();
    }

    /** Whether a top-level Rust module of this name may be emitted, so user items must not take it. */
    static boolean runtimeModule(String name) {
        return ALL.stream().anyMatch(m -> m.runtime() != null && m.name().equals(name));
    }
}
