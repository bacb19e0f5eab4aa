package org.ccgsim.gui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.ccgsim.model.HealthEconomy;
import sim.engine.SimState;

/**
 * MASON checkpoints of a run: the whole {@link HealthEconomy} (its scenario, agents, ledger,
 * schedule and random number generator) serialised, so a run can be reopened and carried on
 * exactly. A file is written whole or not at all: the bytes go to a temporary file beside it,
 * which replaces the target only when complete.
 */
final class GuiCheckpoints {
    private GuiCheckpoints() {}

    /** The checkpoint's bytes. Call with the schedule locked (or the run paused). */
    static byte[] write(HealthEconomy economy) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        synchronized (economy.schedule) {
            economy.writeToCheckpoint(out);
        }
        if (out.size() == 0) throw new IOException("the run could not be written (MASON wrote nothing)");
        return out.toByteArray();
    }

    /** Writes a checkpoint file whole, or leaves whatever was at {@code file} as it was. */
    static void save(HealthEconomy economy, Path file) throws IOException {
        byte[] bytes = write(economy); // fails before any file is touched if the economy cannot be written
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".ccgsim-checkpoint", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads a checkpoint; a file that is not a ccgsim run is an IOException saying so. */
    static HealthEconomy read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + " is not a file");
        if (Files.size(file) == 0) throw new IOException(file.getFileName() + " is empty: it is not a saved ccgsim run");
        SimState s;
        try (InputStream in = Files.newInputStream(file)) {
            s = SimState.readFromCheckpoint(in);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(file.getFileName() + " is not a saved ccgsim run (" + e.getClass().getSimpleName() + ")", e);
        }
        if (s instanceof HealthEconomy h) return h;
        throw new IOException(file.getFileName() + " is not a saved ccgsim run" + (s == null ? "" : " (it holds a " + s.getClass().getSimpleName() + ")"));
    }
}
