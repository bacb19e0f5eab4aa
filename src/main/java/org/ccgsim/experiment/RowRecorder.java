package org.ccgsim.experiment;

import org.ccgsim.model.EconomyObserver;

/**
 * Listens to one replication and keeps what a run folder needs beyond the outcome numbers
 * (contract, trust, event and practice rows). The output package provides it; experiment only
 * attaches it to the economy and hands it back in the {@link ReplicationResult}.
 */
public interface RowRecorder extends EconomyObserver {
    /** Makes the recorder of replication {@code replication}. */
    interface Factory {
        RowRecorder start(int replication, long seed);
    }
}
