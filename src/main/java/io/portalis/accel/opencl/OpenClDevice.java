package io.portalis.accel.opencl;

import io.portalis.accel.hardware.GpuDevice;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * One OpenCL device: the JOCL handles and what it reports.
 *
 * @param index    its position in the listing ({@code devices}, {@code --device N})
 * @param platform the platform handle
 * @param device   the device handle
 * @param type     what kind of device it is
 * @param info     what it reports (names, memory, compute units, free memory when known)
 * @param pciBusId NVIDIA's PCI bus id ({@code domain:bus:device.0}) when the driver tells it, else null
 */
public record OpenClDevice(int index, cl_platform_id platform, cl_device_id device, DeviceType type, GpuDevice info,
                           String pciBusId) {

    /** OpenCL device types, in the order the GPU path prefers them. */
    public enum DeviceType {
        GPU, ACCELERATOR, CPU, OTHER;

        static DeviceType of(long bits) {
            if ((bits & org.jocl.CL.CL_DEVICE_TYPE_GPU) != 0) {
                return GPU;
            }
            if ((bits & org.jocl.CL.CL_DEVICE_TYPE_ACCELERATOR) != 0) {
                return ACCELERATOR;
            }
            if ((bits & org.jocl.CL.CL_DEVICE_TYPE_CPU) != 0) {
                return CPU;
            }
            return OTHER;
        }
    }
}
