package io.portalis.accel.opencl;

import com.sun.jna.NativeLibrary;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jocl.CL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads JOCL lazily and safely. JOCL's own loader opens the unversioned {@code libOpenCL.so} and,
 * when that fails, leaves its {@code CL} class unusable for the life of the JVM; so before the
 * first touch of {@code CL} this class asks the dynamic loader itself ({@code dlopen}, through JNA)
 * whether {@code libOpenCL.so} opens, and turns every failure (a missing library, a machine that
 * only has {@code libOpenCL.so.1}, any {@link LinkageError}) into a {@link Status} with the exact
 * reason and the fix. Never throws.
 *
 * <p><b>Machines with only {@code libOpenCL.so.1}</b> (common on GPU servers, where the ICD loader
 * comes without its development link): the dynamic loader resolves {@code libOpenCL.so} through
 * {@code LD_LIBRARY_PATH}, read once when the process starts, so the fix has to come before the
 * JVM. {@code bin/portalis-accel} does it: when {@code libOpenCL.so} is missing and
 * {@code libOpenCL.so.1} exists it links the latter as {@code libOpenCL.so} in a private folder
 * ({@code ${XDG_CACHE_HOME:-~/.cache}/portalis-accel/opencl}) and puts that folder on
 * {@code LD_LIBRARY_PATH}. Without the launcher, install the distribution's development link
 * (Debian/Ubuntu {@code ocl-icd-opencl-dev}, Fedora {@code ocl-icd-devel}) or make the same link.
 */
public final class OpenClLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(OpenClLibrary.class);
    /** The name JOCL asks the dynamic loader for; a system property may change it to test the failure paths. */
    static final String LIBRARY = System.getProperty("portalis.opencl.library", "libOpenCL.so");

    /** Whether OpenCL can be used, and if not, why and how to fix it. */
    public sealed interface Status permits Loaded, Missing {}

    /** JOCL is loaded and {@code CL} is usable. */
    public record Loaded() implements Status {}

    /**
     * OpenCL cannot be used.
     *
     * @param code   {@code library_missing} or {@code library_load_failed}
     * @param reason the exact reason and the fix, in words
     */
    public record Missing(String code, String reason) implements Status {}

    private static Status status;

    private OpenClLibrary() {}

    /** Loads JOCL once; later calls give the same answer. */
    public static synchronized Status load() {
        if (status == null) {
            status = tryLoad();
            if (status instanceof Missing m) {
                LOG.debug("OpenCL unavailable: {}", m.reason());
            }
        }
        return status;
    }

    private static Status tryLoad() {
        String dlopenError = dlopenError(LIBRARY);
        if (dlopenError != null) {
            List<Path> versioned = findVersioned(LIBRARY + ".1");
            if (!versioned.isEmpty()) {
                return new Missing("library_missing", "the OpenCL loader library " + LIBRARY
                        + " cannot be opened (" + dlopenError + "), but " + versioned.get(0)
                        + " exists: JOCL opens only the unversioned name. Fix: run through bin/portalis-accel, "
                        + "which links it for you; or install the development link (Debian/Ubuntu: "
                        + "apt install ocl-icd-opencl-dev; Fedora: dnf install ocl-icd-devel); or "
                        + "mkdir -p ~/.cache/portalis-accel/opencl && ln -sf " + versioned.get(0)
                        + " ~/.cache/portalis-accel/opencl/" + LIBRARY + " && export LD_LIBRARY_PATH="
                        + "~/.cache/portalis-accel/opencl:$LD_LIBRARY_PATH");
            }
            return new Missing("library_missing", "the OpenCL loader library " + LIBRARY + " cannot be opened ("
                    + dlopenError + "). Fix: install an OpenCL ICD loader and a driver for your device "
                    + "(Debian/Ubuntu: apt install ocl-icd-libopencl1 ocl-icd-opencl-dev, plus the GPU vendor's "
                    + "OpenCL driver, or pocl-opencl-icd for the CPU), or put the folder holding libOpenCL.so on "
                    + "LD_LIBRARY_PATH");
        }
        try {
            CL.setExceptionsEnabled(true);
            return new Loaded();
        } catch (LinkageError e) {
            return new Missing("library_load_failed", "JOCL could not load its native library: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ". Fix: make sure the JVM may write "
                    + "to java.io.tmpdir (JOCL unpacks its native library there) and that " + LIBRARY
                    + " is an OpenCL ICD loader for this architecture (" + System.getProperty("os.arch") + ")");
        }
    }

    /** The loader's error when {@code name} cannot be opened, or null when it can. */
    static String dlopenError(String name) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return null; // elsewhere JOCL's own candidates apply; its LinkageError is still caught
        }
        try {
            NativeLibrary.getInstance(name).close();
            return null;
        } catch (UnsatisfiedLinkError e) {
            return loaderMessage(name, String.valueOf(e.getMessage()));
        } catch (LinkageError e) {
            return null; // JNA itself is unusable here: let JOCL try, its failure is caught as well
        }
    }

    /** The dynamic loader's own words from JNA's message (e.g. "...: cannot open shared object file: ..."). */
    static String loaderMessage(String name, String jnaMessage) {
        for (String line : jnaMessage.split("\\R")) {
            String l = line.trim();
            int at = l.indexOf(name + ": ");
            if (at >= 0 && !l.contains("not found in resource path")) {
                return l.substring(at);
            }
        }
        String first = jnaMessage.split("\\R")[0].trim();
        return first.isEmpty() ? "the dynamic loader cannot open it" : first;
    }

    /** Existing files named {@code fileName} (e.g. libOpenCL.so.1) in LD_LIBRARY_PATH and the usual library folders. */
    static List<Path> findVersioned(String fileName) {
        Set<String> dirs = new LinkedHashSet<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            for (String d : ld.split(File.pathSeparator)) {
                if (!d.isEmpty()) {
                    dirs.add(d);
                }
            }
        }
        dirs.addAll(List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib",
                "/usr/local/cuda/lib64", "/opt/rocm/lib", "/usr/lib/wsl/lib"));
        List<Path> found = new ArrayList<>();
        for (String d : dirs) {
            Path p = Path.of(d, fileName);
            if (Files.exists(p)) {
                found.add(p);
            }
        }
        return found;
    }
}
