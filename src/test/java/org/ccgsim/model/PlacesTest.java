package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.ccgsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Practices in places: localities are areas, peers are neighbours, and the peer pull makes engagement cluster. */
class PlacesTest {

    private static double distanceSq(PracticeMap map, int i, int j) {
        double dx = map.x(i) - map.x(j), dy = map.y(i) - map.y(j);
        return dx * dx + dy * dy;
    }

    @Test
    void everyPracticeBelongsToTheLocalityWhoseCentreIsNearestSoLocalitiesAreContiguousAreas() {
        PracticeMap map = PracticeMap.lay(new MersenneTwisterFast(7), 120, 4, 5);
        int[] size = new int[4];
        for (int i = 0; i < 120; i++) {
            int own = map.localityOf(i);
            size[own]++;
            for (int l = 0; l < map.localities(); l++) {
                assertTrue(distanceSq(map, i, map.centreOf(own)) <= distanceSq(map, i, map.centreOf(l)),
                        "practice " + i + " is nearer locality " + l + "'s centre than its own");
            }
        }
        for (int l = 0; l < 4; l++) assertTrue(size[l] >= 10, "locality " + l + " has " + size[l] + " of 120 practices");
    }

    @Test
    void aPracticesPeersAreItsKNearestPractices() {
        PracticeMap map = PracticeMap.lay(new MersenneTwisterFast(11), 60, 3, 5);
        for (int i = 0; i < 60; i++) {
            int[] peers = map.peersOf(i);
            assertEquals(5, peers.length);
            double farthestPeer = 0;
            for (int j : peers) farthestPeer = Math.max(farthestPeer, distanceSq(map, i, j));
            for (int j = 0; j < 60; j++) {
                boolean peer = false;
                for (int q : peers) peer |= q == j;
                if (j != i && !peer) assertTrue(distanceSq(map, i, j) >= farthestPeer, "practice " + j + " is nearer " + i + " than a peer");
            }
        }
    }

    @Test
    void moransIIsPositiveWhenPeersAreAlikeAndNegativeWhenTheyDiffer() {
        PracticeMap map = PracticeMap.lay(new MersenneTwisterFast(3), 100, 2, 4);
        double[] byPlace = new double[100];
        double[] alternating = new double[100];
        double meanPlace = 0;
        for (int i = 0; i < 100; i++) {
            byPlace[i] = map.x(i) / map.side;
            meanPlace += byPlace[i] / 100;
        }
        assertTrue(map.moransI(byPlace, 100, meanPlace) > 0.5, "a west-east gradient clusters");
        // each practice unlike its nearest peer: assign by a 2-colouring of the nearest-peer pairs where possible
        java.util.Arrays.fill(alternating, -1);
        for (int i = 0; i < 100; i++) {
            if (alternating[i] >= 0) continue;
            alternating[i] = 0;
            int nearest = map.peersOf(i)[0];
            if (alternating[nearest] < 0) alternating[nearest] = 1;
        }
        double mean = 0;
        for (double v : alternating) mean += v / 100;
        assertTrue(map.moransI(alternating, 100, mean) < map.moransI(byPlace, 100, meanPlace));
        double[] flat = new double[100];
        java.util.Arrays.fill(flat, 0.4);
        assertEquals(0, map.moransI(flat, 100, 0.4));
    }

    @Test
    void practicesAreOnTheMasonFieldAndLinkedToTheirPeers() throws Exception {
        Scenario baseline = ModelRuns.load("baseline");
        baseline.months = 1;
        HealthEconomy economy = ModelRuns.run(baseline, 0, null);
        Ccg ccg = economy.ccgs()[0];
        Practice p = ccg.practices()[10];
        assertEquals(p.getX(), ccg.map().space().getObjectLocation(p).x);
        assertEquals(baseline.practice.peers, ccg.map().peerNetwork().getEdgesOut(p).numObjs);
    }

    /** Moran's I and the spread of locality means at month 59, summed over replications. */
    private static double[] clustering(Scenario scenario, int replications) {
        double moran = 0, localitySpread = 0;
        for (int r = 0; r < replications; r++) {
            HealthEconomy economy = ModelRuns.run(scenario, r, null);
            Ccg ccg = economy.ccgs()[0];
            moran += ccg.month.engagementMoransI;
            double lo = 1, hi = 0;
            for (double m : ccg.localityMean) { lo = Math.min(lo, m); hi = Math.max(hi, m); }
            localitySpread += hi - lo;
        }
        return new double[] {moran / replications, localitySpread / replications};
    }

    @Test
    void withThePeerPullEngagementClustersOnTheMapAndLocalitiesDiffer() throws Exception {
        Scenario on = ModelRuns.load("baseline");
        Scenario off = ModelRuns.load("baseline");
        off.practice.aPeer = 0;
        double[] pulled = clustering(on, 16);
        double[] apart = clustering(off, 16);
        assertTrue(pulled[0] > apart[0] + 0.03, "Moran's I with pull " + pulled[0] + " vs without " + apart[0]);
        assertTrue(pulled[1] > 0.03, "localities' mean engagement differ: widest gap " + pulled[1]);
    }
}
