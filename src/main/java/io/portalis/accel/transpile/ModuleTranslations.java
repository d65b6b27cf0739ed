package io.portalis.accel.transpile;

import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.semantics.NameResolution;
import io.portalis.accel.rust.IntRepresentation;
import io.portalis.accel.rust.RustTranslator;
import io.portalis.accel.rust.Translation;

/**
 * How the translate stage of {@link FilePipeline} gets a checked file's Rust and where it goes:
 * {@link #STANDALONE} translates the file on its own into a program beside the others
 * ({@code --layout files}); the crate layout takes the module from the project index.
 */
public interface ModuleTranslations {
    /** The file's Rust, or its diagnostics and a null program. */
    Translation translation(String relativePath, Mod.Module module, NameResolution names, byte[] source);

    /** Where the file's Rust goes, relative to OUT. */
    String outputPath(String relativePath);

    /**
     * Whether the file's translation is already made (by a project index, which parsed and checked it):
     * then the pipeline skips its own parse and check, and {@link #translation} gets no module or names.
     */
    default boolean translated(String relativePath) {
        return false;
    }

    /** Whether an output whose content is already what would be written is left alone (not rewritten). */
    default boolean keepsUnchanged() {
        return false;
    }

    /** One standalone {@code rustc}-able program per file, at the mirrored {@code .rs} path. */
    ModuleTranslations STANDALONE = standalone(IntRepresentation.AUTO);

    /** As {@link #STANDALONE}, with Python's ints represented as {@code ints} says ({@code --ints}). */
    static ModuleTranslations standalone(IntRepresentation ints) {
        return new ModuleTranslations() {
            @Override
            public Translation translation(String relativePath, Mod.Module module, NameResolution names, byte[] source) {
                return RustTranslator.translate(module, names, source, relativePath, ints);
            }

            @Override
            public String outputPath(String relativePath) {
                return OutputTree.rustPathFor(relativePath);
            }
        };
    }
}
