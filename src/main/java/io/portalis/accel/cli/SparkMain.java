package io.portalis.accel.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class for {@code spark-submit}: {@code spark-submit --class io.portalis.accel.cli.SparkMain
 * portalis-accel.jar SRC -o OUT [transpile options]} runs {@code transpile --engine spark} with the
 * master and resources spark-submit configured.
 */
public final class SparkMain {
    private SparkMain() {}

    public static void main(String[] args) {
        List<String> argv = new ArrayList<>();
        argv.add("transpile");
        argv.addAll(Arrays.asList(args));
        argv.add("--engine");
        argv.add("spark");
        System.exit(Main.run(argv.toArray(String[]::new)));
    }
}
