package org.ccgsim.scenario;

/** Conditions outside any one organisation. */
public class WorldParams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Talk that CCGs will soon be abolished (0 none, 1 loud and constant)", unit = "share 0-1", min = 0, max = 1,
           source = "001_00d46bdb59d7b6ba.txt (abolition-talk)")
    public double abolitionTalk = 0.1;
}
