package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ccgsim.output.OutputFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** merge, slurm and --shard keep the output-folder rules of the other commands: exit 2, nothing left, the marker. */
class ClusterCommandsSafetyTest {
    @TempDir Path tmp;

    private static String[] sweep(String... more) {
        String[] base = {"sweep", "scenarios/baseline.yaml", "--param", "ccg.management.mix=0:1:0.5", "--replications", "2", "--months", "14",
                "--threads", "1", "--quiet", "--no-report"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aPartFolderCarriesTheMarkerSoForceMayReplaceItButNotAUsersFolder() throws Exception {
        Path part = tmp.resolve("part");
        Cli.Result r = Cli.run(sweep("--shard", "1/2", "--out", part.toString()));
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.isRegularFile(part.resolve(OutputFolders.MARKER)), "a part folder is a ccgsim folder");
        assertEquals(0, Cli.run(sweep("--shard", "1/2", "--out", part.toString(), "--force")).code(), "--force replaces a part");

        Path users = tmp.resolve("users");
        Files.createDirectories(users);
        Files.writeString(users.resolve("notes.docx"), "mine");
        Cli.Result refused = Cli.run(sweep("--shard", "1/2", "--out", users.toString(), "--force"));
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(Files.exists(users.resolve("notes.docx")), "a user's file is never deleted");
        assertEquals(2, Cli.run(sweep("--shard", "1/2", "--out", tmp.resolve("p2").toString(), "--resume", part.toString())).code(),
                "a part is not resumed");
    }

    @Test
    void mergeAndSlurmRefuseBadInputWithExitTwoAndLeaveNoFolder() throws Exception {
        Path notAPart = tmp.resolve("not-a-part");
        Files.createDirectories(notAPart);
        Path out = tmp.resolve("merged");
        Cli.Result m = Cli.run("merge", notAPart.toString(), "--out", out.toString());
        assertEquals(2, m.code(), m.toString());
        assertFalse(m.hasTrace(), m.toString());
        assertFalse(Files.exists(out), "a refused merge makes no folder");
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no scratch folder is left beside --out");
        }

        Cli.Result root = Cli.run("merge", notAPart.toString(), "--out", "/");
        assertEquals(2, root.code(), root.toString());

        Path slurmOut = tmp.resolve("slurm-out");
        Cli.Result bad = Cli.run("slurm", "--tasks", "2", "--out", slurmOut.toString(), "sweep", "scenarios/baseline.yaml", "--resume", "x");
        assertEquals(2, bad.code(), bad.toString());
        assertFalse(Files.exists(slurmOut));
        assertEquals(2, Cli.run("slurm", "--tasks", "2", "--out", "/", "sweep", "scenarios/baseline.yaml").code());
        for (String command : new String[] {"merge", "slurm"}) {
            Cli.Result help = Cli.run(command, "--help");
            assertEquals(0, help.code(), help.toString());
        }
    }
}
