/**
 * Translation of typed Python (the subset in issue 5) to standalone Rust programs.
 *
 * <p>{@link io.portalis.accel.rust.RustTranslator#translate} settles a static type for every
 * expression (from annotations, and for locals from their first assignment), refuses anything
 * outside the subset with an {@code E-UNSUPPORTED} diagnostic at the construct ({@code E-TYPE}
 * when a type cannot be settled), and otherwise prints Rust laid out as rustfmt would. Each
 * output embeds {@code src/main/resources/rust/prelude.rs}: Python's printing, float repr,
 * format specs, floor division, checked int arithmetic, and list/dict/set as shared handles.
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
 */
package io.portalis.accel.rust;
