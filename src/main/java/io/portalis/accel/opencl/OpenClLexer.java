package io.portalis.accel.opencl;

import static org.jocl.CL.CL_COMPLETE;
import static org.jocl.CL.CL_EVENT_COMMAND_EXECUTION_STATUS;
import static org.jocl.CL.CL_KERNEL_WORK_GROUP_SIZE;
import static org.jocl.CL.CL_MEM_COPY_HOST_PTR;
import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clCreateCommandQueue;
import static org.jocl.CL.clCreateContext;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clFlush;
import static org.jocl.CL.clGetEventInfo;
import static org.jocl.CL.clGetKernelWorkGroupInfo;
import static org.jocl.CL.clGetProgramBuildInfo;
import static org.jocl.CL.clReleaseCommandQueue;
import static org.jocl.CL.clReleaseContext;
import static org.jocl.CL.clReleaseEvent;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseMemObject;
import static org.jocl.CL.clReleaseProgram;
import static org.jocl.CL.clSetKernelArg;

import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.LexerAutomaton;
import io.portalis.accel.python.lexer.Segments;
import io.portalis.accel.python.lexer.SourceText;
import io.portalis.accel.python.lexer.TokenAssembler;
import io.portalis.accel.strategy.GpuDriverError;
import io.portalis.accel.strategy.GpuFailureException;
import io.portalis.accel.strategy.GpuOutOfMemory;
import io.portalis.accel.strategy.GpuTimeout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_event;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenCL engine of the lexer: runs {@link LexerAutomaton}'s tables chunk-parallel over a whole
 * batch of files ({@code src/main/resources/opencl/lexer.cl}) and hands each file's segments to
 * the {@link TokenAssembler} the CPU engine uses too, so both give the same tokens.
 *
 * <p>The batch's file bodies are concatenated and run in sub-batches ("windows") sized to the
 * device (max allocation, free or global memory); a file may span windows, the automaton state is
 * carried across. Device buffers come from a {@link BufferPool} and are reused. Every OpenCL error
 * becomes a typed {@link GpuFailureException}; a wait that outlives the watchdog deadline is a
 * {@link GpuTimeout}. Not thread-safe: one batch at a time.
 */
public final class OpenClLexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenClLexer.class);
    private static final int S = LexerAutomaton.STATE_COUNT;
    private static final int NC = LexerAutomaton.CLASS_COUNT;
    private static final long MAX_WINDOW = 64L << 20;

    /**
     * @param chunkBytes  bytes per work item
     * @param windowBytes bytes per sub-batch; 0 sizes it to the device
     * @param timeout     the watchdog deadline for each device wait
     * @param fault       a fault to inject, or null
     */
    public record Settings(int chunkBytes, long windowBytes, Duration timeout, FaultInjection fault)
            implements java.io.Serializable {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

        public Settings {
            if (chunkBytes < 1) {
                throw new IllegalArgumentException("chunkBytes < 1");
            }
            if (windowBytes < 0) {
                throw new IllegalArgumentException("windowBytes < 0");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
        }

        public static Settings defaults() {
            return new Settings(2048, 0, DEFAULT_TIMEOUT, null);
        }

        public Settings withFault(FaultInjection f) {
            return new Settings(chunkBytes, windowBytes, timeout, f);
        }

        public Settings withTimeout(Duration t) {
            return new Settings(chunkBytes, windowBytes, t, fault);
        }

        public Settings withChunk(int chunk, long window) {
            return new Settings(chunk, window, timeout, fault);
        }
    }

    /** Receives each file's tokens as soon as its last sub-batch is done. */
    @FunctionalInterface
    public interface Listener {
        void lexed(int index, LexResult result, long nanos);
    }

    private final OpenClDevice device;
    private final Settings settings;
    private final cl_context context;
    private final cl_command_queue queue;
    private cl_program program;
    private final cl_kernel chunkMaps;
    private final cl_kernel chunkStarts;
    private final cl_kernel countMarks;
    private final cl_kernel scanCounts;
    private final cl_kernel writeMarks;
    private final cl_mem clsBuf;
    private final cl_mem nextBuf;
    private final cl_mem markBuf;
    private final BufferPool pool;
    private final int groupSize;
    private final long window;
    private int subBatchesDone;
    private boolean faultFired;
    private boolean broken;

    /** Sub-batches this lexer has completed so far. */
    public int subBatchesDone() {
        return subBatchesDone;
    }

    private OpenClLexer(OpenClDevice device, Settings settings) {
        this.device = device;
        this.settings = settings;
        cl_device_id[] devs = {device.device()};
        org.jocl.cl_context_properties props = new org.jocl.cl_context_properties();
        props.addProperty(CL.CL_CONTEXT_PLATFORM, device.platform());
        context = clCreateContext(props, 1, devs, null, null, null);
        queue = clCreateCommandQueue(context, device.device(), 0, null);
        program = build(devs);
        chunkMaps = clCreateKernel(program, "chunk_maps", null);
        chunkStarts = clCreateKernel(program, "chunk_starts", null);
        countMarks = clCreateKernel(program, "count_marks", null);
        scanCounts = clCreateKernel(program, "scan_counts", null);
        writeMarks = clCreateKernel(program, "write_marks", null);
        LexerAutomaton a = LexerAutomaton.get();
        int[] table = a.transitions();
        byte[] next = new byte[table.length];
        byte[] mark = new byte[table.length];
        for (int i = 0; i < table.length; i++) {
            next[i] = (byte) (table[i] & 0xFF);
            mark[i] = (byte) (table[i] >>> 8);
        }
        clsBuf = constBuffer(a.byteClasses());
        nextBuf = constBuffer(next);
        markBuf = constBuffer(mark);
        pool = new BufferPool(context, device.info().maxAllocationBytes());
        groupSize = (int) Math.min(256, Math.min(workGroupSize(chunkStarts), workGroupSize(scanCounts)));
        window = windowSize(device, settings);
        LOG.debug("OpenCL lexer on {}: window {} bytes, chunk {} bytes, group {}", device.info().name(), window,
                settings.chunkBytes(), groupSize);
    }

    /** Sets up the context, queue and kernels on {@code device}; a typed failure when it cannot. */
    public static OpenClLexer open(OpenClDevice device, Settings settings) {
        try {
            return new OpenClLexer(device, settings);
        } catch (CLException e) {
            throw ClFailures.exception(e, "setting up OpenCL on " + device.info().name());
        }
    }

    public OpenClDevice device() {
        return device;
    }

    /** Bytes per sub-batch. */
    public long windowBytes() {
        return window;
    }

    /** Device memory this process holds through this lexer. */
    public long bytesHeld() {
        return pool.bytesHeld() + 256 + 2L * S * NC;
    }

    static long windowSize(OpenClDevice device, Settings settings) {
        long chunk = settings.chunkBytes();
        long w;
        if (settings.windowBytes() > 0) {
            w = settings.windowBytes();
        } else {
            long global = device.info().globalMemoryBytes();
            Long free = device.info().freeMemoryBytes();
            long budget = Math.min(global, free == null ? global : free) / 2;
            w = Math.min(Math.min(device.info().maxAllocationBytes() / 4, budget / 6), MAX_WINDOW);
        }
        w = Math.max(chunk, w / chunk * chunk);
        return Math.min(w, (Integer.MAX_VALUE / 4) / chunk * chunk);
    }

    /**
     * Compiles the kernels. A failed build is retried twice: driver kernel caches shared between
     * processes (POCL's ~/.cache/pocl/kcache) can fail one build transiently when another process
     * compiles the same program at the same moment; a real compile error fails all three times.
     */
    private cl_program build(cl_device_id[] devs) {
        String options = "-D S=" + S + " -D NC=" + NC + " -D START=" + LexerAutomaton.START;
        String source = kernelSource();
        for (int attempt = 1; ; attempt++) {
            program = clCreateProgramWithSource(context, 1, new String[] {source}, null, null);
            try {
                clBuildProgram(program, 1, devs, options, null, null);
                return program;
            } catch (CLException e) {
                String log = buildLog(devs[0]);
                if (attempt >= 3) {
                    throw new GpuFailureException(new GpuDriverError("the lexer kernels do not build on "
                            + device.info().name() + ": " + e.getMessage() + "\n" + log), e);
                }
                LOG.debug("kernel build attempt {} failed, retrying: {}", attempt, log);
                clReleaseProgram(program);
                LockSupport.parkNanos(100_000_000L * attempt);
            }
        }
    }

    private static String kernelSource() {
        try (InputStream in = OpenClLexer.class.getResourceAsStream("/opencl/lexer.cl")) {
            if (in == null) {
                throw new IllegalStateException("opencl/lexer.cl missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String buildLog(cl_device_id d) {
        try {
            long[] size = new long[1];
            clGetProgramBuildInfo(program, d, CL_PROGRAM_BUILD_LOG, 0, null, size);
            byte[] buf = new byte[(int) size[0]];
            clGetProgramBuildInfo(program, d, CL_PROGRAM_BUILD_LOG, buf.length, Pointer.to(buf), null);
            return new String(buf, StandardCharsets.UTF_8).trim();
        } catch (CLException e) {
            return "(no build log: " + e.getMessage() + ")";
        }
    }

    private long workGroupSize(cl_kernel k) {
        long[] v = new long[1];
        clGetKernelWorkGroupInfo(k, device.device(), CL_KERNEL_WORK_GROUP_SIZE, Sizeof.size_t, Pointer.to(v), null);
        return Math.max(1, v[0]);
    }

    private cl_mem constBuffer(byte[] data) {
        return clCreateBuffer(context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR, data.length, Pointer.to(data), null);
    }

    /** Lexes every file; results in input order. */
    public List<LexResult> lex(List<byte[]> files) {
        LexResult[] out = new LexResult[files.size()];
        lexBatch(files, (i, r, nanos) -> out[i] = r);
        return List.of(out);
    }

    /**
     * Lexes a batch, calling {@code listener} for each file (in order) as soon as it is done.
     *
     * @throws GpuFailureException on a typed GPU failure; files already handed on stay done
     */
    public synchronized void lexBatch(List<byte[]> files, Listener listener) {
        if (broken) {
            throw new GpuFailureException(new GpuDriverError("the OpenCL lexer on " + device.info().name()
                    + " is unusable after an earlier failure"));
        }
        try {
            run(files, listener);
        } catch (CLException e) {
            broken = true;
            throw ClFailures.exception(e, "OpenCL lexing on " + device.info().name());
        } catch (GpuFailureException e) {
            broken = true;
            throw e;
        } catch (OutOfMemoryError e) {
            broken = true;
            throw new GpuFailureException(new GpuOutOfMemory("host memory exhausted staging a sub-batch for "
                    + device.info().name() + ": " + e.getMessage()), e);
        }
    }

    private void run(List<byte[]> files, Listener listener) {
        int n = files.size();
        SourceText[] texts = new SourceText[n];
        long[] streamStart = new long[n + 1];
        long total = 0;
        for (int f = 0; f < n; f++) {
            byte[] src = files.get(f);
            texts[f] = SourceText.of(src);
            streamStart[f] = total;
            total += src.length - texts[f].bodyStart();
        }
        streamStart[n] = total;
        long window = faultWindow(this.window, total);
        maybeFault(false);
        Segments.Builder[] builders = new Segments.Builder[n];
        long[] nanos = new long[n];
        int nextDone = 0;
        int carry = LexerAutomaton.START;
        long ws = 0;
        byte[] staging = new byte[(int) Math.min(window, Math.max(total, 1))];
        do {
            long t0 = System.nanoTime();
            long we = Math.min(ws + window, total);
            int len = (int) (we - ws);
            // the files that have bytes in [ws, we); every file before nextDone is done
            List<Integer> inWindow = new ArrayList<>();
            for (int f = nextDone; f < n && streamStart[f] < we; f++) {
                if (streamStart[f + 1] > streamStart[f] && streamStart[f + 1] > ws) {
                    inWindow.add(f);
                }
            }
            int k = inWindow.size();
            int[] relStart = new int[k];
            int[] relEnd = new int[k];
            for (int j = 0; j < k; j++) {
                int f = inWindow.get(j);
                relStart[j] = (int) Math.max(streamStart[f] - ws, Integer.MIN_VALUE / 2);
                relEnd[j] = (int) Math.min(streamStart[f + 1] - ws, Integer.MAX_VALUE / 2);
                long from = Math.max(streamStart[f], ws);
                long to = Math.min(streamStart[f + 1], we);
                int srcOff = (int) (from - streamStart[f]) + texts[f].bodyStart();
                System.arraycopy(files.get(f), srcOff, staging, (int) (from - ws), (int) (to - from));
            }
            WindowResult wr = len == 0 ? null : runWindow(staging, len, relStart, relEnd, carry);
            if (wr != null) {
                carry = wr.endState;
                int m = 0;
                for (int j = 0; j < k; j++) {
                    int f = inWindow.get(j);
                    if (builders[f] == null) {
                        builders[f] = new Segments.Builder(Math.max(16, (int) ((streamStart[f + 1] - streamStart[f]) / 4)));
                    }
                    int base = texts[f].bodyStart() - (int) (streamStart[f] - ws);
                    while (m < wr.count && wr.positions[m] < relEnd[j]) {
                        builders[f].add(wr.positions[m] + base, wr.kinds[m]);
                        m++;
                    }
                    long share = Math.min(streamStart[f + 1], we) - Math.max(streamStart[f], ws);
                    nanos[f] += (System.nanoTime() - t0) * share / Math.max(1, len);
                }
            }
            // hand on every file that ends in this window (and empty ones on the way)
            while (nextDone < n && streamStart[nextDone + 1] <= we) {
                int f = nextDone;
                long a0 = System.nanoTime();
                int finalState = LexerAutomaton.START;
                if (streamStart[f + 1] > streamStart[f]) {
                    int j = inWindow.indexOf(f);
                    finalState = wr.finals[j] & 0xFF;
                }
                Segments segs = builders[f] == null ? new Segments.Builder(0).build(finalState)
                        : builders[f].build(finalState);
                builders[f] = null;
                LexResult r = TokenAssembler.assemble(files.get(f), texts[f], segs);
                listener.lexed(f, r, nanos[f] + System.nanoTime() - a0);
                nextDone++;
            }
            ws = we;
            if (len > 0) {
                subBatchesDone++;
                if (ws < total) {
                    maybeFault(false);
                }
            }
        } while (ws < total || nextDone < n);
        maybeFault(true);
    }

    private record WindowResult(int count, int[] positions, byte[] kinds, byte[] finals, int endState) {}

    private WindowResult runWindow(byte[] staging, int n, int[] relStart, int[] relEnd, int initState) {
        int chunk = settings.chunkBytes();
        int chunks = (n + chunk - 1) / chunk;
        int files = relStart.length;
        cl_mem src = pool.get("src", n, CL_MEM_READ_ONLY);
        cl_mem starts = pool.get("file_start", 4L * Math.max(1, files), CL_MEM_READ_ONLY);
        cl_mem ends = pool.get("file_end", 4L * Math.max(1, files), CL_MEM_READ_ONLY);
        cl_mem maps = pool.get("maps", (long) chunks * S, CL_MEM_READ_WRITE);
        cl_mem state = pool.get("chunk_state", chunks + 1L, CL_MEM_READ_WRITE);
        cl_mem counts = pool.get("counts", 4L * chunks, CL_MEM_READ_WRITE);
        cl_mem offsets = pool.get("offsets", 4L * (chunks + 1), CL_MEM_READ_WRITE);
        clEnqueueWriteBuffer(queue, src, CL_TRUE, 0, n, Pointer.to(staging), 0, null, null);
        if (files > 0) {
            clEnqueueWriteBuffer(queue, starts, CL_TRUE, 0, 4L * files, Pointer.to(relStart), 0, null, null);
            clEnqueueWriteBuffer(queue, ends, CL_TRUE, 0, 4L * files, Pointer.to(relEnd), 0, null, null);
        }
        long[] global = {chunks};
        long[] group = {groupSize};

        args(chunkMaps, src, n, chunk, clsBuf, nextBuf, starts, files, maps);
        clEnqueueNDRangeKernel(queue, chunkMaps, 1, null, global, null, 0, null, null);
        args(chunkStarts, maps, chunks, initState, state);
        clSetKernelArg(chunkStarts, 4, (long) groupSize * S, null);
        clSetKernelArg(chunkStarts, 5, groupSize, null);
        clEnqueueNDRangeKernel(queue, chunkStarts, 1, null, group, group, 0, null, null);
        args(countMarks, src, n, chunk, clsBuf, nextBuf, markBuf, starts, files, state, counts);
        clEnqueueNDRangeKernel(queue, countMarks, 1, null, global, null, 0, null, null);
        args(scanCounts, counts, chunks, offsets);
        clSetKernelArg(scanCounts, 3, 4L * groupSize, null);
        cl_event scanned = new cl_event();
        clEnqueueNDRangeKernel(queue, scanCounts, 1, null, group, group, 0, null, scanned);
        await(scanned, "counting tokens");
        int[] total = new int[1];
        byte[] endState = new byte[1];
        clEnqueueReadBuffer(queue, offsets, CL_TRUE, 4L * chunks, 4, Pointer.to(total), 0, null, null);
        clEnqueueReadBuffer(queue, state, CL_TRUE, chunks, 1, Pointer.to(endState), 0, null, null);

        int m = total[0];
        cl_mem positions = pool.get("positions", 4L * m, CL_MEM_READ_WRITE);
        cl_mem kinds = pool.get("kinds", m, CL_MEM_READ_WRITE);
        cl_mem finals = pool.get("file_final", Math.max(1, files), CL_MEM_READ_WRITE);
        args(writeMarks, src, n, chunk, clsBuf, nextBuf, markBuf, starts, ends, files, state, offsets, positions,
                kinds, finals);
        cl_event written = new cl_event();
        clEnqueueNDRangeKernel(queue, writeMarks, 1, null, global, null, 0, null, written);
        await(written, "marking tokens");
        int[] pos = new int[m];
        byte[] kind = new byte[m];
        byte[] fin = new byte[files];
        if (m > 0) {
            clEnqueueReadBuffer(queue, positions, CL_TRUE, 0, 4L * m, Pointer.to(pos), 0, null, null);
            clEnqueueReadBuffer(queue, kinds, CL_TRUE, 0, m, Pointer.to(kind), 0, null, null);
        }
        if (files > 0) {
            clEnqueueReadBuffer(queue, finals, CL_TRUE, 0, files, Pointer.to(fin), 0, null, null);
        }
        return new WindowResult(m, pos, kind, fin, endState[0] & 0xFF);
    }

    private static void args(cl_kernel k, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof cl_mem mem) {
                clSetKernelArg(k, i, Sizeof.cl_mem, Pointer.to(mem));
            } else {
                clSetKernelArg(k, i, Sizeof.cl_int, Pointer.to(new int[] {(Integer) v}));
            }
        }
    }

    /** The watchdog: waits for {@code event} until the deadline, then gives up with a timeout. */
    private void await(cl_event event, String what) {
        await(event, what, System.nanoTime() + settings.timeout().toNanos());
    }

    private void await(cl_event event, String what, long deadline) {
        try {
            clFlush(queue);
            int[] status = new int[1];
            long pause = 20_000;
            while (true) {
                if (System.nanoTime() - deadline >= 0) {
                    throw new GpuFailureException(new GpuTimeout(what + " on " + device.info().name()
                            + " did not finish within the --gpu-timeout of " + settings.timeout().toMillis() + " ms"));
                }
                clGetEventInfo(event, CL_EVENT_COMMAND_EXECUTION_STATUS, Sizeof.cl_int, Pointer.to(status), null);
                if (status[0] == CL_COMPLETE) {
                    return;
                }
                if (status[0] < 0) {
                    throw new GpuFailureException(ClFailures.of(status[0], what + " on " + device.info().name()));
                }
                LockSupport.parkNanos(pause);
                pause = Math.min(pause * 2, 2_000_000);
            }
        } finally {
            clReleaseEvent(event);
        }
    }

    /**
     * The sub-batch size for a batch of {@code total} bytes: the device's, but with a fault injected
     * {@code after=N} sub-batches, small enough that the batch has more than N of them, so that the
     * fault fires with files left to move (a batch that fits one device-sized sub-batch would otherwise
     * be all done before the fault could fire).
     */
    private long faultWindow(long deviceWindow, long total) {
        FaultInjection f = settings.fault();
        if (f == null || f.after() == 0 || f.after() == FaultInjection.AFTER_RESULTS || total <= f.after()) {
            return deviceWindow;
        }
        long parts = f.after() + 1L;
        return Math.min(deviceWindow, Math.max(1, (total + parts - 1) / parts));
    }

    /** Fires the injected fault when its point has come: after N sub-batches, or at the end. */
    private void maybeFault(boolean atEnd) {
        FaultInjection f = settings.fault();
        if (f == null || faultFired) {
            return;
        }
        boolean due = atEnd || (f.after() != FaultInjection.AFTER_RESULTS && subBatchesDone >= f.after());
        if (!due) {
            return;
        }
        faultFired = true;
        String tag = "injected fault (--inject-gpu-fault " + f + ")";
        LOG.debug("{} fires after {} sub-batches", tag, subBatchesDone);
        switch (f.kind()) {
            case OOM -> {
                long tooBig = Math.max(device.info().maxAllocationBytes(), 1L) + 1;
                try {
                    cl_mem mem = clCreateBuffer(context, CL_MEM_READ_WRITE, tooBig, null, null);
                    clReleaseMemObject(mem); // a driver that allocates lazily: report it as refused anyway
                    throw new GpuFailureException(ClFailures.of(CL.CL_INVALID_BUFFER_SIZE, tag));
                } catch (CLException e) {
                    throw ClFailures.exception(e, tag + ": allocating " + tooBig + " bytes");
                }
            }
            case DRIVER -> {
                try {
                    clSetKernelArg(chunkMaps, 99, Sizeof.cl_int, Pointer.to(new int[1]));
                    throw new GpuFailureException(ClFailures.of(CL.CL_INVALID_ARG_INDEX, tag));
                } catch (CLException e) {
                    throw ClFailures.exception(e, tag + ": setting kernel argument 99");
                }
            }
            case UNAVAILABLE -> throw new GpuFailureException(ClFailures.of(CL.CL_DEVICE_NOT_AVAILABLE, tag));
            case TIMEOUT -> {
                cl_mem counts = pool.get("counts", 4, CL_MEM_READ_WRITE);
                cl_mem offsets = pool.get("offsets", 8, CL_MEM_READ_WRITE);
                args(scanCounts, counts, 0, offsets);
                clSetKernelArg(scanCounts, 3, 4L * groupSize, null);
                cl_event ev = new cl_event();
                long[] group = {groupSize};
                clEnqueueNDRangeKernel(queue, scanCounts, 1, null, group, group, 0, null, ev);
                await(ev, tag + ": a kernel", System.nanoTime() - 1);
            }
            default -> throw new IllegalStateException();
        }
    }

    @Override
    public void close() {
        try {
            pool.close();
            for (cl_mem m : new cl_mem[] {clsBuf, nextBuf, markBuf}) {
                clReleaseMemObject(m);
            }
            for (cl_kernel k : new cl_kernel[] {chunkMaps, chunkStarts, countMarks, scanCounts, writeMarks}) {
                clReleaseKernel(k);
            }
            clReleaseProgram(program);
            clReleaseCommandQueue(queue);
            clReleaseContext(context);
        } catch (CLException e) {
            LOG.debug("releasing OpenCL objects: {}", e.getMessage());
        }
    }
}
