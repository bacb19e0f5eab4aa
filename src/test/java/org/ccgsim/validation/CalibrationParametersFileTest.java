package org.ccgsim.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ccgsim.scenario.Param;
import org.ccgsim.scenario.ParamPath;
import org.junit.jupiter.api.Test;

/**
 * seeds/calibration-parameters.txt names shipped parameters: each line is a documented @Param of the
 * scenario (so the posterior's medians in defaults.yaml can become its defaults) with a prior inside its
 * declared range.
 */
class CalibrationParametersFileTest {
    @Test
    void everyFittedParameterIsANumericParamWithAPriorInsideItsDeclaredRange() throws Exception {
        List<CalibrationParameter> params = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("seeds", "calibration-parameters.txt"))) {
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            params.add(CalibrationParameter.parse(line.strip()));
        }
        assertFalse(params.isEmpty(), "the file names no parameters");
        CalibrationParameter.paths(params); // none twice
        List<ParamPath> shipped = ParamPath.all();
        for (CalibrationParameter p : params) {
            assertTrue(shipped.contains(p.path()), p.path() + " is not a parameter of every scenario (ParamPath.all())");
            Param a = p.path().param();
            assertNotNull(a, p.path() + " has no @Param annotation");
            assertTrue(p.path().isNumeric(), p.path() + " is not numeric");
            assertTrue(a.min() <= p.lo() && p.hi() <= a.max() && p.lo() < p.hi(),
                    p.path() + ": prior " + p.lo() + ":" + p.hi() + " is not inside the declared range [" + a.min() + ", " + a.max() + "]");
        }
    }
}
