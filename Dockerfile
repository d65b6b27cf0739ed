# portalis-accel in a container.
#
#   docker build -t portalis-accel .
#   docker run --rm -v "$PWD/examples:/in:ro" -v "$PWD/out:/out" portalis-accel transpile /in -o /out
#
# The runtime image carries the OpenCL ICD loader and POCL (a CPU OpenCL device), so the OpenCL
# path can run without a GPU: add -e PORTALIS_OPENCL_CPU=1 to let it use POCL's CPU device.
# With an NVIDIA GPU (NVIDIA Container Toolkit installed on the host):
#   docker run --rm --gpus all -v "$PWD/examples:/in:ro" -v "$PWD/out:/out" portalis-accel transpile /in -o /out --strategy gpu
# The toolkit mounts the driver's libnvidia-opencl.so.1, which the nvidia.icd entry below registers.
# `docker run --rm --gpus all portalis-accel devices` shows what the container sees.

# ---- build: the Maven wrapper, tests skipped (CI runs them with .ci/run) ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

# ---- run: a JRE with the OpenCL loader and POCL ----
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends ocl-icd-libopencl1 pocl-opencl-icd clinfo \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /etc/OpenCL/vendors \
 && echo "libnvidia-opencl.so.1" > /etc/OpenCL/vendors/nvidia.icd
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility
COPY --from=build /src/target/portalis-accel.jar /opt/portalis-accel/portalis-accel.jar
COPY examples /opt/portalis-accel/examples
WORKDIR /work
ENTRYPOINT ["java", "-jar", "/opt/portalis-accel/portalis-accel.jar"]
CMD ["--help"]
