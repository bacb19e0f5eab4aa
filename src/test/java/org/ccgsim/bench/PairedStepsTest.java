package org.ccgsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The paired timing of two builds runs each build's own model in its own loader; nothing about speed is asserted. */
class PairedStepsTest {

    @Test
    void timesEachBuildOncePerRoundAndReportsTheRatios() throws Exception {
        Path build = Path.of("target/classes");
        PairedSteps.Result r = PairedSteps.compare(build, build, Path.of("scenarios/baseline.yaml"), 3, 0);
        assertEquals(3, r.ratios().length);
        for (int i = 0; i < 3; i++) {
            assertTrue(r.a()[i] > 0 && r.b()[i] > 0, "each round times both builds' monthly steps");
            assertTrue(r.ratios()[i] > 0 && Double.isFinite(r.ratios()[i]));
        }
        assertTrue(r.toString().contains("B/A median"));
    }

    @Test
    void eachBuildRunsInItsOwnLoaderNotThisOne() throws Exception {
        ClassLoader loader = PairedSteps.loaderOf(Path.of("target/classes"));
        Class<?> economy = Class.forName("org.ccgsim.model.HealthEconomy", false, loader);
        assertTrue(economy.getClassLoader() != org.ccgsim.model.HealthEconomy.class.getClassLoader(), "the build's own model class");
        Class<?> mason = Class.forName("sim.engine.SimState", false, loader);
        assertEquals(sim.engine.SimState.class, mason, "the libraries are shared");
    }

    @Test
    void aFolderWithoutCompiledClassesIsNamedAsNotABuild() {
        assertEquals(null, PairedSteps.notABuild(Path.of("target/classes"), "A"));
        String problem = PairedSteps.notABuild(Path.of("scenarios"), "B");
        assertTrue(problem != null && problem.startsWith("B: expected a folder of compiled classes"), problem);
    }
}
