package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.ccgsim.experiment.EventCompiler;
import org.ccgsim.experiment.Replication;
import org.ccgsim.output.Journal;
import org.ccgsim.output.OutputFolders;
import org.ccgsim.scenario.LoadedScenario;
import org.ccgsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run cut short (as by kill -9: some replications journalled, the last record torn, CSV files
 * half written) and then resumed ends byte-identical to an uninterrupted run. .ci/resume.sh does
 * the same with a real kill -9 of a separate process.
 */
class ResumeTest {
    @TempDir Path tmp;

    private static final String[] RUN = {"run", "scenarios/standoff.yaml", "--replications", "5", "--months", "14", "--threads", "1", "--quiet"};

    private static String[] with(String... more) {
        String[] all = new String[RUN.length + more.length];
        System.arraycopy(RUN, 0, all, 0, RUN.length);
        System.arraycopy(more, 0, all, RUN.length, more.length);
        return all;
    }

    @Test
    void aRunResumedFromATornJournalIsByteIdenticalToAnUninterruptedOne() throws Exception {
        Path whole = tmp.resolve("whole"), cut = tmp.resolve("cut");
        assertEquals(0, Cli.run(with("--out", whole.toString())).code());

        // the folder as a kill would leave it: marker, scenario, half-written CSV, two replications journalled, a torn third
        LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/standoff.yaml"), List.of("months=14", "replications=5"));
        Files.createDirectories(cut);
        Files.writeString(cut.resolve(OutputFolders.MARKER), "x");
        Files.writeString(cut.resolve("monthly.csv"), "replication,seed,month\n0,123,");
        try (Journal j = Journal.create(cut, RunCommand.identity(loaded.sha256(), -1))) {
            for (int k = 0; k < 2; k++) j.append(Journal.encode(new Replication(loaded.scenario(), k, EventCompiler::compile, org.ccgsim.output.RunWriter.rows()).run()));
        }
        byte[] torn = Journal.encode(new Replication(loaded.scenario(), 2, EventCompiler::compile, org.ccgsim.output.RunWriter.rows()).run());
        Files.write(cut.resolve(Journal.FILE), ByteBuffer.allocate(4 + 100).putInt(torn.length).put(torn, 0, 100).array(), StandardOpenOption.APPEND);

        Cli.Result r = Cli.run(with("--resume", cut.toString()));
        assertEquals(0, r.code(), r.toString());
        List<Path> files;
        try (var walk = Files.walk(whole)) { files = walk.filter(Files::isRegularFile).sorted().toList(); }
        assertTrue(files.size() > 10, "charts and report included");
        for (Path f : files) {
            String name = whole.relativize(f).toString();
            if (name.equals("manifest.json") || Journal.notResult(name)) continue;
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(cut.resolve(name)), name + " differs after resuming");
        }
        assertFalse(Files.exists(cut.resolve(Journal.FILE)), "the journal goes once the folder is finished");
        assertTrue(Files.exists(cut.resolve("manifest.json")));
    }

    @Test
    void resumeRefusesAnotherScenarioAFinishedFolderAndAUsersFolder() throws Exception {
        Path cut = tmp.resolve("cut");
        LoadedScenario loaded = ScenarioLoader.load(Path.of("scenarios/standoff.yaml"), List.of("months=14", "replications=5"));
        Files.createDirectories(cut);
        Files.writeString(cut.resolve(OutputFolders.MARKER), "x");
        try (Journal j = Journal.create(cut, RunCommand.identity(loaded.sha256(), -1))) {
            j.append(Journal.encode(new Replication(loaded.scenario(), 0, EventCompiler::compile, org.ccgsim.output.RunWriter.rows()).run()));
        }
        Cli.Result other = Cli.run("run", "scenarios/baseline.yaml", "--replications", "5", "--months", "14", "--quiet", "--resume", cut.toString());
        assertEquals(2, other.code(), other.toString());
        assertTrue(Files.exists(cut.resolve(Journal.FILE)), "a refused resume keeps the journal");

        Path done = tmp.resolve("done");
        assertEquals(0, Cli.run(with("--out", done.toString(), "--no-report")).code());
        assertEquals(2, Cli.run(with("--resume", done.toString())).code(), "a finished folder has nothing to resume");

        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        assertEquals(2, Cli.run(with("--resume", mine.toString())).code());
        assertEquals("mine", Files.readString(mine.resolve("notes.txt")));
        assertEquals(2, Cli.run(with("--resume", cut.toString(), "--out", tmp.resolve("x").toString())).code(), "--resume and --out together");
    }

    @Test
    void reportRefusesAnUnfinishedFolderUnlessPartialAndSaysSo() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, Cli.run(with("--out", out.toString(), "--no-report")).code());
        Files.delete(out.resolve("manifest.json"));
        Cli.Result refused = Cli.run("report", out.toString());
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(refused.err().contains("--partial"), refused.toString());
        Cli.Result partial = Cli.run("report", out.toString(), "--partial");
        assertEquals(0, partial.code(), partial.toString());
        assertTrue(partial.out().contains("PARTIAL"), partial.toString());

        Files.writeString(out.resolve("summary.json"), "{\"outcomes\": [1, 2");
        Cli.Result damaged = Cli.run("report", out.toString(), "--partial");
        assertEquals(2, damaged.code(), damaged.toString());
        assertFalse(damaged.hasTrace(), damaged.toString());
    }

    @Test
    void withoutATerminalProgressIsALineWithRateAndEtaAndQuietSilencesIt() {
        String before = System.getProperty("ccgsim.progressSeconds");
        System.setProperty("ccgsim.progressSeconds", "0");
        try {
            Cli.Result shown = Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--months", "3", "--threads", "1",
                    "--no-report", "--out", tmp.resolve("p").toString());
            assertEquals(0, shown.code(), shown.toString());
            assertTrue(shown.err().contains("2/2 replications"), shown.err());
            assertTrue(shown.err().contains("ETA"), shown.err());
            assertTrue(shown.err().contains("summaries"), shown.err());
            Cli.Result quiet = Cli.run("run", "scenarios/baseline.yaml", "--replications", "2", "--months", "3", "--threads", "1",
                    "--no-report", "--quiet", "--out", tmp.resolve("q").toString());
            assertEquals("", quiet.err());
        } finally {
            if (before == null) System.clearProperty("ccgsim.progressSeconds");
            else System.setProperty("ccgsim.progressSeconds", before);
        }
    }
}
