package io.portalis.accel.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Splits the walk's files into Spark partitions balanced by bytes: the largest file first, each into
 * the partition holding the fewest bytes so far (greedy longest-processing-time, within 4/3 of the
 * best possible largest partition). Ties go to the lower partition number and the earlier file, so a
 * plan is a pure function of the files and the partition count. Inside a partition the files keep
 * the walk's order.
 */
public final class PartitionPlanner {
    private PartitionPlanner() {}

    /**
     * @param files      the walk's files, in walk order
     * @param partitions how many partitions are wanted; fewer come back when there are fewer files,
     *                   and none when there is no file
     */
    public static List<PartitionInput> plan(List<PlannedFile> files, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
        }
        int n = Math.min(partitions, files.size());
        List<List<PlannedFile>> parts = new ArrayList<>();
        long[] bytes = new long[n];
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.<Integer>comparingLong(p -> bytes[p]).thenComparingInt(p -> p));
        for (int p = 0; p < n; p++) {
            parts.add(new ArrayList<>());
            lightest.add(p);
        }
        List<PlannedFile> largestFirst = new ArrayList<>(files);
        largestFirst.sort(Comparator.comparingLong(PlannedFile::size).reversed().thenComparingInt(PlannedFile::index));
        for (PlannedFile f : largestFirst) {
            int p = lightest.poll();
            parts.get(p).add(f);
            bytes[p] += f.size();
            lightest.add(p);
        }
        List<PartitionInput> out = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            List<PlannedFile> inOrder = new ArrayList<>(parts.get(p));
            inOrder.sort(Comparator.comparingInt(PlannedFile::index));
            out.add(new PartitionInput(p, inOrder));
        }
        return out;
    }
}
