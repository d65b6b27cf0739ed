package io.portalis.accel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartitionPlannerTest {
    private static List<PlannedFile> files(long... sizes) {
        List<PlannedFile> out = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            out.add(new PlannedFile(i, "file:/src/f" + i + ".py", "f" + i + ".py", sizes[i]));
        }
        return out;
    }

    private static List<Long> loads(List<PartitionInput> plan) {
        return plan.stream().map(PartitionInput::bytes).toList();
    }

    @Test
    void largestFirstIntoTheLightestPartition() {
        // largest first: 9 → p0, 8 → p1, 7 → p2; then 3 → p2 (at 7), 2 (file 0) → p1 (at 8), 2 (file 5) → p0 (at 9)
        List<PartitionInput> plan = PartitionPlanner.plan(files(2, 9, 3, 8, 7, 2), 3);
        assertEquals(List.of(11L, 10L, 10L), loads(plan));
        assertEquals(List.of(1, 5), plan.get(0).files().stream().map(PlannedFile::index).toList());
        assertEquals(List.of(0, 3), plan.get(1).files().stream().map(PlannedFile::index).toList(),
                "inside a partition the files keep the walk's order");
    }

    @Test
    void everyFileExactlyOnceAndNoMorePartitionsThanFiles() {
        assertEquals(2, PartitionPlanner.plan(files(5, 5), 8).size());
        assertEquals(0, PartitionPlanner.plan(files(), 8).size());
        Random random = new Random(7);
        long[] sizes = new long[500];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 1 + random.nextInt(100_000);
        }
        List<PartitionInput> plan = PartitionPlanner.plan(files(sizes), 16);
        List<Integer> seen = new ArrayList<>();
        plan.forEach(p -> p.files().forEach(f -> seen.add(f.index())));
        seen.sort(Integer::compare);
        assertEquals(sizes.length, seen.size());
        for (int i = 0; i < sizes.length; i++) {
            assertEquals(i, seen.get(i));
        }
        long max = loads(plan).stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = loads(plan).stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(max - min <= 100_000, "LPT leaves partitions within one file of each other: " + loads(plan));
        assertEquals(plan, PartitionPlanner.plan(files(sizes), 16), "a plan is a pure function of its input");
    }
}
