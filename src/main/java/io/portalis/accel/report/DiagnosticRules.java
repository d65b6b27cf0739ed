package io.portalis.accel.report;

import java.util.Map;

/**
 * One line of what each diagnostic code means, for the formats that describe their rules
 * (SARIF's {@code tool.driver.rules}). A code not listed here still gets a rule, with a generic text.
 */
final class DiagnosticRules {
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("E-READ", "The source file could not be read."),
            Map.entry("E-WRITE", "The translated file could not be written."),
            Map.entry("E-INTERNAL", "An unexpected error inside the tool while processing the file."),
            Map.entry("E-ENCODING", "The file is not valid text in its declared (or the default UTF-8) encoding."),
            Map.entry("E-SYNTAX", "The file is not valid Python 3.11."),
            Map.entry("E-INDENTATION", "The indentation is inconsistent."),
            Map.entry("E-NESTING", "Expressions or blocks are nested too deeply to parse."),
            Map.entry("E-NAME", "A name is used that is not defined."),
            Map.entry("E-TYPE", "A type cannot be settled, or a value is used against its type."),
            Map.entry("E-UNSUPPORTED", "A construct outside the subset the translator supports."),
            Map.entry("W-SKIPPED", "The file was found but not read (see the message)."),
            Map.entry("W-STALE-OUTPUT", "The output of an earlier run could not be removed."),
            Map.entry("W-HASH-ORDER", "The output depends on the order of a set of str, which CPython randomises per process."),
            Map.entry("W-DOCTEST-SKIPPED", "A docstring example could not be translated; the module never runs its doctests, so"
                    + " it is translated without them."));

    private DiagnosticRules() {}

    static String describe(String code) {
        return DESCRIPTIONS.getOrDefault(code, "portalis-accel diagnostic " + code + ".");
    }

    /** {@code E-SYNTAX} → {@code Syntax}, {@code W-HASH-ORDER} → {@code HashOrder}: SARIF's rule name. */
    static String name(String code) {
        StringBuilder b = new StringBuilder();
        String[] parts = code.split("-");
        for (int i = parts.length > 1 ? 1 : 0; i < parts.length; i++) {
            String p = parts[i].toLowerCase(java.util.Locale.ROOT);
            if (!p.isEmpty()) {
                b.append(Character.toUpperCase(p.charAt(0))).append(p, 1, p.length());
            }
        }
        return b.isEmpty() ? code : b.toString();
    }
}
