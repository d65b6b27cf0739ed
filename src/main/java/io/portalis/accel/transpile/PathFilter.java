package io.portalis.accel.transpile;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --include} / {@code --exclude} globs, relative to the source root with {@code /} separators.
 *
 * <p>Include: a glob without {@code /} matches a file's name at any depth ({@code *.py},
 * {@code test_*}); a glob with {@code /} matches the file's whole path ({@code pkg/**},
 * {@code tests/*.py}). The default include is {@code *.py}.
 *
 * <p>Exclude works as a {@code .gitignore} line: a glob without {@code /} (a trailing {@code /} aside)
 * matches the name of a file or of a folder at any depth, and a folder that matches is left out with
 * everything below it ({@code --exclude tests} leaves out {@code a/tests/x.py}); a glob with {@code /}
 * inside matches from the source root, the file's path or any of its folders ({@code pkg/gen},
 * {@code tests/**}); a leading {@code /} only anchors; a trailing {@code /} matches folders only
 * ({@code build/}).
 *
 * <p>A file is taken when it matches some include glob and no exclude glob.
 */
public final class PathFilter {
    private record Glob(String text, PathMatcher matcher, boolean wholePath, boolean foldersOnly) {}

    private final List<String> includeText;
    private final List<String> excludeText;
    private final List<Glob> includes;
    private final List<Glob> excludes;

    public PathFilter(List<String> includes, List<String> excludes) {
        this.includeText = List.copyOf(includes.isEmpty() ? List.of("*.py") : includes);
        this.excludeText = List.copyOf(excludes);
        this.includes = compile(includeText, false);
        this.excludes = compile(excludeText, true);
    }

    public static PathFilter defaults() {
        return new PathFilter(List.of(), List.of());
    }

    /** The include globs in force (the default {@code *.py} when none was given). */
    public List<String> includeGlobs() {
        return includeText;
    }

    public List<String> excludeGlobs() {
        return excludeText;
    }

    private static List<Glob> compile(List<String> globs, boolean gitignoreStyle) {
        List<Glob> out = new ArrayList<>();
        for (String g : globs) {
            if (g.isBlank()) {
                throw new IllegalArgumentException("empty glob");
            }
            String pattern = g;
            boolean foldersOnly = false;
            boolean anchored = false;
            if (gitignoreStyle) {
                if (pattern.length() > 1 && pattern.endsWith("/")) {
                    pattern = pattern.substring(0, pattern.length() - 1);
                    foldersOnly = true;
                }
                if (pattern.length() > 1 && pattern.startsWith("/")) {
                    pattern = pattern.substring(1);
                    anchored = true;
                }
            }
            try {
                out.add(new Glob(g, FileSystems.getDefault().getPathMatcher("glob:" + pattern),
                        anchored || pattern.contains("/"), foldersOnly));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid glob '" + g + "': " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return List.copyOf(out);
    }

    /** Whether a file at {@code relativePath} (with {@code /} separators) is taken. */
    public boolean accepts(String relativePath) {
        return matchesInclude(relativePath) && !excluded(relativePath, false);
    }

    /**
     * Whether the folder at {@code relativePath} is excluded with everything below it, so a walk need
     * not enter it.
     */
    public boolean excludesFolder(String relativePath) {
        return excluded(relativePath, true);
    }

    private boolean matchesInclude(String relativePath) {
        Path whole = Path.of(relativePath);
        Path name = whole.getFileName();
        for (Glob g : includes) {
            if (g.matcher.matches(g.wholePath ? whole : name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the path itself, or any folder above it, matches an exclude glob. */
    private boolean excluded(String relativePath, boolean isFolder) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path whole = Path.of(relativePath);
        int n = whole.getNameCount();
        for (int i = 1; i <= n; i++) {
            boolean folder = i < n || isFolder;
            Path prefix = whole.subpath(0, i);
            Path name = whole.getName(i - 1);
            for (Glob g : excludes) {
                if (g.foldersOnly && !folder) {
                    continue;
                }
                if (g.matcher.matches(g.wholePath ? prefix : name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
