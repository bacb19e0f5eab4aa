package org.ccgsim.experiment;

/** Consumes replication results in replication order, whatever order they finish in. */
public interface ReplicationSink {
    void accept(ReplicationResult result) throws Exception;
}
