package io.portalis.accel.transpile;

import io.portalis.accel.strategy.WorkloadProfile;
import java.util.List;

/**
 * The {@link WorkloadProfile} of a transpilation batch, from the file sizes alone. With n files of
 * sizes s_i, total S and largest M:
 * <ul>
 *   <li>{@code task_count = n};</li>
 *   <li>{@code memory_per_task = ceil(S / n) * 24}: the mean file's bytes times 24, an estimate of
 *       the working set per source byte (the source, token arrays of three ints per token at about
 *       one token per four bytes, the AST and the output text);</li>
 *   <li>{@code complexity = (S / n) / 4096}: the mean file size in units of 4 KiB, so a typical
 *       4 KiB module weighs 1.0;</li>
 *   <li>{@code parallelization = (1 - M / S) * n / (n - 1)}: 1 when all files are the same size,
 *       falling towards 0 as one file holds most of the bytes; 0 for a single file; 1 when every
 *       file is empty (n &gt; 1).</li>
 * </ul>
 */
public final class WorkloadProfiles {
    public static final long BYTES_OF_MEMORY_PER_SOURCE_BYTE = 24;
    public static final double COMPLEXITY_UNIT_BYTES = 4096;

    private WorkloadProfiles() {}

    public static WorkloadProfile ofSizes(List<Long> sizes) {
        int n = sizes.size();
        if (n == 0) {
            return new WorkloadProfile(0, 0, 0, 0);
        }
        long total = 0;
        long max = 0;
        for (long s : sizes) {
            total += s;
            max = Math.max(max, s);
        }
        long meanCeil = (total + n - 1) / n;
        double complexity = ((double) total / n) / COMPLEXITY_UNIT_BYTES;
        double parallelization;
        if (n == 1) {
            parallelization = 0;
        } else if (total == 0) {
            parallelization = 1;
        } else {
            parallelization = (1 - (double) max / total) * n / (n - 1);
        }
        parallelization = Math.max(0, Math.min(1, parallelization));
        return new WorkloadProfile(n, meanCeil * BYTES_OF_MEMORY_PER_SOURCE_BYTE, complexity, parallelization);
    }

    public static WorkloadProfile ofFiles(List<SourceFile> files) {
        return ofSizes(files.stream().map(SourceFile::size).toList());
    }
}
