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
 * <h2>Module-level state</h2>
 * A module-level name that functions read becomes a Rust {@code const} (a literal) or a
 * {@code thread_local!} handle made on first use (a display of literals) when it is assigned
 * once, before any top-level code could run a function that reads it. Every other one (rebound
 * through {@code global}, assigned more than once, or from a computed value) is a
 * {@code py::Global<T>} in a {@code thread_local!}: unbound until the module's code assigns it,
 * so a read before that raises Python's {@code NameError}. Thread-local rather than a
 * {@code static Mutex} because lists, dicts, sets and objects are {@code Rc} handles, which are
 * not {@code Send}; the translated program therefore runs all Python code on its main thread, and
 * code that ran Python bodies on another thread would see those variables unbound (each thread
 * has its own). Exceptions and UnboundLocalError for locals: see {@code DefiniteAssignment}.
 *
 * <h2>Exception objects</h2>
 * {@code py::Exc} carries a class name and {@code args}. An exception class with a body of its
 * own (an {@code __init__}, attributes, a {@code __str__}) is emitted like other classes, with
 * an {@code args} field, and a raise of it carries the object ({@code py::Raised}); an
 * {@code except} clause naming that class downcasts back to it, so {@code e.need} is a field read.
 */
package io.portalis.accel.rust;
