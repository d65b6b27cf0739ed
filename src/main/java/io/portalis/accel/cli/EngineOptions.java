package io.portalis.accel.cli;

import picocli.CommandLine.Option;

/** Where {@code transpile} runs: {@code --engine local|spark}, {@code --master}, {@code --partitions}. */
final class EngineOptions {
    enum Engine { local, spark }

    @Option(names = "--engine", paramLabel = "E", defaultValue = "local",
            description = "local (default): this process; spark: a Spark job (SRC and OUT may then be any Hadoop "
                    + "file system: file://, hdfs://, s3a://, ...). See the README, \"Scale out with Spark\".")
    Engine engine = Engine.local;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master (local[4], spark://host:7077, yarn, k8s://...); "
                    + "default: the one spark-submit set, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "N",
            description = "With --engine spark: Spark tasks to split the files into, balanced by bytes "
                    + "(default: four per task slot, and at most 200 files per task).")
    Integer partitions;

    boolean spark() {
        return engine == Engine.spark;
    }
}
