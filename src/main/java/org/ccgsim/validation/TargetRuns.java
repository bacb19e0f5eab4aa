package org.ccgsim.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccgsim.experiment.Replication;
import org.ccgsim.experiment.ScenarioCopies;
import org.ccgsim.experiment.Sweep;
import org.ccgsim.model.HealthEconomy;
import org.ccgsim.scenario.ParamPath;
import org.ccgsim.scenario.Scenario;

/**
 * The model measures of a list of targets at one parameter point: each scenario the targets need is run
 * (with the point's values applied on a copy) for replications 0..r-1 with the seeds a full run gives them,
 * so every point sees the same random numbers (common random numbers) and a point's values are a
 * deterministic function of the point.
 */
public final class TargetRuns {
    private final List<CalibrationTarget> targets;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final int replications;

    public TargetRuns(List<CalibrationTarget> targets, Path scenarioDir, int replications) {
        this.targets = List.copyOf(targets);
        this.replications = replications;
        for (CalibrationTarget t : targets) {
            if (!t.measurable()) continue;
            try {
                scenarios.computeIfAbsent(t.runKey(), k -> Replications.load(scenarioDir, t.scenario(), t.set()));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException("target " + t.id() + ": " + e.getMessage());
            }
            months.merge(t.runKey(), t.monthsNeeded(), Math::max);
        }
        for (Map.Entry<String, Integer> e : months.entrySet()) {
            int have = scenarios.get(e.getKey()).months;
            if (e.getValue() > have) {
                throw new IllegalArgumentException("a target on '" + e.getKey() + "' reads month " + (e.getValue() - 1)
                        + " but the scenario runs " + have + " months");
            }
        }
    }

    public List<CalibrationTarget> targets() { return targets; }

    public int replications() { return replications; }

    /** The scenarios run, by run key (scenario and overrides), for checking parameter paths against them. */
    public Map<String, Scenario> scenarios() { return scenarios; }

    /**
     * values[target][replication] at the point (NaN for targets not measurable, or a replication where the
     * statistic has no value, e.g. no premium awarded). Runs on the calling thread.
     */
    public double[][] evaluate(List<ParamPath> paths, List<Object> point) {
        double[][] values = new double[targets.size()][replications];
        Map<String, List<TargetTrace>> traces = new LinkedHashMap<>();
        for (Map.Entry<String, Scenario> e : scenarios.entrySet()) {
            Scenario s = Sweep.at(e.getValue(), paths, point);
            int m = months.get(e.getKey());
            List<TargetTrace> list = new ArrayList<>();
            for (int k = 0; k < replications; k++) list.add(run(s, m, k));
            traces.put(e.getKey(), list);
        }
        for (int i = 0; i < targets.size(); i++) {
            CalibrationTarget t = targets.get(i);
            for (int k = 0; k < replications; k++) {
                values[i][k] = t.measurable() ? t.statistic().of(traces.get(t.runKey()).get(k).series(t.observable()), t.months()) : Double.NaN;
            }
        }
        return values;
    }

    static TargetTrace run(Scenario scenario, int months, int replication) {
        TargetTrace trace = new TargetTrace(months);
        Replication.runObserved(scenario, months, replication, trace);
        return trace;
    }

    /** Mean of the non-NaN values (NaN when there are none). */
    public static double mean(double[] xs) {
        double s = 0;
        int n = 0;
        for (double x : xs) if (!Double.isNaN(x)) { s += x; n++; }
        return n == 0 ? Double.NaN : s / n;
    }

    /**
     * Root mean square over the fitted targets of (replication mean - target) / tolerance; a target with no
     * value counts as 10 tolerances away.
     */
    public double distance(double[][] values) {
        double ss = 0;
        int n = 0;
        for (int i = 0; i < targets.size(); i++) {
            CalibrationTarget t = targets.get(i);
            if (t.role() != CalibrationTarget.Role.FITTED) continue;
            double m = mean(values[i]);
            double z = Double.isNaN(m) ? 10 : t.z(m);
            ss += z * z;
            n++;
        }
        return Math.sqrt(ss / n);
    }
}
