package org.ccgsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TariffTransferTest {
    @TempDir Path tmp;

    /** Three replications, two contracts, 30 months: year one £100 a contract-month below tariff, year two above by 50, 55 or 60. */
    private Path contracts() throws Exception {
        StringBuilder b = new StringBuilder("replication,month,date,ccg,trust,state,gap_pct,contract_value,price_index,tariff_value,payment\n");
        for (int r = 0; r < 3; r++) {
            for (int m = 0; m < 30; m++) {
                for (String trust : new String[] {"t1", "t2"}) {
                    double moved = m < 12 ? -100 : 50 + 5 * r;
                    b.append(r).append(',').append(m).append(",2013-04,ccg-1,").append(trust).append(",signed,0,1000,1,1000,")
                            .append(1000 + moved).append('\n');
                }
            }
        }
        Path f = tmp.resolve("contracts.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void sumsWhatWasPaidAgainstTariffByReplicationAndCompleteFinancialYear() throws Exception {
        TariffTransfer t = TariffTransfer.read(contracts());
        assertArrayEquals(new int[] {0, 1}, t.years(), "the third year has only 6 months and is left out");
        assertEquals(-2400, t.mean()[0], 1e-9);
        assertEquals(1320, t.mean()[1], 1e-9); // (1,200 + 1,320 + 1,440) / 3
        assertTrue(t.low()[1] > 0 && t.low()[1] < 1320 && t.high()[1] > 1320);
    }

    @Test
    void theBoardSentenceSaysLessThenMoreAndNamesTheYears() throws Exception {
        String s = Findings.tariffTransfer(TariffTransfer.read(contracts()), "the CCG").orElseThrow();
        assertTrue(s.startsWith("Against national tariff, the CCG paid its hospitals £2.40k"), s);
        assertTrue(s.contains(" less in 2013/14 and £1.32k ("), s);
        assertTrue(s.contains(") more in 2014/15 ("), s);
    }

    @Test
    void aYearWhoseIntervalSpansZeroIsAboutWhatTariffWouldPay() {
        TariffTransfer t = new TariffTransfer(new int[] {0}, new double[] {2e6}, new double[] {-1e6}, new double[] {5e6});
        String s = Findings.tariffTransfer(t, "the CCGs").orElseThrow();
        assertTrue(s.startsWith("Against national tariff, the CCGs paid their hospitals about what tariff would pay (+£2"), s);
    }

    @Test
    void filesWrittenBeforeTheMoneyColumnsGiveNoSentence() throws Exception {
        Path f = tmp.resolve("old.csv");
        Files.writeString(f, "replication,month,date,ccg,trust,state,gap_pct,contract_value\n0,0,2013-04,ccg-1,t1,signed,0,1000\n");
        TariffTransfer t = TariffTransfer.read(f);
        assertEquals(0, t.size());
        assertTrue(Findings.tariffTransfer(t, "the CCG").isEmpty());
    }
}
