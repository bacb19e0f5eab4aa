package org.ccgsim.model;

/**
 * One CCG's patients waiting at one trust for their pathway to be completed (referral to
 * treatment), kept by month of referral so that 18-week breaches are counted, not guessed.
 * Age 0 is this month's referrals; a cohort aged 4 months or more at month end has waited
 * past 18 weeks (18 weeks = 4.1 months; a cohort of age k has waited k + 0.5 months on average).
 */
public final class WaitingList implements java.io.Serializable {
    private static final long serialVersionUID = 2L; // 2: held-up pathways (a run saved before them cannot be opened)

    /** Oldest age kept separately; older patients are pooled in the last slot. */
    public static final int MAX_AGE = 36;
    public static final int BREACH_AGE = 4;

    private final long[] byAge = new long[MAX_AGE + 1];
    /** Patients whose pathway is held up (further tests, a second opinion, fitness for surgery, their own choice), by age: not yet treatable. */
    private final long[] heldByAge = new long[MAX_AGE + 1];
    private long referred;
    private long treated;
    private long initial;

    /**
     * Puts a starting list of {@code waiting} patients in place at the steady state of its own treatment order:
     * the cohorts a list would hold after years of {@code referralsMonthly} new referrals a month, treated in
     * the order {@link #treat} uses, with just enough completions each month to hold it at {@code waiting}
     * (the trust's rule of a planned list). So the month-0 wait profile, and with it the 18-week backlog, is
     * the one the trust's own order produces, neither cleared at once nor crossing 18 weeks in a wave.
     */
    public void seed(long waiting, double referralsMonthly, double urgentShare, double longestWaitFirstShare, int minimumWait,
                     double heldUpShare, double heldUpRelease) {
        java.util.Arrays.fill(byAge, 0);
        java.util.Arrays.fill(heldByAge, 0);
        long perMonth = Math.round(referralsMonthly);
        if (perMonth <= 0 || waiting <= 0) {
            byAge[Math.max(1, Math.min(minimumWait, MAX_AGE))] = Math.max(0, waiting);
        } else {
            for (int month = 0; month < SEED_MONTHS; month++) {
                age();
                admit(perMonth, heldUpShare);
                release(heldUpRelease);
                treat(Math.max(0, waitingByCohort() - waiting), urgentShare, longestWaitFirstShare, minimumWait);
            }
        }
        initial = waitingByCohort();
        referred = 0;
        treated = 0;
    }

    /**
     * Adds held-up long waiters so that at least {@code backlog} patients have waited over 18 weeks: a backlog built up
     * before the run starts, above what the list's own flows hold. They are spread over the ages past 18 weeks as the
     * steady state's held-up long waiters are (or all at 18 weeks when it has none). Call after {@link #seed}.
     */
    public void inheritBacklog(long backlog) {
        long missing = backlog - overEighteenWeeks();
        if (missing <= 0) return;
        long held = 0;
        for (int age = BREACH_AGE; age <= MAX_AGE; age++) held += heldByAge[age];
        long added = 0;
        if (held > 0) {
            for (int age = BREACH_AGE; age <= MAX_AGE; age++) {
                long n = (long) Math.floor(missing * (heldByAge[age] / (double) held));
                heldByAge[age] += n;
                added += n;
            }
        }
        heldByAge[BREACH_AGE] += missing - added;
        initial = waitingByCohort();
    }

    /** Months of referrals and treatment run to reach the steady state of a seeded list (the oldest slot fills by then). */
    static final int SEED_MONTHS = 4 * MAX_AGE;

    /** Ages every cohort by a month; called once at the start of each month before new referrals. */
    public void age() {
        byAge[MAX_AGE] += byAge[MAX_AGE - 1];
        heldByAge[MAX_AGE] += heldByAge[MAX_AGE - 1];
        for (int age = MAX_AGE - 1; age > 0; age--) {
            byAge[age] = byAge[age - 1];
            heldByAge[age] = heldByAge[age - 1];
        }
        byAge[0] = 0;
        heldByAge[0] = 0;
    }

    /** This month's referrals join the list; {@code heldUpShare} of them have a pathway that is held up (the trust's heldUpShare). */
    public void refer(long patients, double heldUpShare) {
        admit(patients, heldUpShare);
        referred += patients;
    }

    /** New patients onto the list: the held-up share of them waits apart until its pathway is ready. */
    private void admit(long patients, double heldUpShare) {
        long held = Math.round(patients * heldUpShare);
        heldByAge[0] += held;
        byAge[0] += patients - held;
    }

    /**
     * Held-up pathways that become ready this month ({@code rate} of each cohort referred before this month) join
     * the patients who can be treated, at the age they have reached. Returns how many.
     */
    public long release(double rate) {
        long released = 0;
        for (int age = 1; age <= MAX_AGE; age++) { // not this month's referrals: they would count among its urgent cases
            long n = Math.min(heldByAge[age], Math.round(heldByAge[age] * rate));
            heldByAge[age] -= n;
            byAge[age] += n;
            released += n;
        }
        return released;
    }

    /**
     * Completes up to {@code capacity} pathways: first the clinically urgent share of this month's
     * referrals, then the longest waiters. Returns the number completed.
     */
    public long treat(long capacity, double urgentShare, double longestWaitFirstShare, int minimumWait) {
        int youngest = Math.max(1, Math.min(minimumWait, MAX_AGE));
        long done = 0;
        long urgent = Math.min(capacity, Math.round(byAge[0] * urgentShare));
        byAge[0] -= urgent;
        done += urgent;
        // part of what is left goes to the longest waiters ...
        long oldestFirst = Math.round((capacity - done) * longestWaitFirstShare);
        long target = done + oldestFirst;
        for (int age = MAX_AGE; age >= youngest && done < target; age--) {
            long n = Math.min(byAge[age], target - done);
            byAge[age] -= n;
            done += n;
        }
        // ... the rest is spread over everyone who has waited at least a month (tests and decisions take time)
        long rest = capacity - done;
        long waiting = 0;
        for (int age = youngest; age <= MAX_AGE; age++) waiting += byAge[age];
        if (rest > 0 && waiting > 0) {
            if (rest >= waiting) {
                java.util.Arrays.fill(byAge, youngest, byAge.length, 0);
                done += waiting;
            } else {
                double fraction = rest / (double) waiting;
                long given = 0;
                for (int age = MAX_AGE; age >= youngest; age--) {
                    long n = Math.min(byAge[age], (long) Math.floor(byAge[age] * fraction));
                    byAge[age] -= n;
                    given += n;
                }
                for (int age = MAX_AGE; age >= youngest && given < rest; age--) { // rounding remainder, oldest first
                    long n = Math.min(byAge[age], rest - given);
                    byAge[age] -= n;
                    given += n;
                }
                done += given;
            }
        }
        treated += done;
        return done;
    }

    /** Patients waiting: those on the list at the start, plus those referred since, less those treated. */
    public long waiting() {
        return initial + referred - treated;
    }

    /** The same count cohort by cohort (for tests of the bookkeeping). */
    long waitingByCohort() {
        long sum = 0;
        for (int age = 0; age <= MAX_AGE; age++) sum += byAge[age] + heldByAge[age];
        return sum;
    }

    /** Patients waiting over 18 weeks, held up or not. */
    public long overEighteenWeeks() {
        long sum = 0;
        for (int age = BREACH_AGE; age <= MAX_AGE; age++) sum += byAge[age] + heldByAge[age];
        return sum;
    }

    /** Patients waiting over 18 weeks whose pathway is ready: those extra sessions can treat. */
    public long readyOverEighteenWeeks() {
        long sum = 0;
        for (int age = BREACH_AGE; age <= MAX_AGE; age++) sum += byAge[age];
        return sum;
    }

    /** Patients whose pathway is held up. */
    public long heldUp() {
        long sum = 0;
        for (long n : heldByAge) sum += n;
        return sum;
    }

    public long referred() { return referred; }
    public long treated() { return treated; }
    public long initial() { return initial; }
}
