package org.ccgsim.scenario;

/** The organisation lists and the defaults block each takes its entries' missing values from. */
enum OrgList {
    CCGS("ccg", "ccgs", CcgParams.class, "CCG"),
    TRUSTS("trust", "trusts", TrustParams.class, "trust"),
    AREA_TEAMS("areaTeam", "areaTeams", AreaTeamParams.class, "Area Team");

    final String defaults, list, noun;
    final Class<?> type;

    OrgList(String defaults, String list, Class<?> type, String noun) {
        this.defaults = defaults;
        this.list = list;
        this.type = type;
        this.noun = noun;
    }

    String plural() { return noun + "s"; }
}
