package org.ccgsim.validation;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a calibration target reads from the first CCG of a run, month by month (see {@link TargetTrace}).
 * Names are the YAML names used in seeds/targets.yaml.
 */
public enum Observable {
    ENGAGEMENT, DELIVERY, FEEDBACK_SHARE,
    /** leaders' perceived engagement minus the practices' mean engagement */
    PERCEPTION_GAP,
    /** share of practices whose engagement is below one half */
    SHARE_ENGAGEMENT_BELOW_HALF,
    /** mean delivery of the most engaged quarter of practices over the least engaged quarter */
    QUARTILE_DELIVERY_RATIO,
    /** the year's QIPP requirement as a per cent of the year's allocation */
    QIPP_PCT,
    REFERRALS_PER_1000, NON_ELECTIVE_PER_1000, AE_PER_1000,
    BREACHES_18WK, OVERDUE_FOLLOW_UPS, BED_OCCUPANCY,
    /** quality premium awarded per head, at year ends (months 11, 23, ...); NaN in other months */
    PREMIUM_PER_HEAD,
    /** quality premium awarded as a share of its potential, at year ends; NaN in other months */
    PREMIUM_SHARE;

    public String yamlName() { return name().toLowerCase(Locale.ROOT); }

    /** @throws IllegalArgumentException naming the known observables */
    public static Observable parse(String s) {
        for (Observable o : values()) if (o.yamlName().equals(s)) return o;
        throw new IllegalArgumentException("unknown observable '" + s + "'; expected one of "
                + String.join(", ", Arrays.stream(values()).map(Observable::yamlName).toList()));
    }
}
