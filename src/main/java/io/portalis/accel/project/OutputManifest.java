package io.portalis.accel.project;

import io.portalis.accel.transpile.OutputTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * What the tool wrote into a crate's folder, kept in {@code OUT/.portalis-manifest} (one
 * {@code checksum path} line per file), so that a rerun removes the files of modules that are gone
 * (deleted, renamed, or failing now): a file the last manifest lists and this run does not write is
 * removed, unless its content is no longer what the tool wrote (someone edited it: kept, and said).
 * Nothing the manifest does not list is ever touched; a folder without a manifest loses nothing.
 */
public final class OutputManifest {
    /** The manifest's name in OUT. */
    public static final String FILE = ".portalis-manifest";

    /** What a rerun did to the last run's files: removed, and kept because they were edited. */
    public record Cleanup(List<String> removed, List<String> keptEdited) {}

    private OutputManifest() {
    }

    /**
     * Removes the files the previous manifest lists that are not in {@code written} (this run's
     * files, relative to {@code out}), then records {@code written} as the new manifest.
     */
    public static Cleanup update(Path out, Set<String> written) throws IOException {
        Path root = out.toAbsolutePath().normalize();
        Map<String, String> before = read(root.resolve(FILE));
        List<String> removed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            String rel = e.getKey();
            if (written.contains(rel)) {
                continue;
            }
            Path p = root.resolve(rel).normalize();
            if (!p.startsWith(root) || p.equals(root) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!checksum(Files.readAllBytes(p)).equals(e.getValue())) {
                kept.add(rel);
                continue;
            }
            Files.delete(p);
            removed.add(rel);
            removeEmptyFolders(root, p.getParent());
        }
        StringBuilder sb = new StringBuilder("# Files portalis-accel wrote here (checksum path); a rerun removes those it no"
                + " longer writes.\n");
        for (String rel : new TreeSet<>(written)) {
            Path p = root.resolve(rel);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                sb.append(checksum(Files.readAllBytes(p))).append(' ').append(rel).append('\n');
            }
        }
        new OutputTree(root).writeIfChanged(FILE, sb.toString().getBytes(StandardCharsets.UTF_8));
        return new Cleanup(removed, kept);
    }

    private static Map<String, String> read(Path manifest) throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            if (line.startsWith("#") || space <= 0) {
                continue;
            }
            String rel = line.substring(space + 1);
            if (!rel.isEmpty() && !rel.equals(FILE) && !rel.startsWith("/") && !rel.contains("..")) {
                out.put(rel, line.substring(0, space));
            }
        }
        return out;
    }

    /** Removes {@code dir} and its parents up to (not including) {@code root} while they are empty. */
    private static void removeEmptyFolders(Path root, Path dir) throws IOException {
        Path d = dir;
        while (d != null && d.startsWith(root) && !d.equals(root)) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
            d = d.getParent();
        }
    }

    private static String checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.format("%08x%08x", bytes.length, crc.getValue());
    }
}
