package io.portalis.accel.hardware;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Picks the SIMD instruction-set flags out of the CPU's feature flags. On Linux OSHI gives the
 * {@code flags} (x86) or {@code Features} (ARM) line of {@code /proc/cpuinfo}, e.g.
 * {@code "flags\t\t: fpu vme ... sse4_2 avx2 ..."}; on other systems a list of flag names.
 */
public final class SimdFlags {
    private static final Set<String> NAMED = Set.of(
            "mmx", "sse", "sse2", "sse3", "pni", "ssse3", "sse4_1", "sse4_2", "sse4a", "avx", "avx2", "fma", "fma4",
            "f16c", "xop", "neon", "asimd", "asimdhp", "asimddp", "asimdrdm", "asimdfhm", "sve", "sve2", "sme",
            "altivec", "vsx", "rvv", "msa", "amx_tile", "amx_bf16", "amx_int8");
    private static final Pattern FAMILY = Pattern.compile("avx512[a-z0-9_]*|avx_vnni[a-z0-9_]*|sve[a-z0-9_]*|amx[a-z0-9_]*");

    private SimdFlags() {}

    /** The SIMD flags among {@code featureLines}, lower-case, sorted, each once. */
    public static List<String> fromFeatureLines(Collection<String> featureLines) {
        Set<String> out = new TreeSet<>();
        for (String line : featureLines) {
            String body = line;
            int colon = line.indexOf(':');
            if (colon >= 0) {
                body = line.substring(colon + 1);
            }
            for (String word : body.trim().split("[\\s,]+")) {
                String w = word.toLowerCase(Locale.ROOT);
                // Windows names them e.g. PF_XMMI64_INSTRUCTIONS_AVAILABLE; keep the flag-style names only
                if (NAMED.contains(w) || FAMILY.matcher(w).matches()) {
                    out.add(w);
                }
            }
        }
        return new ArrayList<>(out);
    }
}
