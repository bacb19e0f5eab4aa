package org.ccgsim.scenario;

import java.util.LinkedHashMap;
import java.util.Map;

/** A timed change of parameters, e.g. {@code at: 2014-04, set: {ccg.management.style: directive}}. */
public class EventSpec implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "When the change takes effect: a month as YYYY-MM (April 2013 is month 0) or a month number", unit = "YYYY-MM or month")
    public String at = "";

    @Param(doc = "Parameter paths and their new values, e.g. ccg.management.style, areaTeam.style, ccgs.<id>.fund.use")
    public Map<String, Object> set = new LinkedHashMap<>();
}
