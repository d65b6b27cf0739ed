package io.portalis.accel.spark;

import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.hardware.HardwareProbe;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutorKind;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.transpile.Cancellation;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FilePipeline;
import io.portalis.accel.transpile.GpuBackend;
import io.portalis.accel.transpile.OutputTree;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.WorkloadProfiles;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of one Spark task: its partition's files through the same pipeline and
 * {@link StrategyManager} as a local {@code transpile} ({@link io.portalis.accel.transpile.BatchSettings}),
 * on the GPU Spark assigned it (or none). Each output is written to a temporary file and renamed, and
 * a file's output is the same bytes whatever the attempt, so a retried or speculative attempt only
 * rewrites what another attempt wrote. A file that fails is a failed file in the result; only an
 * unexpected error throws, and Spark retries the task.
 *
 * @param output  OUT: a local folder's URI ({@code file:/...}) when {@code localIo}, else a Hadoop URI
 * @param localIo true when SRC and OUT are on the local file system: files are read and written in place
 *                (as by the CLI); false: through Hadoop's FileSystem API, staged in a local scratch folder
 * @param hadoop  the Hadoop configuration's entries (credentials and endpoints for {@code s3a://} etc.);
 *                empty when {@code localIo}
 */
public record PartitionTask(String output, boolean localIo, Map<String, String> hadoop, TaskSettings settings)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PartitionTask.class);

    public PartitionTask {
        Objects.requireNonNull(output, "output");
        hadoop = Map.copyOf(hadoop);
        Objects.requireNonNull(settings, "settings");
    }

    /** Runs the partition; throws only for the unexpected (Spark then retries the task). */
    public PartitionResult run(PartitionInput input, TaskEnv env) throws IOException {
        Cancellation cancellation = new Cancellation();
        Thread watcher = watchForKill(env, cancellation);
        try (HadoopStaging staging = localIo ? null : HadoopStaging.open(hadoop, output, tag(env))) {
            List<SourceFile> sources = new ArrayList<>();
            List<PlannedFile> planned = new ArrayList<>();
            List<TaskResult<FileOutcome>> results = new ArrayList<>();
            for (PlannedFile f : input.files()) {
                if (localIo) {
                    sources.add(new SourceFile(Path.of(URI.create(f.location())), f.relativePath(), f.size()));
                    planned.add(f);
                    continue;
                }
                HadoopStaging.Staged staged = staging.stage(f);
                if (staged.failure() != null) {
                    results.add(TaskResult.success(f.index(), staged.failure(), ExecutorKind.CPU, 0));
                } else {
                    sources.add(staged.source());
                    planned.add(f);
                }
            }
            OutputTree tree = localIo ? new OutputTree(Path.of(URI.create(output))) : staging.outputTree();
            FilePipeline pipeline = new FilePipeline(tree, cancellation);

            GpuAssignment.Decision gpuDecision = GpuAssignment.decide(env.resources(), settings);
            GpuBackend backend = new GpuBackend(gpuDecision.choice() == null
                    ? new io.portalis.accel.opencl.OpenClDevices.Choice(null, false) : gpuDecision.choice());
            GpuProbeResult gpu = gpuDecision.choice() == null
                    ? new GpuProbeResult.Unavailable("not_assigned", gpuDecision.reason(), List.of())
                    : backend.probe().probe();
            HardwareProbe hardwareProbe = ExecutorHardware.probe();
            HardwareCapabilities hardware = hardwareProbe.capabilities(gpu);
            StrategyManager<SourceFile, FileOutcome> manager =
                    settings.batch().manager(pipeline, backend, gpu, hardwareProbe, hardware, ExecutorLoad::shared);
            ExecutionResult<FileOutcome> ex = manager.execute(sources, WorkloadProfiles.ofFiles(sources));

            for (TaskResult<FileOutcome> r : ex.results()) {
                PlannedFile f = planned.get(r.index());
                FileOutcome value = r.value();
                if (value != null && staging != null) {
                    value = staging.commit(value);
                }
                results.add(new TaskResult<>(f.index(), value, r.error(), r.executor(), r.timeNanos()));
            }
            results.sort(java.util.Comparator.comparingInt(TaskResult::index));
            if (settings.failFirstAttempt() && env.attempt() == 0) {
                throw new IllegalStateException("test fault (" + TaskSettings.FAIL_FIRST_ATTEMPT_PROPERTY
                        + "): partition " + input.partition() + " fails its first attempt after writing its outputs");
            }
            LOG.debug("partition {} attempt {}: {} files, strategy {}", input.partition(), env.attempt(),
                    results.size(), ex.used().label());
            return new PartitionResult(input.partition(), env.attempt(), env.host(), env.executorId(),
                    gpuDecision.address(), gpu, hardware, ex.requested(), ex.selection(), ex.used(),
                    ex.fallbackOccurred(), ex.fallbackEvents(), ex.errors(), ex.systemLoad(), ex.runFailed(),
                    ex.executionNanos(), results);
        } finally {
            watcher.interrupt();
        }
    }

    private static String tag(TaskEnv env) {
        return "p" + env.partition() + "-a" + env.attempt() + "-" + Long.toHexString(System.nanoTime());
    }

    /**
     * When Spark kills the task (the job was cancelled, or a speculative twin finished first), the
     * files not yet started are skipped; files in progress finish and are written atomically.
     */
    private static Thread watchForKill(TaskEnv env, Cancellation cancellation) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    if (env.killed().getAsBoolean()) {
                        cancellation.cancel("Spark cancelled the task");
                        return;
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                // the task finished
            }
        }, "portalis-task-kill-watch-" + env.partition());
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** OSHI's facts are read once per executor JVM, not once per task (a cold read costs about a second). */
    private static final class ExecutorHardware {
        private static volatile HardwareProbe probe;

        static HardwareProbe probe() {
            HardwareProbe p = probe;
            if (p == null) {
                synchronized (ExecutorHardware.class) {
                    p = probe;
                    if (p == null) {
                        p = new HardwareProbe();
                        probe = p;
                    }
                }
            }
            return p;
        }
    }
}
