package io.portalis.accel.opencl;

import io.portalis.accel.strategy.GpuDriverError;
import io.portalis.accel.strategy.GpuFailure;
import io.portalis.accel.strategy.GpuFailureException;
import io.portalis.accel.strategy.GpuOutOfMemory;
import io.portalis.accel.strategy.GpuUnavailable;
import org.jocl.CL;
import org.jocl.CLException;

/** OpenCL status codes to the typed GPU failures of DESIGN.md. */
public final class ClFailures {
    private ClFailures() {}

    public static GpuFailure of(int status, String what) {
        String message = what + ": " + CL.stringFor_errorCode(status) + " (" + status + ")";
        return switch (status) {
            case CL.CL_MEM_OBJECT_ALLOCATION_FAILURE, CL.CL_OUT_OF_RESOURCES, CL.CL_OUT_OF_HOST_MEMORY,
                    CL.CL_INVALID_BUFFER_SIZE -> new GpuOutOfMemory(message);
            case CL.CL_DEVICE_NOT_FOUND, CL.CL_DEVICE_NOT_AVAILABLE, -1001 /* CL_PLATFORM_NOT_FOUND_KHR */ ->
                    new GpuUnavailable(message);
            default -> new GpuDriverError(message);
        };
    }

    public static GpuFailureException exception(CLException e, String what) {
        return new GpuFailureException(of(e.getStatus(), what), e);
    }
}
