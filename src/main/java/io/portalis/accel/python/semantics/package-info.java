/**
 * The check stage: facts about a parsed module that the Rust back end reads instead of working
 * them out itself. It depends on {@code python.ast} (and {@code diagnostic}) only.
 *
 * <h2>Scopes and names</h2>
 * {@link io.portalis.accel.python.semantics.NameChecker#check} gives a
 * {@link io.portalis.accel.python.semantics.NameResolution}: the scope tree (module, class,
 * function, lambda, comprehension; under {@code from __future__ import annotations} detached
 * annotation scopes), every scope's symbols classified exactly as CPython 3.11's {@code symtable}
 * classifies them (SymtableDifferentialTest holds this over the whole standard library), and for
 * every {@code Name} node a {@link io.portalis.accel.python.semantics.Resolution}: where its value
 * lives ({@link io.portalis.accel.python.semantics.NameKind}) and the symbol that binds it. Facts
 * are keyed by node identity; they are immutable once the checker returns.
 *
 * <h2>E-NAME</h2>
 * An E-NAME error marks a read (or {@code del}) that CPython certainly fails at whenever it runs:
 * a read by code that runs at import time (module body, class bodies, comprehensions there,
 * decorators, defaults, base classes, evaluated annotations) where no path has bound the name yet
 * and no builtin has it; a global read by a function or lambda body (which runs at call time) that
 * the module binds nowhere. A function's local read before its assignment is not reported: its
 * UnboundLocalError may be caught by a caller, and the back end raises it as CPython does. Annotations of function locals are never evaluated (PEP 526), nor any annotation under
 * postponed evaluation, so they are never reported. A read inside a {@code try} whose handlers may
 * catch NameError is not reported, and neither is any global of a module that may bind names no
 * statement shows (star imports, {@code globals()}, {@code exec}, {@code sys.modules},
 * enum's {@code global_enum}/{@code _convert_}, importing {@code builtins}), nor a class-body read
 * when the class may have a metaclass (a keyword or a base that is not a builtin or a plain class
 * of the module). The flow analysis is a may-analysis, so a report is never a guess; it may miss
 * reads that fail (a read in a loop's first iteration that a later iteration could reach bound,
 * an {@code if TYPE_CHECKING:} import), which NameErrorDifferentialTest marks as missed.
 */
package io.portalis.accel.python.semantics;
