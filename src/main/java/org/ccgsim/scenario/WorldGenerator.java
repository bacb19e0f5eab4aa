package org.ccgsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import ec.util.MersenneTwisterFast;

/**
 * Lays out a many-CCG world from {@link GeneratorParams}: CCG populations from a truncated
 * log-normal, practices shared out in proportion to population, Area Teams over runs of
 * neighbouring CCGs, and trusts whose catchments tile each Area Team's population so that a
 * trust serves one or more CCGs and a CCG uses one or more trusts. The map is a statistical
 * England, not the real one: ids and names are generated.
 *
 * <p>All draws come from one MASON {@link MersenneTwisterFast} seeded with {@code generate.seed},
 * in a fixed order, so the same specification always gives the same world.
 */
public final class WorldGenerator {
    private WorldGenerator() {}

    private static final ObjectMapper COPIER = new ObjectMapper();
    private static final int MAX_REDRAWS = 1_000;

    /** The specification's problems (empty when it can be generated); each names the field. */
    public static List<String[]> problems(GeneratorParams g) {
        List<String[]> out = new ArrayList<>();
        if (g.ccgs == 0) return out;
        if (g.practices < g.ccgs) out.add(new String[] {"practices", "expected at least one practice per CCG (" + g.ccgs + "); found " + g.practices});
        if (g.areaTeams > g.ccgs) out.add(new String[] {"areaTeams", "expected no more Area Teams than CCGs (" + g.ccgs + "); found " + g.areaTeams});
        if (g.trusts < g.areaTeams) out.add(new String[] {"trusts", "expected at least one trust per Area Team (" + g.areaTeams + "); found " + g.trusts});
        if (g.populationMin >= g.populationMax) {
            out.add(new String[] {"populationMax", "expected more than populationMin (" + ParamFields.number(g.populationMin) + "); found "
                    + ParamFields.number(g.populationMax)});
        }
        return out;
    }

    /** Replaces the scenario's ccgs, trusts and areaTeams with the generated world; does nothing when generate.ccgs is 0. */
    public static void generate(Scenario s) {
        GeneratorParams g = s.generate;
        if (g.ccgs == 0) return;
        if (!problems(g).isEmpty()) throw new IllegalArgumentException("generate: " + problems(g).get(0)[0] + ": " + problems(g).get(0)[1]);
        MersenneTwisterFast random = new MersenneTwisterFast(g.seed);
        int n = g.ccgs;

        double[] population = new double[n];
        for (int i = 0; i < n; i++) population[i] = truncatedLogNormal(random, g.populationMedian, g.populationSpread, g.populationMin, g.populationMax);

        // Practices follow population, with each CCG's typical list size varying about the national one.
        double[] practiceWeight = new double[n];
        for (int i = 0; i < n; i++) practiceWeight[i] = population[i] / Math.exp(g.listSizeSpread * random.nextGaussian());
        int[] practices = apportion(practiceWeight, g.practices, 1);

        int[] areaTeamOf = new int[n];
        for (int i = 0; i < n; i++) areaTeamOf[i] = (int) ((long) i * g.areaTeams / n);

        s.areaTeams = new ArrayList<>();
        for (int a = 0; a < g.areaTeams; a++) {
            AreaTeamParams at = copy(s.areaTeam, AreaTeamParams.class);
            at.id = "at-" + pad(a + 1, g.areaTeams);
            at.name = "Area Team " + pad(a + 1, g.areaTeams);
            s.areaTeams.add(at);
        }

        double meanList = s.ccg.listSizeMean;
        s.ccgs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CcgParams c = copy(s.ccg, CcgParams.class);
            c.id = "ccg-" + pad(i + 1, n);
            c.name = "CCG " + pad(i + 1, n) + " (" + s.areaTeams.get(areaTeamOf[i]).name + ")";
            c.areaTeam = s.areaTeams.get(areaTeamOf[i]).id;
            c.practices = practices[i];
            c.localities = (int) Math.max(1, Math.min(practices[i], Math.round(practices[i] / g.practicesPerLocality)));
            c.listSizeMean = Math.round(population[i] / practices[i]);
            c.listSizeSd = Math.round(s.ccg.listSizeSd * c.listSizeMean / meanList);
            // log-normal with mean 1, so the national spend per head stays allocationPerHead
            double perHead = g.allocationPerHead * Math.exp(g.allocationSpread * random.nextGaussian() - g.allocationSpread * g.allocationSpread / 2);
            c.finance.allocation = Math.round(c.practices * c.listSizeMean * perHead / 1_000.0) * 1_000.0;
            c.management.mix = Math.max(0, Math.min(1, s.ccg.management.mix + g.managementMixSpread * (2 * random.nextDouble() - 1)));
            c.management.mix = Math.round(c.management.mix * 1_000) / 1_000.0;
            s.ccgs.add(c);
        }

        s.trusts = trusts(s, g, random, population, areaTeamOf);
    }

    /** Trust catchments tile each Area Team's population; a CCG's shares are its overlaps with them. */
    private static List<TrustParams> trusts(Scenario s, GeneratorParams g, MersenneTwisterFast random, double[] population, int[] areaTeamOf) {
        int n = population.length, teams = g.areaTeams;
        double[] teamPopulation = new double[teams];
        for (int i = 0; i < n; i++) teamPopulation[areaTeamOf[i]] += population[i];
        int[] trustsInTeam = apportion(teamPopulation, g.trusts, 1);

        List<TrustParams> out = new ArrayList<>();
        int first = 0;
        for (int a = 0; a < teams; a++) {
            int last = first;
            while (last < n && areaTeamOf[last] == a) last++;
            int m = trustsInTeam[a];
            // CCG and trust intervals on [0, 1) of the team's population
            double[] ccgEdge = new double[last - first + 1];
            for (int i = first; i < last; i++) ccgEdge[i - first + 1] = ccgEdge[i - first] + population[i] / teamPopulation[a];
            double[] size = new double[m];
            for (int k = 0; k < m; k++) size[k] = Math.exp(g.trustSizeSpread * random.nextGaussian());
            double total = Arrays.stream(size).sum();
            double[] trustEdge = new double[m + 1];
            for (int k = 0; k < m; k++) trustEdge[k + 1] = trustEdge[k] + size[k] / total;
            ccgEdge[ccgEdge.length - 1] = 1;
            trustEdge[m] = 1;

            double[][] share = new double[last - first][m];
            for (int c = 0; c < last - first; c++) {
                double len = ccgEdge[c + 1] - ccgEdge[c];
                for (int k = 0; k < m; k++) {
                    double overlap = Math.min(ccgEdge[c + 1], trustEdge[k + 1]) - Math.max(ccgEdge[c], trustEdge[k]);
                    if (overlap > 0) share[c][k] = overlap / len;
                }
            }
            dropSlivers(share, g.minimumTrustShare);

            for (int k = 0; k < m; k++) {
                TrustParams t = copy(s.trust, TrustParams.class);
                int number = out.size() + 1;
                t.id = "trust-" + pad(number, g.trusts);
                t.name = "Acute trust " + pad(number, g.trusts) + " (" + s.areaTeams.get(a).name + ")";
                Map<String, Double> serves = new LinkedHashMap<>();
                for (int c = 0; c < last - first; c++) if (share[c][k] > 0) serves.put(s.ccgs.get(first + c).id, share[c][k]);
                t.serves = serves;
                out.add(t);
            }
            first = last;
        }
        return out;
    }

    /**
     * Removes shares below the threshold (unless a trust would be left with no CCG), then rounds each
     * CCG's shares to four decimals that add to exactly 1.
     */
    static void dropSlivers(double[][] share, double threshold) {
        int ccgs = share.length, trusts = ccgs == 0 ? 0 : share[0].length;
        for (int c = 0; c < ccgs; c++) {
            int main = 0;
            for (int k = 1; k < trusts; k++) if (share[c][k] > share[c][main]) main = k;
            for (int k = 0; k < trusts; k++) {
                if (k == main || share[c][k] <= 0 || share[c][k] >= threshold) continue;
                boolean trustKeepsAnother = false;
                for (int o = 0; o < ccgs; o++) trustKeepsAnother |= o != c && share[o][k] > 0;
                if (trustKeepsAnother) share[c][k] = 0;
            }
        }
        for (double[] row : share) {
            double sum = 0;
            int largest = 0;
            for (int k = 0; k < trusts; k++) {
                sum += row[k];
                if (row[k] > row[largest]) largest = k;
            }
            double rounded = 0;
            for (int k = 0; k < trusts; k++) {
                if (row[k] <= 0) continue;
                row[k] = Math.max(1e-4, Math.round(row[k] / sum * 1e4) / 1e4);
                rounded += row[k];
            }
            row[largest] = Math.round((row[largest] + 1 - rounded) * 1e4) / 1e4;
        }
    }

    /**
     * Whole numbers in proportion to the weights, each at least {@code min}, adding to {@code total}
     * (largest remainders first).
     */
    static int[] apportion(double[] weights, int total, int min) {
        int n = weights.length;
        double sum = Arrays.stream(weights).sum();
        double[] quota = new double[n];
        int[] out = new int[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            quota[i] = total * weights[i] / sum;
            out[i] = Math.max(min, (int) Math.floor(quota[i]));
            given += out[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        while (given != total) {
            int step = given < total ? 1 : -1;
            // add where the quota is most under-served, take where it is most over-served
            Arrays.sort(order, (x, y) -> {
                int c = Double.compare(step * (quota[y] - out[y]), step * (quota[x] - out[x]));
                return c != 0 ? c : Integer.compare(x, y);
            });
            boolean moved = false;
            for (int i : order) {
                if (given == total) break;
                if (step < 0 && out[i] <= min) continue;
                out[i] += step;
                given += step;
                moved = true;
            }
            if (!moved) throw new IllegalArgumentException("cannot share " + total + " among " + n + " with at least " + min + " each");
        }
        return out;
    }

    private static double truncatedLogNormal(MersenneTwisterFast random, double median, double spread, double min, double max) {
        for (int i = 0; i < MAX_REDRAWS; i++) {
            double x = median * Math.exp(spread * random.nextGaussian());
            if (x >= min && x <= max) return x;
        }
        return Math.max(min, Math.min(max, median));
    }

    private static String pad(int number, int count) {
        int width = Math.max(2, String.valueOf(count).length());
        return String.format("%0" + width + "d", number);
    }

    private static <T> T copy(T params, Class<T> type) {
        return COPIER.convertValue(params, type);
    }
}
