package org.ccgsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.ccgsim.scenario.Scenario;
import org.ccgsim.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What must hold every month of every shipped scenario. */
class InvariantsTest {

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void moneyIsConservedCountsStayNonNegativePatientsAreNeitherLostNorCreatedAndEngagementStaysInRange(Path file) throws Exception {
        Scenario scenario = ScenarioLoader.load(file).scenario();
        int[] months = {0};
        for (int replication = 0; replication < 2; replication++) {
            ModelRuns.run(scenario, replication, ModelRuns.monthly(economy -> {
                months[0]++;
                assertEquals(0, economy.ledger().total(), "ledger balances sum to zero");
                for (Practice p : economy.practices()) {
                    assertTrue(p.engagement >= 0 && p.engagement <= 1, "engagement in [0,1]: " + p.engagement);
                    assertTrue(p.compliance >= 0 && p.compliance <= 1);
                    assertTrue(p.delivery >= 0 && p.delivery <= 1);
                    assertTrue(p.referrals >= 0 && p.expectedNonElective >= 0 && p.expectedAeAttendances >= 0 && p.prescribingCost >= 0);
                }
                for (AcuteTrust t : economy.trusts()) {
                    assertTrue(t.occupancy >= 0);
                    for (Contract c : t.contracts) {
                        WaitingList w = c.waitingList;
                        assertTrue(w.waiting() >= 0 && w.overEighteenWeeks() >= 0 && w.overEighteenWeeks() <= w.waiting());
                        assertEquals(w.initial() + w.referred(), w.waitingByCohort() + w.treated(),
                                "every patient referred is still waiting in some cohort or has been treated");
                        assertEquals(w.waitingByCohort(), w.waiting());
                        assertTrue(c.overdueFollowUps >= 0);
                        assertTrue(c.mrsaCases >= 0);
                    }
                }
                for (Ccg ccg : economy.ccgs()) {
                    CcgMonth m = ccg.month;
                    assertTrue(m.electiveReferrals >= 0 && m.nonElectiveAdmissions >= 0 && m.waitingList >= 0
                            && m.breaches18wk >= 0 && m.mrsaCases >= 0 && m.contractsInStandoff >= 0 && m.spend >= 0);
                    assertTrue(m.engagementP25 >= 0 && m.engagementP25 <= m.engagementP75 && m.engagementP75 <= 1,
                            "quartiles ordered within [0,1]: " + m.engagementP25 + ", " + m.engagementP75);
                    assertTrue(m.engagementMean >= 0 && m.engagementMean <= 1, "mean engagement in [0,1]: " + m.engagementMean);
                }
            }));
        }
        assertEquals(2 * scenario.months, months[0]);
    }
}
