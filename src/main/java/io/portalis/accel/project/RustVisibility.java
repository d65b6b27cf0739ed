package io.portalis.accel.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a translated module's items visible to the other modules of its crate. The translator lays
 * out its Rust in a fixed way (items at column 0, inherent methods and struct fields indented by
 * four, each block closed by a {@code }} of its own at the same column), which this relies on:
 * top-level items, inherent methods, struct fields and thread-local statics become
 * {@code pub(crate)}, and the module's {@code fn main} becomes {@code pub} for its binary. Trait
 * impls are left alone (their methods take the trait's visibility).
 */
final class RustVisibility {
    private static final Pattern ITEM = Pattern.compile("^(async fn |fn |struct |enum |const |static |trait |type |union )");
    private static final Pattern TUPLE_STRUCT = Pattern.compile("^(pub\\(crate\\) struct \\w+(?:<[^>]*>)?)\\((?!pub)");
    private static final Pattern FIELD = Pattern.compile("^    ([A-Za-z_][A-Za-z0-9_]*|r#[A-Za-z_]+): ");

    private RustVisibility() {
    }

    private enum Block { NONE, INHERENT_IMPL, STRUCT, THREAD_LOCAL, OTHER }

    static String publish(String rust) {
        StringBuilder out = new StringBuilder(rust.length() + 1024);
        Block block = Block.NONE;
        for (String line : rust.split("\n", -1)) {
            String l = line;
            if (block == Block.NONE) {
                if (l.startsWith("fn main() {")) {
                    l = "pub " + l;
                } else if (ITEM.matcher(l).find()) {
                    l = "pub(crate) " + l;
                    Matcher t = TUPLE_STRUCT.matcher(l);
                    if (t.find()) {
                        l = t.group(1) + "(pub(crate) " + l.substring(t.end());
                    }
                }
                if (l.endsWith("{")) {
                    if (l.startsWith("impl") && !l.contains(" for ")) {
                        block = Block.INHERENT_IMPL;
                    } else if (l.startsWith("pub(crate) struct ")) {
                        block = Block.STRUCT;
                    } else if (l.startsWith("thread_local!")) {
                        block = Block.THREAD_LOCAL;
                    } else if (!l.startsWith("//") && !l.startsWith("#")) {
                        block = Block.OTHER;
                    }
                }
            } else if (l.equals("}") || l.equals("};")) {
                block = Block.NONE;
            } else if (block == Block.INHERENT_IMPL && (l.startsWith("    fn ") || l.startsWith("    async fn ")
                    || l.startsWith("    const "))) {
                l = "    pub(crate) " + l.substring(4);
            } else if (block == Block.STRUCT && FIELD.matcher(l).find()) {
                l = "    pub(crate) " + l.substring(4);
            } else if (block == Block.THREAD_LOCAL && l.startsWith("    static ")) {
                l = "    pub(crate) " + l.substring(4);
            }
            out.append(l).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
