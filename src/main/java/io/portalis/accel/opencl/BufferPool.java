package io.portalis.accel.opencl;

import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clReleaseMemObject;

import java.util.HashMap;
import java.util.Map;
import org.jocl.CLException;
import org.jocl.cl_context;
import org.jocl.cl_mem;

/**
 * Device buffers kept per role and reused across sub-batches and batches: a buffer is replaced
 * only when a larger one is needed (then rounded up to a power of two, within the device's
 * maximum allocation). Counts the bytes this process holds on the device.
 */
final class BufferPool implements AutoCloseable {
    private record Slot(cl_mem mem, long capacity) {}

    private final cl_context context;
    private final long maxAllocation;
    private final Map<String, Slot> slots = new HashMap<>();
    private long held;

    BufferPool(cl_context context, long maxAllocation) {
        this.context = context;
        this.maxAllocation = maxAllocation;
    }

    /** A buffer of at least {@code bytes} for {@code role}; throws CLException when the device refuses. */
    cl_mem get(String role, long bytes, long flags) {
        long need = Math.max(16, bytes);
        Slot s = slots.get(role);
        if (s != null && s.capacity >= need) {
            return s.mem;
        }
        if (s != null) {
            clReleaseMemObject(s.mem);
            held -= s.capacity;
            slots.remove(role);
        }
        long cap = Long.highestOneBit(need);
        if (cap < need) {
            cap <<= 1;
        }
        cap = Math.min(cap, Math.max(need, maxAllocation));
        cl_mem mem = clCreateBuffer(context, flags, cap, null, null);
        slots.put(role, new Slot(mem, cap));
        held += cap;
        return mem;
    }

    long bytesHeld() {
        return held;
    }

    @Override
    public void close() {
        for (Slot s : slots.values()) {
            try {
                clReleaseMemObject(s.mem);
            } catch (CLException e) {
                // releasing on a broken context: nothing more to do
            }
        }
        slots.clear();
        held = 0;
    }
}
