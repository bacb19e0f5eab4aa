package org.ccgsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents and bounds one scenario field. The validator, the generated JSON Schema and the
 * parameter table in docs/ODD.md all read this one annotation, so they cannot drift apart.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
    /** What the field means, in the domain's words. */
    String doc();

    /** Unit, e.g. "£/year", "per 1,000 patients per month", "months", "share 0-1"; "-" for none. */
    String unit() default "-";

    /** Smallest valid value (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest valid value (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** A seed file name (and the evidence id in seeds/evidence.yaml), or "assumption" with its basis. */
    String source() default "assumption";
}
