#!/usr/bin/env python3
"""Generates the AST records, the visitor and AstDump's field walk of io.portalis.accel.python.ast
from the CPython 3.11 abstract grammar written below, after checking that grammar against the
running interpreter's `ast` module (class names, field names and order, optional fields).

Run from the repository root: python3 tools/gen_ast.py
"""
import ast
import os
import sys

# The 3.11 abstract grammar: sum type -> [(constructor, [(field, type)])]; type suffix ? optional, * list.
SUMS = {
    "Mod": [
        ("Module", "stmt* body, type_ignore* type_ignores"),
        ("Interactive", "stmt* body"),
        ("Expression", "expr body"),
        ("FunctionType", "expr* argtypes, expr returns"),
    ],
    "Stmt": [
        ("FunctionDef", "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment"),
        ("AsyncFunctionDef", "identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment"),
        ("ClassDef", "identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list"),
        ("Return", "expr? value"),
        ("Delete", "expr* targets"),
        ("Assign", "expr* targets, expr value, string? type_comment"),
        ("AugAssign", "expr target, operator op, expr value"),
        ("AnnAssign", "expr target, expr annotation, expr? value, int simple"),
        ("For", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment"),
        ("AsyncFor", "expr target, expr iter, stmt* body, stmt* orelse, string? type_comment"),
        ("While", "expr test, stmt* body, stmt* orelse"),
        ("If", "expr test, stmt* body, stmt* orelse"),
        ("With", "withitem* items, stmt* body, string? type_comment"),
        ("AsyncWith", "withitem* items, stmt* body, string? type_comment"),
        ("Match", "expr subject, match_case* cases"),
        ("Raise", "expr? exc, expr? cause"),
        ("Try", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody"),
        ("TryStar", "stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody"),
        ("Assert", "expr test, expr? msg"),
        ("Import", "alias* names"),
        ("ImportFrom", "identifier? module, alias* names, int? level"),
        ("Global", "identifier* names"),
        ("Nonlocal", "identifier* names"),
        ("Expr", "expr value"),
        ("Pass", ""),
        ("Break", ""),
        ("Continue", ""),
    ],
    "Expr": [
        ("BoolOp", "boolop op, expr* values"),
        ("NamedExpr", "expr target, expr value"),
        ("BinOp", "expr left, operator op, expr right"),
        ("UnaryOp", "unaryop op, expr operand"),
        ("Lambda", "arguments args, expr body"),
        ("IfExp", "expr test, expr body, expr orelse"),
        ("Dict", "expr?* keys, expr* values"),
        ("Set", "expr* elts"),
        ("ListComp", "expr elt, comprehension* generators"),
        ("SetComp", "expr elt, comprehension* generators"),
        ("DictComp", "expr key, expr value, comprehension* generators"),
        ("GeneratorExp", "expr elt, comprehension* generators"),
        ("Await", "expr value"),
        ("Yield", "expr? value"),
        ("YieldFrom", "expr value"),
        ("Compare", "expr left, cmpop* ops, expr* comparators"),
        ("Call", "expr func, expr* args, keyword* keywords"),
        ("FormattedValue", "expr value, int conversion, expr? format_spec"),
        ("JoinedStr", "expr* values"),
        ("Constant", "constant value, string? kind"),
        ("Attribute", "expr value, identifier attr, expr_context ctx"),
        ("Subscript", "expr value, expr slice, expr_context ctx"),
        ("Starred", "expr value, expr_context ctx"),
        ("Name", "identifier id, expr_context ctx"),
        ("List", "expr* elts, expr_context ctx"),
        ("Tuple", "expr* elts, expr_context ctx"),
        ("Slice", "expr? lower, expr? upper, expr? step"),
    ],
    "Pattern": [
        ("MatchValue", "expr value"),
        ("MatchSingleton", "constant value"),
        ("MatchSequence", "pattern* patterns"),
        ("MatchMapping", "expr* keys, pattern* patterns, identifier? rest"),
        ("MatchClass", "expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns"),
        ("MatchStar", "identifier? name"),
        ("MatchAs", "pattern? pattern, identifier? name"),
        ("MatchOr", "pattern* patterns"),
    ],
}
# Product types and one-constructor sums: Java record name -> (Python class name, fields).
PRODUCTS = {
    "Comprehension": ("comprehension", "expr target, expr iter, expr* ifs, int is_async"),
    "ExceptHandler": ("ExceptHandler", "expr? type, identifier? name, stmt* body"),
    "Arguments": ("arguments", "arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr?* kw_defaults, arg? kwarg, expr* defaults"),
    "Arg": ("arg", "identifier arg, expr? annotation, string? type_comment"),
    "Keyword": ("keyword", "identifier? arg, expr value"),
    "Alias": ("alias", "identifier name, identifier? asname"),
    "WithItem": ("withitem", "expr context_expr, expr? optional_vars"),
    "MatchCase": ("match_case", "pattern pattern, expr? guard, stmt* body"),
    "TypeIgnore": ("TypeIgnore", "int lineno, string tag"),
}
PY_SUM_NAMES = {"Mod": "mod", "Stmt": "stmt", "Expr": "expr", "Pattern": "pattern"}
# ASDL base type -> Java type (outside the sum interfaces' own files the names are unambiguous).
BASE = {
    "identifier": "String", "string": "String", "int": "int", "constant": "ConstantValue",
    "expr": "Expr", "stmt": "Stmt", "pattern": "Pattern", "mod": "Mod",
    "arguments": "Arguments", "arg": "Arg", "keyword": "Keyword", "alias": "Alias",
    "withitem": "WithItem", "match_case": "MatchCase", "comprehension": "Comprehension",
    "excepthandler": "ExceptHandler", "type_ignore": "TypeIgnore",
    "operator": "Operator", "boolop": "BoolOperator", "unaryop": "UnaryOperator",
    "cmpop": "CmpOp", "expr_context": "ExprContext",
}
PKG = "io.portalis.accel.python.ast"


def parse_fields(spec):
    out = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        typ, name = part.split()
        out.append((name, typ))
    return out


def check_against_interpreter():
    problems = []
    for sum_name, ctors in SUMS.items():
        base = getattr(ast, PY_SUM_NAMES[sum_name])
        live = {c.__name__ for c in base.__subclasses__() if c.__module__ == "ast"}
        live -= {"Num", "Str", "Bytes", "NameConstant", "Ellipsis", "Suite", "Param", "AugLoad", "AugStore", "Index", "ExtSlice"}
        mine = {c for c, _ in ctors}
        if live != mine:
            problems.append(f"{sum_name}: interpreter has {sorted(live - mine)}, grammar has extra {sorted(mine - live)}")
        for ctor, spec in ctors:
            check_class(getattr(ast, ctor), parse_fields(spec), problems)
    for _, (py, spec) in PRODUCTS.items():
        check_class(getattr(ast, py), parse_fields(spec), problems)
    if problems:
        sys.exit("grammar does not match the interpreter:\n" + "\n".join(problems))


def check_class(cls, fields, problems):
    if tuple(n for n, _ in fields) != cls._fields:
        problems.append(f"{cls.__name__}: fields {cls._fields} != {[n for n, _ in fields]}")
    for name, typ in fields:
        optional = typ.endswith("?")  # a scalar that may be None; ast.dump omits it when None
        if optional != (getattr(cls, name, ...) is None):
            problems.append(f"{cls.__name__}.{name}: optional={optional} disagrees with the interpreter")


def java_type(typ, own_file_names):
    lst = typ.endswith("*")
    core = typ.rstrip("*?")
    jt = BASE[core]
    if jt in own_file_names:
        jt = PKG + "." + jt
    if lst:
        return ("java.util.List" if "List" in own_file_names else "List") + "<" + jt + ">"
    return jt


def ctor_doc(pyname, fields):
    return f"/** {pyname}({', '.join(t + ' ' + n for n, t in fields)}) */"


def record_source(indent, jname, pyname, fields, implements, own):
    comps = [f"{java_type(t, own)} {n}" for n, t in fields] + ["int start", "int end"]
    lines = [f"{indent}{ctor_doc(pyname, fields)}",
             f"{indent}record {jname}({', '.join(comps)}) implements {implements} {{"]
    body = []
    lists = [(n, t) for n, t in fields if t.endswith("*")]
    if lists:
        body.append(f"{indent}    public {jname} {{")
        for n, t in lists:
            helper = "Nodes.listWithNulls" if t.endswith("?*") else "Nodes.list"
            body.append(f"{indent}        {n} = {helper}({n});")
        body.append(f"{indent}    }}")
        body.append("")
    body.append(f"{indent}    @Override")
    body.append(f"{indent}    public <R> R accept(AstVisitor<R> v) {{")
    body.append(f"{indent}        return v.visit(this);")
    body.append(f"{indent}    }}")
    return lines + body + [f"{indent}}}"]


def gen_sum(out_dir, sum_name, ctors):
    names = {c for c, _ in ctors}
    own = names  # a nested record hides a top-level type of the same name inside this file
    uses_list = any("*" in spec for _, spec in ctors) and "List" not in names
    src = [f"package {PKG};", ""]
    if uses_list:
        src += ["import java.util.List;", ""]
    src += [f"/** CPython's {PY_SUM_NAMES[sum_name]} nodes; one record per constructor, named and laid out as in Python 3.11's ast module. Generated by tools/gen_ast.py. */",
            f"public sealed interface {sum_name} extends Node permits {', '.join(sum_name + '.' + c for c, _ in ctors)} {{"]
    for ctor, spec in ctors:
        src.append("")
        src += record_source("    ", ctor, ctor, parse_fields(spec), sum_name, own)
    src.append("}")
    with open(os.path.join(out_dir, sum_name + ".java"), "w") as f:
        f.write("\n".join(src) + "\n")


def gen_product(out_dir, jname, pyname, spec):
    fields = parse_fields(spec)
    src = [f"package {PKG};", ""]
    if any(t.endswith("*") for _, t in fields):
        src += ["import java.util.List;", ""]
    rec = record_source("", jname, pyname, fields, "Node", set())
    rec[0] = rec[0][:-3] + " Generated by tools/gen_ast.py. */"
    rec[1] = "public " + rec[1]
    src += rec
    with open(os.path.join(out_dir, jname + ".java"), "w") as f:
        f.write("\n".join(src) + "\n")


def all_nodes():
    for sum_name, ctors in SUMS.items():
        for ctor, spec in ctors:
            yield f"{sum_name}.{ctor}", ctor, parse_fields(spec)
    for jname, (py, spec) in PRODUCTS.items():
        yield jname, py, parse_fields(spec)


def gen_visitor(out_dir):
    src = [f"package {PKG};", "",
           "/** One method per node record; {@link Node#accept} picks it. Generated by tools/gen_ast.py. */",
           "public interface AstVisitor<R> {"]
    for jref, _, _ in all_nodes():
        src.append(f"    R visit({jref} n);")
        src.append("")
    src[-1] = "}"
    with open(os.path.join(out_dir, "AstVisitor.java"), "w") as f:
        f.write("\n".join(src) + "\n")


def gen_fields(out_dir):
    """NodeFields: the generic view AstDump and the tree walkers use (Python class name, field values in order)."""
    src = [f"package {PKG};", "",
           "import java.util.Arrays;",
           "",
           "/**",
           " * The reflective view of a node that CPython's ast module gives: its Python class name and its",
           " * fields in order, with which of them are optional scalars (ast.dump leaves those out when None).",
           " * Generated by tools/gen_ast.py from the 3.11 grammar.",
           " */",
           "final class NodeFields implements AstVisitor<NodeFields.Shape> {",
           "    /** A node's Python class name, field names, field values, and which fields are optional scalars. */",
           "    record Shape(String pythonName, String[] names, Object[] values, boolean[] optional) {}",
           "",
           "    static final NodeFields INSTANCE = new NodeFields();",
           "",
           "    private NodeFields() {}",
           ""]
    for jref, py, fields in all_nodes():
        names = ", ".join(f'"{n}"' for n, _ in fields)
        vals = ", ".join(f"n.{n}()" for n, _ in fields)
        opts = ", ".join("true" if t.endswith("?") else "false" for _, t in fields)
        src += ["    @Override",
                f"    public Shape visit({jref} n) {{",
                f"        return new Shape(\"{py}\", new String[] {{{names}}}, new Object[] {{{vals}}}, new boolean[] {{{opts}}});",
                "    }", ""]
    src[-1] = "}"
    src.remove("import java.util.Arrays;")
    src.remove("")  # the blank line after the removed import
    with open(os.path.join(out_dir, "NodeFields.java"), "w") as f:
        f.write("\n".join(src) + "\n")


NODE_BASES = {"expr", "stmt", "pattern", "mod", "arguments", "arg", "keyword", "alias", "withitem",
              "match_case", "comprehension", "excepthandler", "type_ignore"}


def gen_children(out_dir):
    """NodeChildVisitor: a node's direct child nodes in field order, without NodeFields' reflective view."""
    src = [f"package {PKG};", "",
           "import java.util.ArrayList;",
           "import java.util.List;",
           "",
           "/**",
           " * A node's direct child nodes in field order, None entries skipped: what {@link NodeChildren#of} gives.",
           " * The same fields as {@link NodeFields}, read without building its names and flags per node (the tree",
           " * walkers call it for every node). Generated by tools/gen_ast.py from the 3.11 grammar.",
           " */",
           "final class NodeChildVisitor implements AstVisitor<List<Node>> {",
           "    static final NodeChildVisitor INSTANCE = new NodeChildVisitor();",
           "",
           "    private NodeChildVisitor() {}",
           "",
           "    private static void one(List<Node> out, Node n) {",
           "        if (n != null) {",
           "            out.add(n);",
           "        }",
           "    }",
           "",
           "    private static void all(List<Node> out, List<? extends Node> ns) {",
           "        if (ns == null) {",
           "            return;",
           "        }",
           "        for (Node n : ns) {",
           "            if (n != null) {",
           "                out.add(n);",
           "            }",
           "        }",
           "    }",
           ""]
    for jref, _, fields in all_nodes():
        src += ["    @Override", f"    public List<Node> visit({jref} n) {{"]
        node_fields = [(n, t) for n, t in fields if t.rstrip("*?") in NODE_BASES]
        if not node_fields:
            src += ["        return new ArrayList<>(0);", "    }", ""]
            continue
        src.append("        List<Node> out = new ArrayList<>();")
        for n, t in node_fields:
            src.append(f"        {'all' if t.endswith('*') else 'one'}(out, n.{n}());")
        src += ["        return out;", "    }", ""]
    src[-1] = "}"
    with open(os.path.join(out_dir, "NodeChildVisitor.java"), "w") as f:
        f.write("\n".join(src) + "\n")


def gen_printable(out_dir):
    """The code points at or above U+0080 that Python's str.isprintable() rejects, as inclusive ranges."""
    import unicodedata
    ranges, begin = [], None
    for c in range(0x80, 0x110000):
        if not chr(c).isprintable():
            if begin is None:
                begin = c
        elif begin is not None:
            ranges.append((begin, c - 1))
            begin = None
    if begin is not None:
        ranges.append((begin, 0x10FFFF))
    flat = [f"0x{v:x}" for r in ranges for v in r]
    rows = [", ".join(flat[i:i + 12]) for i in range(0, len(flat), 12)]
    src = [f"package {PKG};", "",
           "/**",
           f" * Which non-ASCII code points Python {sys.version_info.major}.{sys.version_info.minor}'s str.isprintable() rejects",
           f" * (Unicode {unicodedata.unidata_version}), so that repr() escapes exactly the same characters. Generated by",
           " * tools/gen_ast.py from the interpreter's own tables.",
           " */",
           "final class PythonPrintable {",
           "    /** Sorted inclusive ranges: start0, end0, start1, end1, ... */",
           "    private static final int[] NON_PRINTABLE = {",
           *["        " + r + "," for r in rows],
           "    };",
           "",
           "    private PythonPrintable() {}",
           "",
           "    /** Python's str.isprintable() for one code point at or above U+0080. */",
           "    static boolean isPrintableNonAscii(int cp) {",
           "        int lo = 0;",
           "        int hi = NON_PRINTABLE.length / 2 - 1;",
           "        while (lo <= hi) {",
           "            int mid = (lo + hi) >>> 1;",
           "            if (cp < NON_PRINTABLE[2 * mid]) {",
           "                hi = mid - 1;",
           "            } else if (cp > NON_PRINTABLE[2 * mid + 1]) {",
           "                lo = mid + 1;",
           "            } else {",
           "                return false;",
           "            }",
           "        }",
           "        return true;",
           "    }",
           "}"]
    with open(os.path.join(out_dir, "PythonPrintable.java"), "w") as f:
        f.write("\n".join(src) + "\n")


def main():
    check_against_interpreter()
    out_dir = os.path.join("src", "main", "java", *PKG.split("."))
    os.makedirs(out_dir, exist_ok=True)
    for sum_name, ctors in SUMS.items():
        gen_sum(out_dir, sum_name, ctors)
    for jname, (py, spec) in PRODUCTS.items():
        gen_product(out_dir, jname, py, spec)
    gen_visitor(out_dir)
    gen_fields(out_dir)
    gen_children(out_dir)
    gen_printable(out_dir)


if __name__ == "__main__":
    main()
