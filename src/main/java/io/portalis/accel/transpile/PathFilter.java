package io.portalis.accel.transpile;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --include} / {@code --exclude} globs. A glob without {@code /} matches a file's name at any
 * depth ({@code *.py}, {@code test_*}); a glob with {@code /} matches the whole path relative to the
 * source root ({@code pkg/**}, {@code tests/*.py}). A file is taken when it matches some include
 * glob and no exclude glob. The default include is {@code *.py}.
 */
public final class PathFilter {
    private record Glob(String text, PathMatcher matcher, boolean wholePath) {}

    private final List<Glob> includes;
    private final List<Glob> excludes;

    public PathFilter(List<String> includes, List<String> excludes) {
        this.includes = compile(includes.isEmpty() ? List.of("*.py") : includes);
        this.excludes = compile(excludes);
    }

    public static PathFilter defaults() {
        return new PathFilter(List.of(), List.of());
    }

    private static List<Glob> compile(List<String> globs) {
        List<Glob> out = new ArrayList<>();
        for (String g : globs) {
            if (g.isBlank()) {
                throw new IllegalArgumentException("empty glob");
            }
            try {
                out.add(new Glob(g, FileSystems.getDefault().getPathMatcher("glob:" + g), g.contains("/")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid glob '" + g + "': " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return List.copyOf(out);
    }

    /** Whether a file at {@code relativePath} (with {@code /} separators) is taken. */
    public boolean accepts(String relativePath) {
        return matchesAny(includes, relativePath) && !matchesAny(excludes, relativePath);
    }

    private static boolean matchesAny(List<Glob> globs, String relativePath) {
        Path whole = Path.of(relativePath);
        Path name = whole.getFileName();
        for (Glob g : globs) {
            if (g.matcher.matches(g.wholePath ? whole : name)) {
                return true;
            }
        }
        return false;
    }
}
