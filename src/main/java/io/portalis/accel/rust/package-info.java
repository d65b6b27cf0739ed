/**
 * Translation of typed Python (the subset in issue 5) to standalone Rust programs.
 *
 * <p>{@link io.portalis.accel.rust.RustTranslator#translate} settles a static type for every
 * expression (from annotations, and for locals from their first assignment), refuses anything
 * outside the subset with an {@code E-UNSUPPORTED} diagnostic at the construct ({@code E-TYPE}
 * when a type cannot be settled), and otherwise prints Rust laid out as rustfmt would. Each
 * output embeds the parts of {@code src/main/resources/rust/prelude.rs} its code reaches
 * ({@link io.portalis.accel.rust.PreludeShaker}): Python's printing, float repr, format specs,
 * floor division, checked int arithmetic, and list/dict/set as shared handles.
 *
 * <h2>Numbers and characters as CPython computes them, not as Rust does</h2>
 * Where Rust's standard library has an answer of its own, the prelude follows CPython's steps
 * instead: {@code int / int} rounds the exact quotient once, an int compared with a float is
 * compared exactly ({@code py::int_float_cmp}; only int literals of at most 2**53 are converted),
 * float repr takes the nearest of the shortest round-tripping strings with ties to even, and
 * format specs go through CPython's parser, digit generation (dtoa modes 0, 2 and 3) and width
 * computation. str predicates, title case, whitespace, {@code int()}/{@code float()} digits and
 * repr escapes use range tables in prelude.rs generated from CPython 3.11's unicodedata (Unicode
 * 14.0.0) by {@code tools/gen_unicode_tables.py} (checked by {@code UnicodeTablesTest}); Rust's
 * char methods use other properties of another Unicode version. {@code upper()}/{@code lower()}
 * still use Rust's mappings (a gap only for characters assigned after Unicode 14).
 *
 * <h2>Ints in float slots</h2>
 * A {@code float} slot that may hold an int is a {@code py::Num} (int or float, in
 * {@code src/main/resources/rust/num.rs}, which {@link io.portalis.accel.rust.PreludeShaker}
 * splices into {@code mod py}); proven floats stay {@code f64}. A module gets NUM float slots
 * only when its first translation, with f64 ones, met an int in one
 * ({@link io.portalis.accel.rust.NumericTower}).
 *
 * <h2>Set order and dict iteration follow CPython 3.11's tables</h2>
 * {@code py::Set} is CPython 3.11's set table slot for slot (its hashes, probing, dummies,
 * resizes, and the order each operation and each kind of display builds its result in; a display
 * of three or more constants goes through the frozenset constant CPython folds it into, see
 * {@link io.portalis.accel.rust.ConstantFolding}), so a set prints, iterates and pops in CPython's
 * order. str hashes are randomised per process by CPython; the prelude reproduces the order under
 * {@code PYTHONHASHSEED=0} (SipHash-1-3, zero key, over the PEP 393 bytes), the differential test
 * runs python3 with that seed, and a file whose output depends on the order of a set holding str
 * gets the warning {@code W-HASH-ORDER}. Sets of {@code Optional} are refused: 3.11 hashes
 * {@code None} by address. {@code py::Dict} keeps CPython's entries array and usable count, so
 * iterating a dict that the loop changes continues or raises exactly as CPython does.
 *
 * <h2>Exceptions: {@code Result} propagation, not unwinding</h2>
 * Every translated function returns {@code py::PyResult<T>}; {@code raise} is
 * {@code return Err(py::exc("ValueError", msg))}, and a call that may raise is followed by
 * {@code ?}. A {@code try:} body is a labelled block: inside it a failing call leaves the block
 * with {@code break 'try Err(e)} (the prelude's {@code attempt!}), and the handlers match the
 * exception's class against the {@code except} clauses (walking the class's bases). We chose
 * this over panics and {@code catch_unwind} because:
 * <ul>
 *   <li>it is plain, visible control flow: a reader sees where each exception can come from;</li>
 *   <li>{@code catch_unwind} needs closures, which cannot {@code return}, {@code break} or
 *       {@code continue} on behalf of the enclosing function, nor assign variables declared
 *       outside them without ceremony; labelled blocks can do all of this;</li>
 *   <li>unwinding depends on {@code panic=unwind} and prints panic messages unless a hook is
 *       installed; Result propagation behaves the same under any build profile;</li>
 *   <li>{@code finally} is simply the code after the handlers' block, run on every path, with
 *       a {@code return} inside the try statement carried through as {@code Ok(Some(value))}.</li>
 * </ul>
 * An uncaught exception reaches {@code main}, which prints Python's last traceback line
 * ({@code ValueError: message}) to stderr and exits with status 1. Failures Python cannot
 * have (an int leaving the 64-bit range) stop the program the same way with an
 * {@code OverflowError}, rather than wrapping silently.
 *
 * <h2>Generators: an {@code async fn} body, resumed by hand</h2>
 * A generator function becomes two Rust functions: the one callers see binds the arguments and
 * returns a {@code py::Gen} handle without running anything; the body is an {@code async fn}
 * in which {@code yield v} is {@code yielder.give(v).await?}. The compiler turns that body into
 * a state machine that keeps its locals between steps, and {@code py::Gen} polls it once per
 * {@code next()} with a no-op waker, on the consumer's own thread. We chose this over
 * <ul>
 *   <li>a state machine of our own (locals as struct fields, the body cut into resumable
 *       states): every construct the translator emits (labelled try blocks, loops with else,
 *       Optional narrowing) would need a second, flattened form. The compiler's coroutine
 *       transform does it for any body, and the output stays the structured Rust of an
 *       ordinary function, readable next to the Python;</li>
 *   <li>a thread per generator with a strict hand-off: module-level handles are
 *       {@code thread_local!}, so the generator's thread would see copies of its own;
 *       {@code Rc} handles are not {@code Send}; each item would cost two context switches
 *       and each generator a thread; and running a dropped generator's finally would mean
 *       waking its thread to unwind.</li>
 * </ul>
 * Fidelity: one side runs at a time, so the body's prints interleave with the consumer's as
 * in CPython. An exception leaving the body is that step's {@code Err}, raised at the
 * consumer's {@code for} or {@code next()}, where it can be caught; a StopIteration leaving a
 * body becomes RuntimeError (PEP 479). {@code py::Gen} is a shared handle; when the last one
 * goes (CPython: the refcount reaches zero, e.g. right after a {@code break}) a suspended body
 * is resumed with GeneratorExit raised at its yield, so its finally blocks run, and in a
 * generator {@code except Exception} lets GeneratorExit pass. {@code yield from} closes the
 * inner generator before the outer. Nested generators nest polls, a few stack frames a level,
 * as CPython nests frames. Costs: one boxed future per generator, one poll per item.
 *
 * <p>A generator method is the same pair, as methods: the body is an {@code async fn} that takes
 * the object's handle by value ({@code self.clone()}), so it may outlive the call.
 *
 * <p>Refused: {@code send()} and yield as a value, return with a value, bare yield,
 * {@code Iterable[...]} parameters (a list there could be iterated twice), and
 * keeping a generator whose closing prints where CPython would close it at another moment:
 * two such variables in one frame (CPython clears locals first-made first, Rust drops them
 * last-made first), or one in a function an exception can leave (CPython's traceback keeps
 * the frame, so the close waits for the handler's end), or in a container or a non-generator
 * function's argument. Generator expressions that a consumer takes step by step (a
 * {@code for}, {@code next()}, {@code zip}, {@code enumerate}, a variable, an
 * {@code Iterator} parameter) are lazy {@code py::Gen}s too; they copy the locals they read,
 * so one reading a local that is reassigned, or a loop variable while it outlives its
 * statement, is refused (Python would read the latest value). One handed to a consumer that
 * takes every item before doing anything visible ({@code sum}, {@code list},
 * {@code sorted}, {@code join}) is still computed into a {@code Vec} first.
 *
 * <h2>Functions as values</h2>
 * A {@code Callable[[A, B], R]} is an {@code Rc<dyn Fn(A, B) -> py::PyResult<R>>}, so a call
 * through it propagates exceptions with {@code ?}, and copies share one allocation, which is
 * Python's identity ({@code ==} and {@code is} compare with {@code Rc::ptr_eq}; a module
 * function used as a value is one shared closure in a {@code thread_local!}). Lambdas take their
 * parameter types from the Callable they are assigned or passed to ({@link Closures}). A lambda
 * or nested function is a {@code move} closure holding copies of the enclosing variables it
 * reads (lists, dicts and objects are handles, so their contents stay shared); Python's closures
 * read the variable, not its value, so a captured variable that the enclosing function binds
 * more than once, in a loop or comprehension, or that the closure itself assigns is refused
 * ({@link BindingSites}), as is {@code nonlocal}; a nested function bound once to its name may call
 * itself ({@link RecursiveClosure}).
 * {@code map}/{@code filter} are lazy in Python: they are translated only as the argument of a
 * call that takes every item at once ({@code list}, {@code sorted}, {@code sum}, ...).
 *
 * <h2>Special methods</h2>
 * Operators on objects call the class's own special methods ({@link ObjectOperators}), each a
 * fallible method call; a comparison the left operand's class lacks uses the right operand's
 * reflected one ({@code a > b} is {@code b.__lt__(a)}). Sorting, {@code min} and {@code max}
 * of objects use the prelude's {@code sort_by_lt}/{@code extreme_by}, which stop at the first
 * exception. Every sort ({@code sorted}, {@code list.sort}, with or without {@code key=}) is
 * CPython's own list sort ({@code py::list_sort}: runs, binary insertion, powersort merging,
 * galloping), so a {@code __lt__} is called on the same pairs in the same order and NaNs or an
 * inconsistent {@code __lt__} leave the list as CPython leaves it (two known gaps: a NaN inside
 * a tuple compares by value, where CPython's identity shortcut makes the same NaN object equal
 * to itself; and a {@code list.sort()} stopped by an exception leaves the list as it was, where
 * CPython leaves it partly sorted); {@code in}, {@code index}, {@code count} and {@code remove} on lists of objects
 * with {@code __eq__} test identity first, as CPython's containers do. Rust's own {@code ==}
 * (inside tuples or dataclass fields) cannot raise, so an exception from {@code __eq__} there
 * ends the program with Python's message.
 *
 * <h2>Module-level state</h2>
 * A module-level name that functions read becomes a Rust {@code const} (a literal) or a
 * {@code thread_local!} handle made on first use (a display of literals) when it is assigned
 * once, before any top-level code could run a function that reads it. Every other one (rebound
 * through {@code global}, assigned more than once, or from a computed value) is a
 * {@code py::Global<T>} in a {@code thread_local!}: unbound until the module's code assigns it,
 * so a read before that raises Python's {@code NameError}. Thread-local rather than a
 * {@code static Mutex} because lists, dicts, sets and objects are {@code Rc} handles, which are
 * not {@code Send}. This holds because the translated program runs all Python code on its main
 * thread: generator bodies ({@code py::Gen}) are polled on the consumer's thread, so they see the
 * same variables. Code that ran Python bodies on another thread would see them unbound (each
 * thread has its own), so any such change must move these cells too. Locals a read may find
 * unbound: see {@code DefiniteAssignment}.
 *
 * <p>Known gap: for an uncaught NameError, CPython 3.11 may append {@code . Did you mean: 'x'?}
 * to the last traceback line (a spelling suggestion from the frame's names and the builtins);
 * the translation prints the line without it. The exception's {@code str()} is the same.
 *
 * <h2>The standard library: one Rust module per Python module</h2>
 * {@code import math} (also {@code as m}, and {@code from math import sqrt [as s]}) binds names
 * recorded in {@link io.portalis.accel.rust.StdlibImports}; each supported module is a
 * {@link io.portalis.accel.rust.StdlibModule} ({@link io.portalis.accel.rust.MathModule}: its names,
 * how each call's arguments are typed, which runtime function it becomes), listed in
 * {@link io.portalis.accel.rust.StdlibModules}; an import of any other module is refused naming it.
 * The module's runtime is a top-level Rust module of the same name in its own file
 * ({@code src/main/resources/rust/math.rs}, reaching the prelude as {@code super::py}), appended to
 * the prelude and cut the same way; its names are reached only qualified ({@code math::exp}), so a
 * prelude local called {@code exp} does not pull it in. {@code math} follows CPython 3.11's
 * Modules/mathmodule.c: the C library's functions where CPython calls them (on glibc {@code cbrt}
 * through its {@code cbrtf64} alias, since Rust's compiler-builtins shadow {@code cbrt}; and
 * {@code asinh}/{@code acosh}/{@code atanh}/{@code erf}/{@code erfc} by {@code extern "C"}, Rust's
 * own differing in the last bit), CPython's own algorithms elsewhere, and its error rules; a
 * differential program compares thousands of results with CPython bit for bit. The other modules
 * ({@code HeapqModule}, {@code BisectModule}, {@code StringModule}, {@code CollectionsModule},
 * {@code ItertoolsModule}, {@code FunctoolsModule}) share {@link io.portalis.accel.rust.KeyFunctions}
 * (key= and function arguments, Python's {@code <}) and {@link io.portalis.accel.rust.LazySources}
 * (iterables stepped lazily); an instance of a module's class ({@code deque[int]}) is a
 * {@link io.portalis.accel.rust.PyType.LibT}, whose methods its module lowers. A class that holds
 * no items ({@code random.Random}) is a LibT without an item type ({@code container()} false): it
 * has no len, truth test or indexing, and compares by identity. {@code RandomModule} and
 * {@link io.portalis.accel.rust.RandomCalls} lower the module's functions as methods of its shared
 * instance ({@code random::inst()}); {@code random.rs} is CPython's twister and Lib/random.py's
 * draws in their order. {@code statistics.rs} computes with exact fractions through the {@code int}
 * runtime, naming it {@code super::int::Int}: a runtime item reaches another runtime module's item by
 * its qualified name ({@link io.portalis.accel.rust.Mentions}). Results that are an int or a float
 * by value ({@code mean} of ints) are {@code py::Num}s. A library exception ({@code StatisticsError})
 * gets its base class from the program's own table of exception bases, only where it is imported.
 *
 * <h2>Exception objects</h2>
 * {@code py::Exc} carries a class name and {@code args}. An exception class with a body of its
 * own (an {@code __init__}, attributes, a {@code __str__}) is emitted like other classes, with
 * an {@code args} field, and a raise of it carries the object ({@code py::Raised}); an
 * {@code except} clause naming that class downcasts back to it, so {@code e.need} is a field read.
 * Any other exception class used as an annotation means "an exception" ({@code py::Exc}); an
 * object passed there is wrapped as when it is raised. {@code e.args[i]} and {@code len(e.args)}
 * work except where the handler could catch a built-in {@code KeyError}: its key is kept only as
 * its repr, so indexing its args is refused there.
 *
 * <h2>Generics and protocols: monomorphisation, not Rust generics</h2>
 * Every lowering here works on concrete {@link io.portalis.accel.rust.PyType}s (what {@code x + x}
 * or {@code a.name} becomes depends on the operands' types), so a type parameter is never a Rust
 * type parameter. A module function whose parameters name a TypeVar, a protocol or an abstract
 * container of a TypeVar is a template ({@code GenericFunctions}): each call settles the type
 * parameters from its arguments' own types ({@code TypeBindings}), and the function is typed and
 * emitted once per set of concrete parameter types, under a name made of them. A parameter named by
 * a protocol (or {@code Sequence[T]}) takes the argument's whole type, so the body does what CPython
 * does with that very object; where mypy would widen an argument in a way that could show (a bool
 * for a TypeVar constrained to int), the call is refused. A {@code Generic[T]} class is declared
 * once per set of type arguments ({@code GenericClasses}), each a class of its own to the rest of
 * the translator, with the TypeVars bound while its members are typed, its attributes discovered
 * and its methods emitted ({@code TypeParameters} holds the binding in force).
 */
package io.portalis.accel.rust;
