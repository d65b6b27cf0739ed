#!/usr/bin/env bash
# Spark resource discovery script for portalis-accel's Spark engine. Spark runs it when an executor (or a
# standalone worker) starts, and gives each task one of the addresses it prints:
#   spark.executor.resource.gpu.discoveryScript=/path/to/bin/spark-gpu-discovery.sh
# It prints one line of JSON in Spark's format: {"name": "gpu", "addresses": ["0", "1"]}.
#
# An address is an OpenCL device index in the order of `portalis-accel devices` (platforms in order,
# each platform's devices in order), which is what a task opens. Found with, in this order:
#   1. PORTALIS_GPU_ADDRESSES=0,1   (set by hand)
#   2. clinfo --raw: the GPU and accelerator devices' indices (every device when PORTALIS_OPENCL_CPU=1,
#      so a CPU OpenCL device such as POCL can stand in for a GPU in tests)
#   3. nvidia-smi: the GPUs' indices (with only NVIDIA's OpenCL platform installed its devices come in
#      the same order for GPUs of one model)
# No device found: an empty address list, and Spark will not schedule GPU tasks on this executor.
set -euo pipefail

addresses=()
if [ -n "${PORTALIS_GPU_ADDRESSES:-}" ]; then
  IFS=, read -r -a addresses <<< "$PORTALIS_GPU_ADDRESSES"
elif command -v clinfo >/dev/null 2>&1 && raw="$(clinfo --raw 2>/dev/null)" \
    && printf '%s\n' "$raw" | grep -q 'CL_DEVICE_TYPE '; then
  index=0
  while read -r type; do
    case "$type" in
      *GPU*|*ACCELERATOR*) addresses+=("$index") ;;
      *) if [ "${PORTALIS_OPENCL_CPU:-0}" = "1" ]; then addresses+=("$index"); fi ;;
    esac
    index=$((index + 1))
  done < <(printf '%s\n' "$raw" | awk '$2 == "CL_DEVICE_TYPE" {print $3}')
elif command -v nvidia-smi >/dev/null 2>&1 && list="$(nvidia-smi --query-gpu=index --format=csv,noheader 2>/dev/null)"; then
  while read -r i; do
    if [ -n "$i" ]; then addresses+=("$(echo "$i" | tr -d ' ')"); fi
  done <<< "$list"
fi

json=""
for a in "${addresses[@]}"; do
  json="${json:+$json, }\"$a\""
done
printf '{"name": "gpu", "addresses": [%s]}\n' "$json"
