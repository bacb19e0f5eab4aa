package org.ccgsim.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ccgsim.experiment.FinalYearValues;
import org.ccgsim.experiment.Sweep;
import org.ccgsim.output.Journal;
import org.ccgsim.outcome.Outcome;

/** An experiment folder and its journal: new (--out), or an interrupted one being finished (--resume). */
record Resumable(Path dir, Journal journal) {
    /** A failed experiment: close the journal and remove the folder, so nothing could pass for results. */
    void abandon() {
        journal.close();
        org.ccgsim.output.OutputFolders.discard(dir);
    }

    /** Prepares the folder, or readies the interrupted one, and opens its journal, replaying what it recorded. */
    static Resumable open(ResumeOptions resume, OutputOptions output, String defaultName, String identity, Journal.Replay replay)
            throws Exception {
        resume.check(output);
        if (resume.resuming()) {
            Journal.prepareResume(resume.dir);
            return new Resumable(resume.dir, Journal.resume(resume.dir, identity, replay));
        }
        Path dir = output.prepare(defaultName);
        try {
            return new Resumable(dir, Journal.create(dir, identity));
        } catch (Exception e) {
            org.ccgsim.output.OutputFolders.discard(dir);
            throw e;
        }
    }

    /** Design points recorded in a journal and still to be used, then each new point as it finishes (sweep, sensitivity). */
    static final class Points implements Sweep.Points, Journal.Replay {
        private final Map<Integer, byte[]> finished = new HashMap<>();
        private Journal journal;

        @Override public void accept(byte[] record) { finished.put(Journal.pointOf(record), record); }

        Points recordingTo(Journal journal) {
            this.journal = journal;
            return this;
        }

        @Override public FinalYearValues finished(int point) throws Exception {
            byte[] r = finished.remove(point);
            return r == null ? null : Journal.decodePoint(r, Outcome.values().length);
        }

        @Override public void record(int point, FinalYearValues values) throws Exception {
            journal.append(Journal.encode(point, values));
        }
    }
}
