package io.portalis.accel.python.semantics;

import java.util.Set;

/** The names CPython 3.11 finds in builtins, and the names every module and class body has. */
public final class Builtins {
    private Builtins() {}

    /**
     * {@code dir(builtins)} of CPython 3.11 on Linux, started normally (so with the names the
     * {@code site} module adds: {@code copyright}, {@code credits}, {@code exit}, {@code help},
     * {@code license}, {@code quit}).
     */
    private static final Set<String> NAMES = Set.of(
            "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
            "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
            "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
            "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
            "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
            "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
            "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
            "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented",
            "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
            "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
            "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
            "SystemExit", "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError",
            "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning",
            "UserWarning", "ValueError", "Warning", "ZeroDivisionError", "__build_class__", "__debug__", "__doc__",
            "__import__", "__loader__", "__name__", "__package__", "__spec__", "abs", "aiter", "all", "anext", "any",
            "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile",
            "complex", "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
            "exit", "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex",
            "id", "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
            "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range",
            "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
            "tuple", "type", "vars", "zip");

    /** Names a module's namespace holds before its first statement runs (or may hold: a package's __path__). */
    private static final Set<String> MODULE_NAMES = Set.of(
            "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__cached__", "__builtins__",
            "__annotations__", "__path__");

    /** Names a class body's namespace holds before its first statement runs. */
    private static final Set<String> CLASS_NAMES = Set.of("__module__", "__qualname__", "__annotations__");

    /** Names of the typing module that are often used without importing them, for the hint. */
    private static final Set<String> TYPING = Set.of(
            "Any", "Callable", "ClassVar", "Deque", "DefaultDict", "Dict", "Final", "FrozenSet", "Generator",
            "Generic", "Iterable", "Iterator", "List", "Literal", "Mapping", "MutableMapping", "MutableSequence",
            "NamedTuple", "NoReturn", "Optional", "Protocol", "Self", "Sequence", "Set", "Tuple", "Type", "TypeVar",
            "TypedDict", "Union", "cast", "overload");

    public static boolean isBuiltin(String name) {
        return NAMES.contains(name);
    }

    static boolean isModuleAttribute(String name) {
        return MODULE_NAMES.contains(name);
    }

    static boolean isClassAttribute(String name) {
        return CLASS_NAMES.contains(name);
    }

    static boolean isTypingName(String name) {
        return TYPING.contains(name);
    }
}
