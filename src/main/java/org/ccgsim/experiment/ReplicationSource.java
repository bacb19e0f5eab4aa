package org.ccgsim.experiment;

import org.ccgsim.scenario.Scenario;

/**
 * Where an experiment's replication results come from when they are not simulated here: results
 * recorded earlier (the parts of a split experiment), handed over in the order the experiment asks.
 */
public interface ReplicationSource {
    /** The result of replication {@code replication} of {@code scenario}, the next the experiment needs. */
    ReplicationResult next(Scenario scenario, int replication) throws Exception;
}
