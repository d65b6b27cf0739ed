package io.portalis.accel.spark;

import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.transpile.Cancellation;
import io.portalis.accel.transpile.PathFilter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.resource.ResourceInformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The Spark driver of {@code transpile --engine spark}: walks SRC (same rules and order as locally),
 * plans partitions balanced by bytes, runs one Spark task per partition ({@link PartitionTask}),
 * keeps each finished partition's result as it comes, and merges one report
 * ({@link ReportMerger}). On {@link Cancellation} (SIGINT on the driver) it cancels the job and
 * still reports: the files of partitions that had not finished are {@code skipped}.
 */
public final class SparkTranspiler {
    private static final Logger LOG = LoggerFactory.getLogger(SparkTranspiler.class);

    /** Set to {@code true} to read and write local folders through Hadoop's FileSystem API too (tests). */
    public static final String HADOOP_IO_PROPERTY = "portalis.spark.hadoopIo";

    /**
     * A run's options, those of {@code transpile}.
     *
     * @param source     SRC: a local path or a Hadoop URI ({@code hdfs://nn/src}, {@code s3a://bucket/src})
     * @param output     OUT, likewise
     * @param master     the Spark master; {@code null}: the one spark-submit set, else {@code local[*]}
     * @param partitions how many partitions; {@code null}: {@link #defaultPartitions}
     * @param threads    worker threads per task; {@code null}: {@code spark.task.cpus}
     */
    public record Request(String source, String output, String master, Integer partitions, PathFilter filter,
                          ExecutionStrategy strategy, Integer threads, boolean fallback, OpenClLexer.Settings gpu,
                          Integer device, boolean openclCpu) {}

    /** A usage error found before any work (a missing SRC, OUT that is a file, ...). */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * What the run produced: the merged report, the outcomes (for diagnostics on stderr), and the
     * Hadoop configuration the job used (with its {@code spark.hadoop.*} settings), for writing the report.
     */
    public record Outcome(io.portalis.accel.report.Report report, com.fasterxml.jackson.databind.node.ObjectNode json,
                          List<io.portalis.accel.transpile.FileOutcome> outcomes, List<io.portalis.accel.transpile.SkippedFile> skipped,
                          boolean runFailed, String interruption, Configuration hadoop) {}

    private SparkTranspiler() {}

    public static Outcome run(Request req, Cancellation cancellation, String toolVersion) throws IOException {
        Instant startedAt = Instant.now();
        scala.Option<SparkContext> running = org.apache.spark.SparkContext$.MODULE$.getActive();
        SparkContext active = running.isDefined() ? running.get() : null;
        if (active != null && req.master() != null && !req.master().equals(active.master())) {
            throw new UsageException("a Spark context with master " + active.master() + " is already running in this JVM; "
                    + "cannot start one with " + req.master());
        }
        SparkContext sc = active != null ? active : new SparkContext(conf(req.master()));
        try {
            return run(req, sc, cancellation, toolVersion, startedAt);
        } finally {
            if (active == null) {
                sc.stop();
            }
        }
    }

    static SparkConf conf(String master) {
        SparkConf conf = new SparkConf(true).setAppName("portalis-accel transpile");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.ui.enabled")) {
            conf.set("spark.ui.enabled", "false"); // a one-off local job: the web UI only costs start-up time
        }
        return conf;
    }

    private static Outcome run(Request req, SparkContext sc, Cancellation cancellation, String toolVersion,
                               Instant startedAt) throws IOException {
        Configuration hadoopConf = sc.hadoopConfiguration();
        Path srcPath = new Path(req.source());
        Path outPath = new Path(req.output());
        FileSystem srcFs = srcPath.getFileSystem(hadoopConf);
        FileSystem outFs = outPath.getFileSystem(hadoopConf);
        srcPath = srcFs.makeQualified(srcPath);
        outPath = outFs.makeQualified(outPath);
        boolean localIo = isLocal(srcFs) && isLocal(outFs) && !Boolean.getBoolean(HADOOP_IO_PROPERTY);

        SourceListing.Listing listing;
        String sourceLabel;
        String outputLabel;
        if (localIo) {
            java.nio.file.Path src = java.nio.file.Path.of(srcPath.toUri());
            java.nio.file.Path out = java.nio.file.Path.of(outPath.toUri()).normalize();
            if (!Files.exists(src)) {
                throw new UsageException("source folder '" + req.source() + "' does not exist");
            }
            if (!Files.isDirectory(src)) {
                throw new UsageException("source '" + req.source() + "' is not a folder");
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new UsageException("output '" + req.output() + "' exists and is not a folder");
            }
            src = src.toRealPath();
            if (out.equals(src)) {
                throw new UsageException("the output folder must not be the source folder");
            }
            Files.createDirectories(out);
            Files.delete(Files.createTempFile(out, ".portalis-write-check.", ".tmp"));
            listing = SourceListing.local(src, out, req.filter());
            sourceLabel = src.toString();
            outputLabel = out.toString();
        } else {
            FileStatus st;
            try {
                st = srcFs.getFileStatus(srcPath);
            } catch (FileNotFoundException e) {
                throw new UsageException("source folder '" + req.source() + "' does not exist");
            }
            if (!st.isDirectory()) {
                throw new UsageException("source '" + req.source() + "' is not a folder");
            }
            if (outFs.exists(outPath) && !outFs.getFileStatus(outPath).isDirectory()) {
                throw new UsageException("output '" + req.output() + "' exists and is not a folder");
            }
            if (outPath.equals(srcPath)) {
                throw new UsageException("the output folder must not be the source folder");
            }
            if (!outFs.mkdirs(outPath)) {
                throw new IOException("cannot create the output folder " + outPath);
            }
            listing = SourceListing.hadoop(srcFs, srcPath,
                    outFs.getUri().equals(srcFs.getUri()) ? outPath : null, req.filter());
            sourceLabel = srcPath.toString();
            outputLabel = outPath.toString();
        }

        int partitions = req.partitions() != null ? req.partitions() : defaultPartitions(sc.defaultParallelism(),
                listing.files().size());
        List<PartitionInput> plan = PartitionPlanner.plan(listing.files(), partitions);
        int threads = req.threads() != null ? req.threads() : sc.getConf().getInt("spark.task.cpus", 1);
        TaskSettings settings = new TaskSettings(req.strategy().label(), threads, req.fallback(), req.gpu(),
                req.device(), req.openclCpu(), Boolean.getBoolean(TaskSettings.FAIL_FIRST_ATTEMPT_PROPERTY));
        Map<String, String> hadoop = new HashMap<>();
        if (!localIo) {
            for (Map.Entry<String, String> e : hadoopConf) {
                hadoop.put(e.getKey(), e.getValue());
            }
        }
        PartitionTask task = new PartitionTask(localIo ? java.nio.file.Path.of(outPath.toUri()).normalize().toUri().toString()
                : outPath.toString(), localIo, hadoop, settings);
        LOG.info("{} files under {} ({} skipped) in {} partitions on {}", listing.files().size(), sourceLabel,
                listing.skipped().size(), plan.size(), sc.master());

        Map<Integer, PartitionResult> done = new ConcurrentHashMap<>();
        String jobError = null;
        long t0 = System.nanoTime();
        if (!plan.isEmpty() && !cancellation.cancelled()) {
            jobError = runJob(sc, plan, task, done, cancellation);
        }
        long nanos = System.nanoTime() - t0;
        String interruption = cancellation.reason();
        ReportMerger.Merged merged = ReportMerger.merge(new ReportMerger.Inputs(toolVersion, sourceLabel, outputLabel,
                sc.master(), startedAt, listing, plan, req.strategy(), new ArrayList<>(done.values()), nanos,
                interruption, jobError));
        return new Outcome(merged.report(), merged.json(), merged.outcomes(), listing.skipped(), merged.runFailed(),
                interruption, new Configuration(hadoopConf));
    }

    /**
     * Four tasks per task slot, so that tasks finishing at different speeds (a cold JVM, a slow node)
     * even out, and at most {@value #FILES_PER_TASK} files per task: a task costs about 20 ms on top of
     * its files (bench/README.md), a few tenths of a percent of 200 files, and a retry redoes less.
     */
    static int defaultPartitions(int parallelism, int files) {
        long byFiles = (files + FILES_PER_TASK - 1L) / FILES_PER_TASK;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.max(4L * parallelism, byFiles)));
    }

    static final int FILES_PER_TASK = 200;

    private static boolean isLocal(FileSystem fs) {
        return fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem;
    }

    /** Runs the job; returns {@code null}, or why it failed (a task failed past spark.task.maxFailures, or it was cancelled). */
    private static String runJob(SparkContext sc, List<PartitionInput> plan, PartitionTask task,
                                 Map<Integer, PartitionResult> done, Cancellation cancellation) {
        String group = "portalis-" + UUID.randomUUID();
        sc.setJobGroup(group, "portalis-accel transpile", false);
        Thread watcher = new Thread(() -> {
            try {
                while (!cancellation.cancelled()) {
                    Thread.sleep(100);
                }
                LOG.warn("cancelling the Spark job: {}", cancellation.reason());
                sc.cancelJobGroup(group);
            } catch (InterruptedException e) {
                // the job ended
            }
        }, "portalis-spark-cancel");
        watcher.setDaemon(true);
        watcher.start();
        try {
            JavaRDD<PartitionInput> rdd = new JavaSparkContext(sc).parallelize(plan, plan.size());
            List<Object> ids = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                ids.add(i);
            }
            sc.runJob(rdd.rdd(), new RunPartition(task), scala.jdk.javaapi.CollectionConverters.asScala(ids).toSeq(),
                    new KeepResult(done), scala.reflect.ClassTag$.MODULE$.apply(PartitionResult.class));
            return null;
        } catch (Exception e) { // Scala throws SparkException, a checked exception, undeclared
            LOG.debug("the Spark job ended with an error", e);
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        } finally {
            watcher.interrupt();
            sc.clearJobGroup();
        }
    }

    /** The function each Spark task runs: its partition's one {@link PartitionInput} through {@link PartitionTask}. */
    static final class RunPartition extends AbstractFunction2<TaskContext, Iterator<PartitionInput>, PartitionResult>
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final PartitionTask task;

        RunPartition(PartitionTask task) {
            this.task = task;
        }

        @Override
        public PartitionResult apply(TaskContext ctx, Iterator<PartitionInput> inputs) {
            PartitionInput input = inputs.next();
            try {
                return task.run(input, env(ctx));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The task's view of its {@link TaskContext}. */
    static TaskEnv env(TaskContext ctx) {
        Map<String, List<String>> resources = new HashMap<>();
        for (Map.Entry<String, ResourceInformation> e : ctx.resourcesJMap().entrySet()) {
            resources.put(e.getKey(), List.of(e.getValue().addresses()));
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown";
        }
        SparkEnv sparkEnv = SparkEnv.get();
        return new TaskEnv(ctx.partitionId(), ctx.attemptNumber(), host,
                sparkEnv == null ? "unknown" : sparkEnv.executorId(), resources, ctx::isInterrupted);
    }

    /** Runs on the driver as each task's result arrives: keeps it, so a cancelled job still reports what finished. */
    static final class KeepResult extends AbstractFunction2<Object, PartitionResult, BoxedUnit> {
        private final Map<Integer, PartitionResult> done;

        KeepResult(Map<Integer, PartitionResult> done) {
            this.done = done;
        }

        @Override
        public BoxedUnit apply(Object partition, PartitionResult result) {
            done.put((Integer) partition, result);
            return BoxedUnit.UNIT;
        }
    }

    /** Writes the report to a Hadoop URI (e.g. {@code hdfs://nn/reports/run.json}): a temporary file, then a rename. */
    public static void writeReport(String uri, byte[] bytes, Configuration conf) throws IOException {
        Path target = new Path(uri);
        HadoopStaging.writeAtomically(target.getFileSystem(conf), target, bytes, UUID.randomUUID().toString());
    }
}
