package org.ccgsim.model;

/** Where a CCG's contract with a trust stands this month. */
public enum ContractState {
    /** The PCT's contract, carried over in year one. */
    INHERITED("inherited"),
    /** Agreed by the two parties. */
    SIGNED("signed"),
    /** Not agreed: the trust is paid on the CCG's offer until the parties agree or the Area Team arbitrates. */
    STANDOFF("standoff"),
    /** Settled by the Area Team. */
    ARBITRATED("arbitrated");

    private final String label;

    ContractState(String label) { this.label = label; }

    public String label() { return label; }
}
