package org.ccgsim.validation;

/**
 * One comparison of the model with a figure or pattern from the evidence base (seeds/evidence.yaml).
 *
 * @param id       the evidence.yaml id the check is named after
 * @param source   the source figure, in words
 * @param mean     the model's value (mean across replications; the exact value for arithmetic checks)
 * @param low      lower end of the 95% t interval across replications (NaN when there is none)
 * @param high     upper end of the 95% interval
 * @param value    the model's value as shown in the table, with its interval and unit
 * @param tolerance what counts as agreement, and why
 * @param status   pass, fail, or not checked
 * @param note     what is assumed: which scenario, months, observable
 */
public record EvidenceCheck(String id, String source, double mean, double low, double high, String value,
                            String tolerance, Status status, String note) {

    public enum Status {
        PASS("PASS"), FAIL("FAIL"), NOT_CHECKED("not checked");

        public final String label;

        Status(String label) { this.label = label; }

        static Status of(boolean pass) { return pass ? PASS : FAIL; }
    }

    public boolean failed() { return status == Status.FAIL; }
}
