package org.ccgsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ReplicationSeedsTest {
    @Test
    void baselineReplicationSeedsArePinned() {
        // the seeds written in monthly.csv of the golden master (scenario seed 20130401): the low 53 bits of
        // SplitMix64's -1139808368586224372 and -5688977643474122724
        assertEquals(4105936765881612L, ReplicationSeeds.seed(20130401L, 0));
        assertEquals(3572285522184220L, ReplicationSeeds.seed(20130401L, 1));
    }

    @Test
    void replicationKIsTheLow53BitsOfTheKthDrawOfSplitMix64FromTheScenarioSeed() {
        // SplittableRandom is SplitMix64: the low 53 bits of its k-th nextLong from the scenario seed are replication k's seed (as the manifest documents)
        for (long scenarioSeed : new long[] {0L, 1L, 20130401L, -7L}) {
            SplittableRandom reference = new SplittableRandom(scenarioSeed);
            for (int k = 0; k < 50; k++) assertEquals(reference.nextLong() & ReplicationSeeds.MAX_EXACT, ReplicationSeeds.seed(scenarioSeed, k), "k = " + k);
        }
    }
}
