package io.portalis.accel.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.hardware.HardwareProbe;
import io.portalis.accel.report.Report;
import io.portalis.accel.report.ReportAssembler;
import io.portalis.accel.report.ReportJson;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.ExecutorKind;
import io.portalis.accel.strategy.FallbackEvent;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.Selection;
import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.SkippedFile;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.WorkloadProfiles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's one report of a Spark run: every file of the walk exactly once (from the one attempt
 * of its task that Spark accepted; files of tasks that never finished are {@code skipped} after an
 * interrupt, or failed when the job failed), in the local report's schema, plus {@code engine},
 * {@code master} and {@code tasks}. The top-level {@code strategy} is the one the most files ran
 * under (its reason says when tasks differed); {@code hardware} and {@code gpu} are those of the
 * first task that opened a GPU, else of the first task.
 */
final class ReportMerger {
    private ReportMerger() {}

    /** What went into the run. */
    record Inputs(String toolVersion, String source, String output, String master, Instant startedAt,
                  SourceListing.Listing listing, List<PartitionInput> plan, ExecutionStrategy requested,
                  List<PartitionResult> results, long executionNanos, String interruption, String jobError) {}

    /** The merged report, as the local report plus the Spark fields, and its outcomes in walk order. */
    record Merged(Report report, ObjectNode json, List<FileOutcome> outcomes, boolean runFailed) {}

    static Merged merge(Inputs in) {
        List<SourceFile> files = in.listing().sourceFiles();
        List<PartitionResult> results = new ArrayList<>(in.results());
        results.sort(Comparator.comparingInt(PartitionResult::partition));
        @SuppressWarnings("unchecked")
        TaskResult<FileOutcome>[] byIndex = new TaskResult[files.size()];
        List<FallbackEvent> events = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean fallback = false;
        boolean runFailed = in.jobError() != null && in.interruption() == null;
        for (PartitionResult r : results) {
            for (TaskResult<FileOutcome> t : r.files()) {
                byIndex[t.index()] = t;
            }
            events.addAll(r.fallbackEvents());
            r.errors().forEach(e -> errors.add("partition " + r.partition() + ": " + e));
            fallback |= r.fallbackOccurred();
            runFailed |= r.runFailed();
        }
        if (in.jobError() != null && in.interruption() == null) {
            errors.add("the Spark job failed: " + in.jobError());
        }
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] == null) {
                SourceFile f = files.get(i);
                byIndex[i] = in.interruption() != null
                        ? TaskResult.success(i, FileOutcome.skipped(new SkippedFile(f.relativePath(),
                                "not reached: " + in.interruption())), ExecutorKind.NONE, 0)
                        : TaskResult.failure(i, "its Spark task did not finish (the report's errors say why)",
                                ExecutorKind.NONE, 0);
            }
        }
        PartitionResult first = results.stream().filter(r -> r.gpu() instanceof GpuProbeResult.Available)
                .findFirst().orElse(results.isEmpty() ? null : results.get(0));
        GpuProbeResult gpu = first != null ? first.gpu()
                : new GpuProbeResult.Unavailable("not_assigned", "no Spark task ran", List.of());
        HardwareCapabilities hardware = first != null ? first.hardware() : new HardwareProbe().capabilities(gpu);

        ExecutionResult<FileOutcome> ex = new ExecutionResult<>(in.requested(), selection(in.requested(), results),
                used(results, in.requested()), List.of(byIndex), in.executionNanos(), fallback, events, errors,
                first == null ? null : first.systemLoad(), runFailed);
        Report report = ReportAssembler.assemble(new ReportAssembler.Inputs(in.toolVersion(), in.source(), in.output(),
                in.startedAt(), hardware, gpu, WorkloadProfiles.ofFiles(files), files, in.listing().skipped(), ex),
                in.interruption());

        ObjectNode json = ReportJson.mapper().valueToTree(report);
        json.put("engine", "spark");
        json.put("master", in.master());
        ArrayNode tasks = json.putArray("tasks");
        for (PartitionResult r : results) {
            long bytes = in.plan().get(r.partition()).bytes();
            tasks.add(ReportJson.mapper().<ObjectNode>valueToTree(TaskEntry.of(r, bytes)));
        }
        return new Merged(report, json, ReportAssembler.outcomes(files, ex), runFailed);
    }

    /** The selection most files ran under; its reason names the others when tasks chose differently. */
    private static Selection selection(ExecutionStrategy requested, List<PartitionResult> results) {
        if (results.isEmpty()) {
            ExecutionStrategy s = requested instanceof ExecutionStrategy.Auto ? new ExecutionStrategy.CpuOnly() : requested;
            return new Selection(s, requested instanceof ExecutionStrategy.Auto ? "small_workload" : "requested",
                    "no Spark task ran");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Selection> byKey = new LinkedHashMap<>();
        for (PartitionResult r : results) {
            String key = r.selection().strategy().label() + " (" + r.selection().rule() + ")";
            counts.merge(key, r.files().size(), Integer::sum);
            byKey.putIfAbsent(key, r.selection());
        }
        String top = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        Selection s = byKey.get(top);
        if (counts.size() == 1) {
            return s;
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(k + ": " + n + " files"));
        return new Selection(s.strategy(), s.rule(), s.reason() + "; Spark tasks chose differently: "
                + String.join(", ", parts) + " (see tasks)");
    }

    private static ExecutionStrategy used(List<PartitionResult> results, ExecutionStrategy requested) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, ExecutionStrategy> byLabel = new LinkedHashMap<>();
        for (PartitionResult r : results) {
            counts.merge(r.used().label(), r.files().size(), Integer::sum);
            byLabel.putIfAbsent(r.used().label(), r.used());
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byLabel.get(e.getKey()))
                .orElse(requested instanceof ExecutionStrategy.Auto ? new ExecutionStrategy.CpuOnly() : requested);
    }
}
