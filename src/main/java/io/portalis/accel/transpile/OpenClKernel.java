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
 *
 * <p>One lexer (an OpenCL context, queue and built program) serves every call of a run: it opens on
 * the run's first call and is released by {@link #endRun}, or at once after a failure, so a broken
 * lexer is never reused. Calls may come from several threads; they lex one at a time.
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
    /** Guards {@link #lexer}: one call lexes at a time (the lexer is not thread-safe). */
    private final Object lexerLock = new Object();
    /** The lexer kept between the calls of one run; null before the first call and after {@link #endRun}. */
    private OpenClLexer lexer;
    private final AtomicInteger lexersOpened = new AtomicInteger();

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

    /** Device memory this process holds now through this kernel (0 between runs). */
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
        try {
            synchronized (lexerLock) {
                OpenClLexer lexer = lexer();
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
                    // the lexer is broken now: released, so a later call opens a fresh one
                    releaseLexer();
                    drain(pending);
                    throw e;
                } catch (RuntimeException | Error e) {
                    // a lexer left mid-batch by the unexpected is not reused either
                    releaseLexer();
                    throw e;
                }
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
     * Releases the OpenCL lexer this run kept between its calls (its context, program and device
     * buffers); the next call, if any, opens a fresh one. The strategy manager calls this once when
     * a run ends, however it ends.
     */
    @Override
    public void endRun() {
        synchronized (lexerLock) {
            releaseLexer();
        }
    }

    /** Lexers this kernel has opened so far (one per run, plus one after each GPU failure that is followed by another call). */
    public int lexersOpened() {
        return lexersOpened.get();
    }

    /** Whether this kernel holds an open lexer now (between the calls of a run). */
    public boolean holdsLexer() {
        synchronized (lexerLock) {
            return lexer != null;
        }
    }

    /** The run's lexer, opened on its first call: a context and a program build cost seconds on some drivers. */
    private OpenClLexer lexer() {
        if (lexer == null) {
            lexer = OpenClLexer.open(device, settingsForThisCall());
            lexersOpened.incrementAndGet();
            current = lexer;
        }
        return lexer;
    }

    private void releaseLexer() {
        OpenClLexer l = lexer;
        if (l == null) {
            return;
        }
        lexer = null;
        current = null;
        subBatchesBefore.addAndGet(l.subBatchesDone());
        l.close();
    }

    /**
     * The settings for the next lexer opened: an injected {@code after=N} fault counts the sub-batches of
     * every lexer released so far (the run's lexer counts its own across the calls it serves; a shared
     * queue calls this kernel once per sub-batch it hands out), so it fires after N sub-batches of the
     * run, not of each call or lexer; the other points fire once per lexer (the first call after opening
     * for {@code after=0}, the end of that call for {@code after=results}), and a failure releases it.
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
