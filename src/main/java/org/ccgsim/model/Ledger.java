package org.ccgsim.model;

/**
 * Every payment in the economy, double-entry, in whole pence. Money only moves between
 * accounts, so the balances always sum to zero: the invariant the tests check each month.
 * Accounts are small integers handed out by {@link #open}; nothing is allocated per payment.
 */
public final class Ledger implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private long[] balance = new long[16];
    private long[] paidInThisMonth = new long[16];
    private long[] paidOutThisMonth = new long[16];
    private String[] names = new String[16];
    private int accounts;
    private long postings;

    /** Opens an account and returns its number. */
    public int open(String name) {
        if (accounts == balance.length) {
            int n = accounts * 2;
            balance = java.util.Arrays.copyOf(balance, n);
            paidInThisMonth = java.util.Arrays.copyOf(paidInThisMonth, n);
            paidOutThisMonth = java.util.Arrays.copyOf(paidOutThisMonth, n);
            names = java.util.Arrays.copyOf(names, n);
        }
        names[accounts] = name;
        return accounts++;
    }

    /** Moves {@code pounds} (rounded to the penny) from one account to another; returns the pence moved. */
    public long pay(int from, int to, double pounds) {
        long pence = Math.round(pounds * 100.0);
        if (pence == 0) return 0;
        if (pence < 0) { // a negative payment is a refund the other way
            int t = from; from = to; to = t; pence = -pence;
        }
        balance[from] -= pence;
        balance[to] += pence;
        paidOutThisMonth[from] += pence;
        paidInThisMonth[to] += pence;
        postings++;
        return pence;
    }

    public void startMonth() {
        java.util.Arrays.fill(paidInThisMonth, 0, accounts, 0L);
        java.util.Arrays.fill(paidOutThisMonth, 0, accounts, 0L);
    }

    /** Balance in pounds. */
    public double balance(int account) { return balance[account] / 100.0; }
    public double paidIn(int account) { return paidInThisMonth[account] / 100.0; }
    public double paidOut(int account) { return paidOutThisMonth[account] / 100.0; }
    public String name(int account) { return names[account]; }
    public int accounts() { return accounts; }
    public long postings() { return postings; }

    /** Sum of all balances in pence: zero when money is conserved. */
    public long total() {
        long sum = 0;
        for (int i = 0; i < accounts; i++) sum += balance[i];
        return sum;
    }
}
