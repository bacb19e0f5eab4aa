package org.ccgsim.validation;

import java.util.List;

import org.ccgsim.experiment.SweepParameter;
import org.ccgsim.scenario.ParamPath;

/**
 * A parameter to calibrate and its prior: uniform on [lo, hi], a range inside the parameter's declared one.
 * Parsed from {@code path=lo:hi} (as {@code --param} of sweep).
 */
public record CalibrationParameter(ParamPath path, double lo, double hi) {

    /** @throws IllegalArgumentException with a message fit for the user */
    public static CalibrationParameter parse(String spec) {
        SweepParameter p = SweepParameter.parse(spec);
        if (!p.isRange() || !p.values().isEmpty()) {
            throw new IllegalArgumentException("--param " + p.path() + ": calibration needs a range lo:hi (a uniform prior); found '"
                    + spec.substring(spec.indexOf('=') + 1) + "'");
        }
        return new CalibrationParameter(p.path(), p.lo(), p.hi());
    }

    /** The paths of a list of parameters; a path given twice is bad input. */
    public static List<ParamPath> paths(List<CalibrationParameter> ps) {
        List<ParamPath> out = ps.stream().map(CalibrationParameter::path).toList();
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (out.get(i).equals(out.get(j))) throw new IllegalArgumentException("--param " + out.get(i) + " is given twice");
            }
        }
        return out;
    }

    public boolean contains(double x) { return x >= lo && x <= hi; }
}
