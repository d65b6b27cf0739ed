package io.portalis.accel.transpile;

import io.portalis.accel.opencl.FaultInjection;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.strategy.Futures;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.strategy.GpuFailureException;
import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.strategy.TaskSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The GPU batch kernel: reads the batch's files, lexes them all on an OpenCL device with
 * {@link OpenClLexer} (in device-sized sub-batches), and hands each file's tokens to
 * {@link FilePipeline#processLexed} on a CPU pool as soon as that file is lexed; each finished file
 * is completed at once. On a typed GPU failure it lets the files already handed on finish, then
 * rethrows, so the manager reruns only the rest.
 */
public final class OpenClKernel implements GpuExecutor<SourceFile, FileOutcome> {
    /** The CPU stages after lexing (parse, translate, write): {@link FilePipeline#processLexed}. */
    @FunctionalInterface
    interface Finisher {
        FileOutcome finish(FilePipeline.Loaded.Source source, LexResult lexed, long lexNanos);
    }

    private final FilePipeline pipeline;
    private final Finisher finisher;
    private final OpenClDevice device;
    private final OpenClLexer.Settings settings;
    private final int threads;
    private final AtomicLong peakDeviceBytes = new AtomicLong();
    /** Sub-batches lexed by the earlier calls, so an injected {@code after=N} counts over all calls. */
    private final AtomicInteger subBatchesBefore = new AtomicInteger();
    private volatile OpenClLexer current;

    /** Lexed files per finishing thread that may wait for it; the lexer waits beyond that. */
    static final int IN_FLIGHT_PER_THREAD = 4;

    public OpenClKernel(FilePipeline pipeline, OpenClDevice device, OpenClLexer.Settings settings, int threads) {
        this(pipeline, pipeline::processLexed, device, settings, threads);
    }

    /** With the stages after lexing replaced, so tests can make one file's work throw. */
    OpenClKernel(FilePipeline pipeline, Finisher finisher, OpenClDevice device, OpenClLexer.Settings settings,
            int threads) {
        this.pipeline = pipeline;
        this.finisher = finisher;
        this.device = device;
        this.settings = settings;
        this.threads = Math.max(1, threads);
    }

    @Override
    public String name() {
        return "opencl:" + device.info().name();
    }

    /**
     * The most source bytes one call should be given: the device's free memory (its global memory when
     * the driver does not tell) over the working set per source byte that {@link WorkloadProfiles}
     * assumes. The lexer cuts bigger batches into sub-batches anyway; this keeps the shared queue's
     * sub-batches to what the device holds at once.
     */
    @Override
    public long maxBatchBytes() {
        Long free = device.info().freeMemoryBytes();
        long memory = free == null ? device.info().globalMemoryBytes() : Math.min(free, device.info().globalMemoryBytes());
        return Math.max(1, memory / WorkloadProfiles.BYTES_OF_MEMORY_PER_SOURCE_BYTE);
    }

    /** Device memory this process holds now through this kernel (0 between batches). */
    public long deviceBytesHeld() {
        OpenClLexer l = current;
        return l == null ? 0 : l.bytesHeld();
    }

    public long peakDeviceBytes() {
        return peakDeviceBytes.get();
    }

    @Override
    public void execute(List<SourceFile> tasks, TaskSink<FileOutcome> sink) {
        List<FilePipeline.Loaded.Source> sources = new ArrayList<>();
        List<Integer> sourceTask = new ArrayList<>();
        List<Integer> failedTask = new ArrayList<>();
        List<FileOutcome> failedOutcome = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            FilePipeline.Loaded loaded = pipeline.load(tasks.get(i));
            if (loaded instanceof FilePipeline.Loaded.Source s) {
                sources.add(s);
                sourceTask.add(i);
            } else {
                failedTask.add(i);
                failedOutcome.add(((FilePipeline.Loaded.Failed) loaded).outcome());
            }
        }
        List<byte[]> bytes = sources.stream().map(FilePipeline.Loaded.Source::bytes).toList();
        AtomicInteger worker = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "opencl-finish-" + worker.incrementAndGet(), CpuKernel.WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> pending = new ArrayList<>();
        // at most this many lexed files wait for (or are in) the finishing stages: the device lexes far
        // faster than parse and translate, and an unbounded queue held every file's tokens at once
        Semaphore inFlight = new Semaphore(threads * IN_FLIGHT_PER_THREAD);
        try (OpenClLexer lexer = OpenClLexer.open(device, settingsForThisCall())) {
            current = lexer;
            try {
                lexer.lexBatch(bytes, (j, lexed, nanos) -> {
                    peakDeviceBytes.accumulateAndGet(lexer.bytesHeld(), Math::max);
                    FilePipeline.Loaded.Source src = sources.get(j);
                    int task = sourceTask.get(j);
                    inFlight.acquireUninterruptibly();
                    try {
                        pending.add(pool.submit(() -> {
                            try {
                                sink.complete(task, finisher.finish(src, lexed, nanos));
                            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                                // a bug in one file's work fails that file alone, as on the CPU path;
                                // it says nothing about the device, so it is no GPU failure
                                sink.fail(task, TaskResult.describe(e));
                            } finally {
                                inFlight.release();
                            }
                        }));
                    } catch (RuntimeException e) {
                        inFlight.release();
                        throw e;
                    }
                });
            } catch (GpuFailureException e) {
                drain(pending);
                throw e;
            } finally {
                current = null;
                subBatchesBefore.addAndGet(lexer.subBatchesDone());
            }
            drain(pending);
            for (int k = 0; k < failedTask.size(); k++) {
                sink.complete(failedTask.get(k), failedOutcome.get(k));
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The settings for the next call: an injected {@code after=N} fault counts the sub-batches of every
     * call so far (a shared queue calls this kernel once per sub-batch it hands out), so it fires after
     * N sub-batches of the run, not of each call; the other points are per call.
     */
    private OpenClLexer.Settings settingsForThisCall() {
        FaultInjection f = settings.fault();
        if (f == null || f.after() == 0 || f.after() == FaultInjection.AFTER_RESULTS) {
            return settings;
        }
        int left = Math.max(0, f.after() - subBatchesBefore.get());
        return settings.withFault(new FaultInjection(f.kind(), left));
    }

    private static void drain(List<Future<?>> pending) {
        for (Future<?> f : pending) {
            Futures.join(f, "finishing lexed files");
        }
    }
}
