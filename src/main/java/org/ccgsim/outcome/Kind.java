package org.ccgsim.outcome;

/** How a quantity is written for people. */
public enum Kind {
    /** 0-1 scores such as engagement: two decimals. */
    SHARE,
    /** rates per 1,000 and months: one decimal. */
    RATE,
    /** people and cases: whole numbers with thousands separators. */
    COUNT,
    /** pounds: £1.2m, £850k. */
    MONEY
}
