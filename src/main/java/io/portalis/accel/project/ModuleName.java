package io.portalis.accel.project;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python module's dotted name, as {@code python3 -m} run from the source root names it:
 * {@code pkg/sub/mod.py} is {@code pkg.sub.mod}, {@code pkg/__init__.py} is the package {@code pkg}.
 *
 * @param parts     the dotted name's parts
 * @param isPackage whether the file is a package's {@code __init__.py}
 * @param path      the source path relative to the root, {@code /}-separated
 */
public record ModuleName(List<String> parts, boolean isPackage, String path) {
    public ModuleName {
        parts = List.copyOf(parts);
    }

    /** The module a source file (relative, {@code /}-separated, ending in {@code .py}) holds. */
    public static ModuleName of(String relativePath) {
        String p = relativePath.endsWith(".py") ? relativePath.substring(0, relativePath.length() - 3) : relativePath;
        List<String> parts = new ArrayList<>(List.of(p.split("/")));
        boolean pkg = parts.size() > 1 && parts.get(parts.size() - 1).equals("__init__");
        if (pkg) {
            parts.remove(parts.size() - 1);
        }
        return new ModuleName(parts, pkg, relativePath);
    }

    public String dotted() {
        return String.join(".", parts);
    }

    /** The package that holds the module's relative imports' level 1 (itself for a package). */
    public List<String> packageParts() {
        return isPackage ? parts : parts.subList(0, parts.size() - 1);
    }

    /** The binary a main module becomes: the dotted name with {@code .} replaced by {@code -}. */
    public String binaryName() {
        return String.join("-", parts);
    }

    /** The module's Rust file, relative to the crate: {@code src/} and the source path with {@code .rs}. */
    public String rustFile() {
        return "src/" + path.substring(0, path.length() - 3) + ".rs";
    }

    /** Whether every part is a Python identifier (else no import can name it). */
    public boolean importable() {
        return parts.stream().allMatch(ModuleName::identifier);
    }

    static boolean identifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }
}
