/**
 * The Spark engine: {@code transpile --engine spark}.
 *
 * <p>The driver ({@link io.portalis.accel.spark.SparkTranspiler}) walks SRC with the local walk's rules
 * ({@link io.portalis.accel.spark.SourceListing}), splits the files into partitions balanced by bytes
 * ({@link io.portalis.accel.spark.PartitionPlanner}), and runs one Spark task per partition. A task
 * ({@link io.portalis.accel.spark.PartitionTask}) runs the CLI's own recipe
 * ({@link io.portalis.accel.transpile.BatchSettings}: the pipeline under the strategy manager) on the
 * OpenCL device at the GPU address Spark assigned it ({@link io.portalis.accel.spark.GpuAssignment}),
 * reading and writing in place on a local file system, or through Hadoop's FileSystem API with a local
 * scratch folder elsewhere ({@code HadoopStaging}). Its results come back as the strategy and
 * transpile records themselves, and {@code ReportMerger} makes the one report: the local schema plus
 * {@code engine}, {@code master} and {@code tasks}.
 *
 * <p>Exactly once: outputs are renamed into place and the same bytes whatever the attempt, and the
 * report takes each partition from the one attempt Spark accepted. A file that fails is a failed
 * file; a task that throws is retried by Spark; a cancelled job (SIGINT on the driver) still reports.
 *
 * <p>Spark is a provided dependency: nothing outside this package and {@code cli.SparkRun} loads it.
 */
package io.portalis.accel.spark;
