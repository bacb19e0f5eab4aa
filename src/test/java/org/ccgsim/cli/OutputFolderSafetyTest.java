package org.ccgsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --force replaces only a folder ccgsim made; a user's files are never deleted. */
class OutputFolderSafetyTest {
    @TempDir Path tmp;

    private Cli.Result run(String out, boolean force) {
        return force ? Cli.run("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "2", "--threads", "1", "--quiet", "--no-report", "--out", out, "--force")
                : Cli.run("run", "scenarios/baseline.yaml", "--replications", "1", "--months", "2", "--threads", "1", "--quiet", "--no-report", "--out", out);
    }

    @Test
    void forceReplacesAFolderCcgsimMade() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, run(out.toString(), false).code());
        assertEquals(2, run(out.toString(), false).code(), "an earlier run is not overwritten without --force");
        assertEquals(0, run(out.toString(), true).code());
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }

    @Test
    void forceNeverDeletesAFolderWithAUsersFiles() throws Exception {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.docx"), "precious");
        Cli.Result r = run(mine.toString(), true);
        assertEquals(2, r.code(), r.toString());
        assertFalse(r.hasTrace(), r.toString());
        assertEquals("precious", Files.readString(mine.resolve("thesis.docx")));

        Path ours = tmp.resolve("ours");
        assertEquals(0, run(ours.toString(), false).code());
        Files.writeString(ours.resolve("my-notes.docx"), "added by the user");
        assertEquals(2, run(ours.toString(), true).code(), "a ccgsim folder holding a user's file is not replaced");
        assertTrue(Files.exists(ours.resolve("my-notes.docx")));
    }

    @Test
    void emptyCurrentRootHomeAndFilePathsAreRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("file.txt"), "x");
        for (String out : new String[]{"", " ", ".", "./", "..", "/", System.getProperty("user.home"), file.toString(), "/dev/null",
                tmp.resolve("x".repeat(300)).toString()}) {
            Cli.Result r = run(out, true);
            assertEquals(2, r.code(), "'" + out + "': " + r);
            assertFalse(r.hasTrace(), r.toString());
        }
        assertTrue(Files.exists(Path.of("scenarios/baseline.yaml")), "the current folder is untouched");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aReadOnlyParentIsBadInputAndLeavesNothing() throws Exception {
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        assertTrue(ro.toFile().setWritable(false));
        try {
            if (Files.isWritable(ro)) return; // running as root: permissions do not apply
            Cli.Result r = run(ro.resolve("out").toString(), false);
            assertEquals(2, r.code(), r.toString());
            assertFalse(r.hasTrace(), r.toString());
        } finally {
            ro.toFile().setWritable(true);
        }
    }
}
