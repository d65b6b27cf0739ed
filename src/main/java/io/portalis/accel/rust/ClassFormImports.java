package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Alias;
import java.util.Map;
import java.util.Set;

/**
 * The standard-library modules whose names only shape classes ({@code from enum import Enum},
 * {@code from abc import ABC, abstractmethod}): which of their names a {@code from ... import}
 * may bind. Each binds the plain name, read where classes are declared.
 */
final class ClassFormImports {
    private static final Map<String, Set<String>> NAMES = Map.of("enum", EnumClasses.NAMES,
            "dataclasses", DataclassExtras.NAMES, "abc", AbcClasses.NAMES);

    private ClassFormImports() {
    }

    /** Whether {@code from m import ...} is one of these modules. */
    static boolean module(String m) {
        return NAMES.containsKey(m);
    }

    /** Refuses a name of such a module that the translation leaves out, naming it; records the others. */
    static void check(String m, Alias a, ModuleScope scope) {
        Set<String> names = NAMES.get(m);
        if (names != null && !names.contains(a.name())) {
            throw Unsupported.construct(m + "." + a.name(), a);
        }
        if (names != null || (m.equals("typing") && a.name().equals("NamedTuple"))) {
            scope.classFormNames.add(a.name());
        }
    }
}
