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
#
# The runtime stage runs as the unprivileged user `portalis` (uid 10001); give it a writable output
# volume (or `--user "$(id -u)"`; POCL's kernel cache lives in /tmp, so any uid works). JOCL opens the unversioned libOpenCL.so, which the ICD loader package
# does not ship (only libOpenCL.so.1): the image links it once, in the linker cache, so every entry
# point finds it. The entry point is the launcher bin/portalis-accel, which uses the class-data (AppCDS)
# archive made here at build time. src/test/java/io/portalis/accel/cli/DockerfileTest.java checks all of this.

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
 && echo "libnvidia-opencl.so.1" > /etc/OpenCL/vendors/nvidia.icd \
 && so1="$(ldconfig -p | awk '/libOpenCL\.so\.1 /{print $NF; exit}')" \
 && test -n "$so1" \
 && ln -s "$so1" /usr/local/lib/libOpenCL.so \
 && ldconfig \
 && ldconfig -p | grep -q 'libOpenCL\.so '
ENV NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility \
    PORTALIS_NO_BUILD=1 \
    POCL_CACHE_DIR=/tmp/pocl-cache
COPY --from=build /src/target/portalis-accel.jar /opt/portalis-accel/target/portalis-accel.jar
COPY bin/portalis-accel /opt/portalis-accel/bin/portalis-accel
COPY examples /opt/portalis-accel/examples
# The launcher's one training run writes the class-data archive beside the jar; the build fails without it.
RUN /opt/portalis-accel/bin/portalis-accel --version \
 && test -s /opt/portalis-accel/target/portalis-accel.jsa
RUN useradd --system --uid 10001 --create-home --home-dir /home/portalis --shell /usr/sbin/nologin portalis \
 && mkdir -p /work \
 && chown portalis /work
USER portalis
WORKDIR /work
ENTRYPOINT ["/opt/portalis-accel/bin/portalis-accel"]
CMD ["--help"]
