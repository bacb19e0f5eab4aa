package org.ccgsim.model;

import ec.util.MersenneTwisterFast;
import org.ccgsim.scenario.ContractType;
import org.ccgsim.scenario.TariffParams;
import org.ccgsim.scenario.TrustParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * An acute hospital trust. Each month emergencies take beds first; the elective sessions the trust
 * planned, less the admissions it must cancel when beds run short, complete pathways from its
 * waiting lists (the urgent share of new referrals first, then the longest waiters); it sees
 * follow-ups, bills each CCG under its contract at this year's national tariff, pays its costs,
 * records MRSA cases and quality events, and resists when its income falls below plan: it lobbies
 * the Area Team, fills freed beds with extra elective work and asks more at the next round.
 * Each March it plans next year's beds and sessions from its own list, demand and finances, moving
 * part of the way towards what it wants (ODD 7.6).
 */
public final class AcuteTrust implements Steppable {
    private static final long serialVersionUID = 1L;
    static final double DAYS_PER_MONTH = 365.25 / 12;

    public final int index;
    public final TrustParams params;
    final int account;
    Contract[] contracts = new Contract[0];
    /** Its random stream (see {@link RandomStreams}). */
    MersenneTwisterFast random;

    // capacity: planned each March for the next year
    double beds;
    /** Admitted spells per completed pathway this month: the usual conversion, less when admissions are cancelled. */
    private double admittedPerCompletion;
    /** Escalation beds open this month (extra wards, trolleys): opened when emergencies alone would fill its beds. */
    double escalationBeds;
    double electiveCapacity;   // pathways a month
    double followUpCapacity;   // follow-up appointments a month
    private double beds0, electiveCapacity0;
    /** Year one's sessions month by month relative to the year's mean: the contract's activity plan follows the schemes' ramp-up. */
    private final double[] yearOneProfile = new double[12];
    /** Each contract's year-one activity plan a month at 2013/14 tariff (after the schemes the CCG plans), in contract order. */
    private double[] plannedTariffMonthly = new double[0];
    private double costedIncome;
    // other commissioners (not modelled), a month at 2013/14 volumes and prices
    private double otherValue0, otherEmergencyBedDays0, otherElectiveBedDays0;
    /** Other commissioners' emergency admissions a month at 2013/14 tariff and volumes, and their marginal-rate baseline (this year's plan). */
    private double otherEmergencyValue0, otherEmergencyBaseline;
    // costs a month at 2013/14 prices: fixed for beds, fixed for elective sessions, variable per £ of activity
    private double bedCost0, sessionCost0, variableCostRate;
    double costIndex = 1;
    /** Contract value index (on tariff) the trust needs from its CCGs this year to meet its planned surplus. */
    double needIndex = 1;
    double marginLastYear;
    double surplusLastYear;
    double incomeLastYear;

    // this year's flows, for next year's plan
    private double referralsThisYear, followUpDemandThisYear, bedDaysThisYear, cancelledBedDaysThisYear;

    /** Referrals a month, smoothed (what the trust reads its list against). */
    private double referralRate;

    double occupancy;
    double electivesCancelled;   // admissions cancelled this month for want of beds
    long extraElectives;         // admissions added this month to fill freed beds
    long backlogClearances;      // pathways completed this month in backlog clearance sessions
    double incomeYtd;
    double planYtd;
    double costsYtd;
    double surplusYtd;
    boolean resisting;
    boolean resistedThisYear;
    double fundReceivedThisMonth;
    double trueUpThisMonth;
    int mrsaThisMonth;
    double incomeThisMonth;
    double planThisMonth;
    double costsThisMonth;
    private double growth = 1;
    private double emergencyGrowth = 1;

    AcuteTrust(int index, TrustParams params, int account) {
        this.index = index;
        this.params = params;
        this.account = account;
        this.occupancy = params.initialOccupancy;
    }

    void addContract(Contract c) {
        Contract[] grown = java.util.Arrays.copyOf(contracts, contracts.length + 1);
        grown[contracts.length] = c;
        contracts = grown;
    }

    /**
     * Sizes beds, sessions and costs to the activity of the year-one contracts, and seeds the waiting
     * lists. The trust plans with its commissioners' contracts in hand: the activity it expects is
     * each CCG's, less what the CCG's schemes are planned to deliver over the year (its practices'
     * starting engagement, the schemes' ramp-up), so a planned fall in activity is in its cost base
     * from the start, not a loss against fixed costs.
     */
    void initialise(HealthEconomy economy) {
        TariffParams t = economy.tariff;
        var pp = economy.practiceParams;
        double referralCost = t.referralCost();
        double[] ramp = new double[12];
        for (int m = 0; m < 12; m++) ramp[m] = Math.min(1.0, (m + 1) / (double) Math.max(1, pp.schemeRampMonths));
        java.util.Arrays.fill(yearOneProfile, 0);
        plannedTariffMonthly = new double[contracts.length];
        int ci = 0;
        double emergencyBedDays = 0, electiveBedDays = 0, ownReferrals = 0, ownValue = 0, electiveValue = 0, emergencyValue = 0;
        for (Contract c : contracts) {
            double referrals = 0, nonElective = 0, ae = 0, population = 0;
            double plannedReferrals = 0, plannedNonElective = 0, plannedAe = 0;
            for (Practice p : c.ccg.practices) {
                double k = p.listSize / 1000.0 * c.share;
                double r = k * pp.referralsPer1000 * p.referralMultiplier;
                referrals += r;
                nonElective += k * pp.nonElectivePer1000;
                ae += k * pp.aePer1000;
                population += p.listSize * c.share;
                double delivery = Practice.delivery(p.engagement, p.compliance, pp.deliveryHalfEngagement, pp.deliveryFromCompliance);
                for (int m = 0; m < 12; m++) {
                    double schemes = ramp[m] * delivery;
                    plannedReferrals += r * (1 - pp.referralCut * schemes) / 12;
                    plannedNonElective += k * pp.nonElectivePer1000 * (1 - pp.nonElectiveCut * schemes) / 12;
                    plannedAe += k * pp.aePer1000 * (1 - pp.aeCut * schemes) / 12;
                    yearOneProfile[m] += r * (1 - pp.referralCut * schemes);
                }
            }
            c.baseReferralsMonthly = referrals;
            c.baseTariffMonthly = referrals * referralCost + nonElective * t.nonElectiveSpell + ae * t.aeAttendance
                    + c.ccg.otherAcuteMonthly() * c.share;
            c.baseBedDaysMonthly = nonElective * params.nonElectiveStayDays
                    + referrals * t.electiveConversion * params.electiveStayDays;
            emergencyBedDays += plannedNonElective * params.nonElectiveStayDays;
            electiveBedDays += plannedReferrals * t.electiveConversion * params.electiveStayDays;
            ownReferrals += plannedReferrals;
            ownValue += plannedReferrals * referralCost + plannedNonElective * t.nonElectiveSpell + plannedAe * t.aeAttendance
                    + c.ccg.otherAcuteMonthly() * c.share;
            electiveValue += plannedReferrals * referralCost;
            emergencyValue += plannedNonElective * t.nonElectiveSpell;
            // the marginal rate's baseline: the emergency admissions this contract plans for year one (its volumes of year one)
            c.emergencyBaselineMonthly = plannedNonElective * (1 + c.ccg.params.finance.demandGrowthPct / 100);
            plannedTariffMonthly[ci++] = plannedReferrals * referralCost + plannedNonElective * t.nonElectiveSpell
                    + plannedAe * t.aeAttendance + c.ccg.otherAcuteMonthly() * c.share;
            long waiting = Math.round(params.initialWaitingPer1000 * population / 1000);
            // the list before April 2013 was fed by the referrals before the schemes, in the trust's usual order
            c.waitingList.seed(waiting, referrals, params.urgentShare, params.longestWaitFirstShare, params.minimumWaitMonths,
                    params.heldUpShare, params.heldUpRelease);
            c.waitingList.inheritBacklog(Math.round(params.initialBacklogPer1000 * population / 1000));
            c.overdueFollowUps = params.initialOverdueFollowUpsPer1000 * population / 1000;
            c.followUpsUnvalidated = c.overdueFollowUps;
        }
        double others = params.otherCommissionersShare / (1 - params.otherCommissionersShare);
        otherEmergencyBedDays0 = emergencyBedDays * others;
        otherElectiveBedDays0 = electiveBedDays * others;
        otherValue0 = ownValue * others;
        otherEmergencyValue0 = emergencyValue * others;
        beds = beds0 = (emergencyBedDays + electiveBedDays) * (1 + others) / (params.initialOccupancy * DAYS_PER_MONTH);
        for (int m = 0; m < 12; m++) yearOneProfile[m] = ownReferrals > 0 ? yearOneProfile[m] / ownReferrals : 1;
        double g = growthRate();
        otherEmergencyBaseline = otherEmergencyValue0 * g;
        electiveCapacity = electiveCapacity0 = Math.max(1e-9, ownReferrals * g * params.electiveCapacityRatio);
        followUpCapacity = ownReferrals * g * t.followUpsPerFirst * params.followUpCapacityRatio;
        // costs: sized to the planned surplus on the contracted activity, give or take the trust's own starting position
        double margin = params.plannedSurplusPct + params.initialMarginSd * random.nextGaussian();
        double income = ownValue * g * (1 + others);
        costedIncome = income;
        double costs = income * (1 - margin / 100);
        double fixed = params.fixedCostShare * costs;
        sessionCost0 = fixed * (ownValue > 0 ? electiveValue / ownValue : 0);
        bedCost0 = fixed - sessionCost0;
        variableCostRate = income > 0 ? (1 - params.fixedCostShare) * costs / income : 0;
        marginLastYear = margin;
    }

    /** Monthly tariff value this contract was expected to carry at 2013/14 rates (the CCG's forecast, before its schemes). */
    double initialTariffValue(Contract c) { return c.baseTariffMonthly; }

    /**
     * April 2013, contracts in hand: the trust's cost improvement plan for year one matches the prices it
     * signed (or is paid during a dispute), so its planned surplus holds on the planned activity. What
     * happens after (activity off plan, cost growth against the tariff's efficiency requirement) is its own.
     */
    private void costToContracts() {
        if (costedIncome <= 0) return;
        double expected = otherValue0 * growthRate();
        for (int i = 0; i < contracts.length; i++) {
            Contract c = contracts[i];
            double index = c.state == ContractState.STANDOFF ? c.ccgOfferIndex : c.priceIndex;
            expected += plannedTariffMonthly[i] * growthRate() * index;
        }
        double k = expected / costedIncome;
        bedCost0 *= k;
        sessionCost0 *= k;
        variableCostRate *= k;
    }

    @Override
    public void step(SimState state) {
        HealthEconomy economy = (HealthEconomy) state;
        int m = economy.month();
        for (Contract c : contracts) {
            c.drawEmergencies(c.ccg.random.activity());
            buildJointWorking(c);
        }
        growth = weightedGrowth();
        emergencyGrowth = weightedEmergencyGrowth();
        if (m % 12 == 0) startYear();
        if (m == 0) costToContracts();
        double sessions = Math.max(0, 1 + params.capacityNoiseSd * random.nextGaussian());
        double emergencyBedDays = emergencyBedDays(economy);
        escalationBeds = escalationBeds(emergencyBedDays);
        double electiveBedDays = treatElectives(economy, sessions, emergencyBedDays);
        seeFollowUps(economy, sessions);
        electiveBedDays += fillFreedBeds(economy, emergencyBedDays + electiveBedDays);
        double bedDays = emergencyBedDays + electiveBedDays;
        occupancy = bedDays / ((beds + escalationBeds) * DAYS_PER_MONTH);
        bedDaysThisYear += bedDays;
        recordInfections(economy);
        bill(economy);
        if (m % 12 == 11) planNextYear(economy, m);
        fundReceivedThisMonth = 0;
        trueUpThisMonth = 0;
    }

    private void startYear() {
        incomeYtd = planYtd = costsYtd = surplusYtd = 0;
        resistedThisYear = false;
    }

    /** Growth of demand expected for next year, weighted by the CCGs' referrals. */
    private double growthRate() {
        double g = 0, w = 0;
        for (Contract c : contracts) { g += (1 + c.ccg.params.finance.demandGrowthPct / 100) * c.baseReferralsMonthly; w += c.baseReferralsMonthly; }
        return w > 0 ? g / w : 1;
    }

    private double weightedGrowth() {
        double g = 0, w = 0;
        for (Contract c : contracts) { g += c.ccg.demandGrowth * c.baseReferralsMonthly; w += c.baseReferralsMonthly; }
        return w > 0 ? g / w : 1;
    }

    /** Emergency demand growth beyond the general growth since year one, weighted as {@link #weightedGrowth}: the other commissioners' population is the CCGs'. */
    private double weightedEmergencyGrowth() {
        double g = 0, w = 0;
        for (Contract c : contracts) { g += c.ccg.emergencyGrowth * c.baseReferralsMonthly; w += c.baseReferralsMonthly; }
        return w > 0 ? g / w : 1;
    }

    /** Other commissioners' activity this month at 2013/14 tariff: their emergencies grow faster by the extra emergency growth. */
    private double otherActivityValue() {
        return otherValue0 * growth + otherEmergencyValue0 * growth * (emergencyGrowth - 1);
    }

    /** What other commissioners pay for it at 2013/14 tariff: their emergencies above this year's plan at the marginal rate. */
    private double otherPayableValue(TariffParams t) {
        double above = Math.max(0, otherEmergencyValue0 * growth * emergencyGrowth - otherEmergencyBaseline);
        return otherActivityValue() - (1 - t.emergencyMarginalRate) * above;
    }

    /**
     * Escalation (ODD 7.7 step 1): when emergencies alone would fill more than escalationOccupancy of the trust's beds, it
     * opens extra beds for them, more as the pressure grows, so that the occupancy of the beds open rises towards 100% but
     * never reaches it: at x = emergency bed-days over the beds' days above the threshold t, the beds open are filled to
     * t + (1 - t)(1 - exp(-(x - t)/(1 - t))). Staffed at a premium, they cost the trust (see {@link #bill}).
     */
    private double escalationBeds(double emergencyBedDays) {
        double t = params.escalationOccupancy;
        double x = beds > 0 ? emergencyBedDays / (beds * DAYS_PER_MONTH) : 0;
        if (x <= t || t >= 1) return 0;
        double filled = t + (1 - t) * (1 - Math.exp(-(x - t) / (1 - t)));
        return emergencyBedDays / (filled * DAYS_PER_MONTH) - beds;
    }

    /** The occupancy at which cancellations begin: 2c - 1, as far below c as c is below full (c of 1 or more: c). */
    private double cancellationsBeginAt() {
        double c = params.electiveCancellationOccupancy;
        return c >= 1 ? c : 2 * c - 1;
    }

    /**
     * Bed-days left for planned admissions after the emergencies (which take beds first). Cancellations come day by day, as
     * emergencies surge, so a month's occupancy approaches electiveCancellationOccupancy c rather than stopping at it: with x
     * the occupancy the month's emergencies and planned admissions would give, the trust admits up to occupancy x while x is
     * below 2c - 1, and above it up to (2c - 1) + (1 - c)(1 - exp(-(x - (2c - 1))/(1 - c))), which tends to c (c of 1 or
     * more: up to c exactly).
     */
    private double electiveRoom(double emergencyBedDays, double wanted) {
        double c = params.electiveCancellationOccupancy, days = beds * DAYS_PER_MONTH;
        if (c >= 1 || days <= 0) return c * days - emergencyBedDays;
        double start = cancellationsBeginAt(), x = (emergencyBedDays + wanted) / days;
        double reached = x <= start ? x : start + (1 - c) * (1 - Math.exp(-(x - start) / (1 - c)));
        return reached * days - emergencyBedDays;
    }

    /** Emergencies take beds first: the CCGs' admissions (with their winter peak) and those of other commissioners. */
    private double emergencyBedDays(HealthEconomy economy) {
        double total = otherEmergencyBedDays0 * growth * emergencyGrowth * economy.emergencySeason;
        for (Contract c : contracts) {
            c.bedDays = c.nonElective * params.nonElectiveStayDays * (1 - c.ccg.stayCutFromInvestment);
            total += c.bedDays;
        }
        return total;
    }

    /**
     * Completes pathways: the sessions run this month, less the admitted pathways whose beds the
     * emergencies took. Returns the elective bed-days used (this trust's CCGs' and other commissioners').
     */
    private double treatElectives(HealthEconomy economy, double sessions, double emergencyBedDays) {
        TariffParams t = economy.tariff;
        long totalWaiting = 0;
        for (Contract c : contracts) {
            c.waitingList.age();
            c.waitingList.refer(c.referralsIn, params.heldUpShare);
            c.waitingList.release(heldUpRelease(c));
            referralsThisYear += c.referralsIn;
            totalWaiting += c.waitingList.waiting();
        }
        double planned = electiveCapacity * sessions * (economy.month() < 12 ? yearOneProfile[economy.month()] : 1);
        double stay = t.electiveConversion * params.electiveStayDays;
        double otherElective = otherElectiveBedDays0 * growth;
        double wanted = planned * stay + otherElective;
        double admitted = wanted <= 0 ? 1 : Math.max(0, Math.min(1, electiveRoom(emergencyBedDays, wanted) / wanted));
        electivesCancelled = planned * t.electiveConversion * (1 - admitted);
        cancelledBedDaysThisYear += (wanted) * (1 - admitted);
        double capacity = planned * (1 - t.electiveConversion + t.electiveConversion * admitted);
        // with admissions cancelled, the pathways completed are more often those that need no bed: each uses (and is
        // billed for) the admitted share of them, not the usual conversion
        admittedPerCompletion = admitted >= 1 ? t.electiveConversion
                : t.electiveConversion * admitted / Math.max(1e-12, 1 - t.electiveConversion + t.electiveConversion * admitted);
        double completedStay = admittedPerCompletion * params.electiveStayDays;
        // a trust whose list is already short stops its extra (waiting-list) sessions rather than run the list dry
        referralRate = referralRate <= 0 ? referralsIn(): 0.8 * referralRate + 0.2 * referralsIn();
        capacity = Math.max(0, Math.min(capacity, totalWaiting - params.targetWaitMonths * referralRate));
        long capacityLeft = Math.round(capacity);
        double used = otherElective * admitted;
        for (int i = 0; i < contracts.length; i++) {
            Contract c = contracts[i];
            long share = totalWaiting == 0 ? 0
                    : (i == contracts.length - 1 ? capacityLeft : Math.round(capacity * c.waitingList.waiting() / (double) totalWaiting));
            share = Math.min(share, capacityLeft);
            c.completions = c.waitingList.treat(share, params.urgentShare, longestWaitFirstShare(c), params.minimumWaitMonths);
            capacityLeft -= share;
            double days = c.completions * completedStay;
            c.bedDays += days;
            used += days;
        }
        // extra sessions only in beds below the occupancy at which cancellations begin (see electiveRoom)
        double bedDaysFree = cancellationsBeginAt() * beds * DAYS_PER_MONTH - emergencyBedDays - used;
        return used + clearBacklogs(planned, bedDaysFree, stay);
    }

    /**
     * Backlog clearance sessions (seed 004, stoke-18-week-backlog: backlogs cleared with extra elective activity for the long
     * waiters, as the hospital and its CCG worked together on planned care). Reordering a list cannot shorten it; extra work
     * can. While the trust works jointly with a CCG (see {@link #jointWorking}) and that CCG has patients waiting over 18
     * weeks, it runs extra sessions for them, longest waiters first: up to backlogClearanceShare x joint working of this
     * month's planned sessions (the CCG's part of them), in the beds the emergencies and the planned work leave below the
     * occupancy at which it begins to cancel electives, and, like its extra follow-up clinics, not while its year to date is in
     * deficit. They are paid work, billed to the CCG under its contract. Returns the bed-days used.
     */
    private double clearBacklogs(double planned, double bedDaysFree, double stay) {
        backlogClearances = 0;
        if (params.backlogClearanceShare <= 0 || surplusYtd < 0) return 0;
        double room = stay > 0 ? Math.max(0, bedDaysFree) / stay : Double.MAX_VALUE;
        double base = 0;
        for (Contract c : contracts) base += c.baseReferralsMonthly;
        if (base <= 0) return 0;
        double used = 0;
        for (Contract c : contracts) {
            double joint = jointWorking(c);
            long longWaiters = c.waitingList.readyOverEighteenWeeks();
            if (joint <= 0 || longWaiters == 0 || room < 1) continue;
            double extra = params.backlogClearanceShare * joint * planned * c.baseReferralsMonthly / base; // pathways
            long n = Math.min(longWaiters, Math.round(Math.min(extra, room)));
            long done = c.waitingList.treat(n, 0, 1, params.minimumWaitMonths); // n <= long waiters: all over 18 weeks
            c.completions += done;
            backlogClearances += done;
            room -= done;
            double days = done * stay;
            c.bedDays += days;
            used += days;
        }
        return used;
    }

    /**
     * The share of routine capacity this contract's list gets in turn, longest waiters first. A trust works a CCG's
     * backlog with it as far as they work together on planned care (seed 004, stoke-18-week-backlog: clinicians agree
     * who waits longest and needs what): its share moves from longestWaitFirstShare towards jointBacklogShare with
     * their joint working. A trust resisting an income shortfall still does it: long waiters treated are paid work.
     */
    double longestWaitFirstShare(Contract c) {
        return params.longestWaitFirstShare + jointWorking(c) * (params.jointBacklogShare - params.longestWaitFirstShare);
    }

    /** The share of this contract's held-up pathways made ready this month: faster as far as the trust and the CCG work together. */
    double heldUpRelease(Contract c) {
        return params.heldUpRelease + jointWorking(c) * (params.jointHeldUpRelease - params.heldUpRelease);
    }

    /** How far the trust works with this contract's CCG on planned care (0-1), as built up to this month. */
    static double jointWorking(Contract c) {
        return c.jointWorking;
    }

    /**
     * Joint working on planned care, CCG by CCG (seed 004, stoke-follow-ups: co-operative working of CCG and hospital is its
     * own achievement, ahead of the community clinics): it builds towards the CCG's commitment to redesign with its hospital
     * times its clinical leads' standing, closing 1/jointWorkingBuildMonths of the gap a month (it fades the same way when the
     * commitment is withdrawn); a stand-off breaks it, and it is built again from nothing after.
     */
    private void buildJointWorking(Contract c) {
        if (c.state == ContractState.STANDOFF) {
            c.jointWorking = 0;
            return;
        }
        double aim = c.ccg.redesignCommitment * c.ccg.clinicalLeadership();
        c.jointWorking += (aim - c.jointWorking) / Math.max(1.0, params.jointWorkingBuildMonths);
    }

    /**
     * A resisting trust fills beds freed below its usual occupancy with extra elective admissions,
     * beyond its waiting list (it lowers its threshold for surgery: seed 001, a reader's comment);
     * they are billed to the CCGs in proportion to their referrals. Returns the bed-days used.
     */
    private double fillFreedBeds(HealthEconomy economy, double bedDaysUsed) {
        extraElectives = 0;
        for (Contract c : contracts) c.extraElectives = 0;
        if (!resisting || params.fillFreedBeds <= 0 || params.electiveStayDays <= 0) return 0;
        double free = params.initialOccupancy * beds * DAYS_PER_MONTH - bedDaysUsed;
        if (free <= 0) return 0;
        double admissions = params.fillFreedBeds * free / params.electiveStayDays;
        long referrals = 0;
        for (Contract c : contracts) referrals += c.referralsIn;
        if (referrals == 0) return 0;
        double used = 0;
        for (Contract c : contracts) {
            c.extraElectives = Math.round(admissions * c.referralsIn / (double) referrals);
            extraElectives += c.extraElectives;
            double days = c.extraElectives * params.electiveStayDays;
            c.bedDays += days;
            used += days;
        }
        return used;
    }

    /**
     * Follow-ups: first the joint review of each overdue list (the CCG's clinical leads and the trust's clinicians: those who no
     * longer need a hospital appointment are discharged, the rest booked), then the sessions run see new and overdue
     * follow-ups alike, booked patients first among the overdue, and extra clinics, while the trust can afford them, see
     * more of the booked ones. Whatever the capacity, followUpSlipShare of those due miss their slot (did not attend,
     * clinic cancelled) and stay overdue: a list is approached, never emptied by arithmetic.
     */
    private void seeFollowUps(HealthEconomy economy, double sessions) {
        for (Contract c : contracts) reviewOverdueFollowUps(c);
        double due = 0;
        for (Contract c : contracts) due += c.overdueFollowUps + c.completions * followUpsPerCompletion(economy, c);
        double capacity = followUpCapacity * sessions;
        double booked = 0;
        for (Contract c : contracts) {
            double demand = c.completions * followUpsPerCompletion(economy, c);
            double owed = c.overdueFollowUps + demand;
            followUpDemandThisYear += demand;
            double seen = due <= 0 ? 0 : Math.min(owed * (1 - params.followUpSlipShare), capacity * owed / due);
            c.followUpsDone = Math.round(seen);
            double overdue = Math.max(0, owed - c.followUpsDone);
            c.followUpsBooked = Math.max(0, Math.min(overdue, c.followUpsBooked - Math.max(0, c.overdueFollowUps - overdue)));
            c.overdueFollowUps = overdue;
            booked += c.followUpsBooked;
        }
        // extra clinics at premium rates: not while the year to date is in deficit
        double extra = surplusYtd < 0 ? 0 : params.followUpExtraClinicShare * followUpCapacity * sessions;
        if (extra <= 0 || booked <= 0) return;
        for (Contract c : contracts) {
            long seen = Math.round(Math.min(c.followUpsBooked * (1 - params.followUpSlipShare), extra * c.followUpsBooked / booked));
            c.followUpsDone += seen;
            c.followUpsBooked = Math.max(0, c.followUpsBooked - seen);
            c.overdueFollowUps = Math.max(c.followUpsBooked, c.overdueFollowUps - seen);
        }
    }

    /**
     * New follow-ups a completed pathway of this contract leads to: the national ratio, less what the CCG's community services
     * take on (after their lag) and what the trust's clinicians and the CCG's clinical leads redesign away together (fewer
     * follow-ups per first appointment, stable patients discharged to their GP with a plan, patient-initiated follow-up), at
     * the pace of their joint working and as far as the trust can afford the follow-up income it gives up. The two cuts
     * act on what the other leaves, so together they stay below 1.
     */
    double followUpsPerCompletion(HealthEconomy economy, Contract c) {
        return economy.tariff.followUpsPerFirst * (1 - followUpRedesign(c)) * (1 - c.ccg.followUpCutFromInvestment);
    }

    /** Share of hospital follow-ups the joint redesign of outpatient follow-up with this contract's CCG spares, this month. */
    double followUpRedesign(Contract c) {
        return params.jointFollowUpCut * jointWorking(c) * followUpRedesignWillingness();
    }

    /**
     * How far the trust goes along with redesigning its follow-ups away (0-1): fully unless it ended last year in deficit;
     * each percentage point of deficit (of its income) takes followUpRedesignDeficitSensitivity off, as the follow-ups it
     * would give up are paid work (trust-resists-shift).
     */
    double followUpRedesignWillingness() {
        return Math.max(0, 1 + params.followUpRedesignDeficitSensitivity * Math.min(0, marginLastYear));
    }

    /**
     * The joint review of a CCG's overdue follow-ups (stoke-follow-ups), part of the same joint work on planned care as the
     * backlog order: each month followUpReviewShare x jointWorking of the list not yet reviewed is reviewed;
     * followUpDischargeShare of those go back to their GP or to the community services; of the rest, the redesigned pathway
     * (see {@link #followUpRedesign}) discharges as many as it spares new patients, with a plan for their GP; the others are booked.
     */
    private void reviewOverdueFollowUps(Contract c) {
        validateOverdueFollowUps(c);
        double reviewed = params.followUpReviewShare * jointWorking(c) * Math.max(0, c.overdueFollowUps - c.followUpsBooked);
        double discharged = reviewed * (1 - (1 - params.followUpDischargeShare) * (1 - followUpRedesign(c)));
        c.followUpsDischarged = discharged;
        c.overdueFollowUps -= discharged;
        c.followUpsBooked += reviewed - discharged;
    }

    /**
     * Validation of a CCG's overdue follow-up list, the clerical first step of the joint review (stoke-follow-ups): a list
     * built up over years holds records that need no appointment (patients already seen or discharged whose entry was never
     * closed, duplicates, patients who moved away or died). Each month followUpValidationShare x jointWorking of the records
     * not yet validated are checked against the hospital's and the GP's records, and followUpStaleShare of them are taken off.
     * The unvalidated part is the list as it stood when the joint work began (overdue patients added later are recent and
     * real), less what has been reviewed, booked or seen since: it never exceeds the list not yet booked.
     */
    private void validateOverdueFollowUps(Contract c) {
        c.followUpsUnvalidated = Math.min(c.followUpsUnvalidated, Math.max(0, c.overdueFollowUps - c.followUpsBooked));
        double validated = params.followUpValidationShare * jointWorking(c) * c.followUpsUnvalidated;
        double off = params.followUpStaleShare * validated;
        c.followUpsUnvalidated -= validated;
        c.overdueFollowUps -= off;
        c.followUpsValidatedOff = off;
    }

    /** MRSA is rarer when occupancy is lower; a serious CQC breach is likelier when the trust is overloaded. */
    private void recordInfections(HealthEconomy economy) {
        double risk = params.mrsaPer100kBedDays / 100_000 * Math.exp(params.mrsaOccupancySensitivity * (occupancy - 0.88));
        mrsaThisMonth = 0;
        for (Contract c : contracts) {
            c.mrsaCases = Poisson.sample(random, risk * c.bedDays);
            mrsaThisMonth += c.mrsaCases;
        }
        double breachChance = occupancy > params.overloadOccupancy ? params.cqcBreachChanceOverloaded : params.cqcBreachChance;
        if (random.nextBoolean(breachChance)) {
            for (Contract c : contracts) {
                c.ccg.cqcBreachThisYear = true;
                if (economy.logging()) economy.log(c.ccg, params.id, "cqc_breach", "Serious CQC breach found at " + params.name
                        + " (occupancy " + Math.round(occupancy * 100) + "%)");
            }
        }
    }

    private void bill(HealthEconomy economy) {
        TariffParams t = economy.tariff;
        double prices = economy.tariffIndex();
        incomeThisMonth = fundReceivedThisMonth + trueUpThisMonth;
        planThisMonth = 0;
        double activityValue = 0;
        double season = economy.emergencySeason(economy.month(), 1); // the average winter's: what the baseline expects
        for (Contract c : contracts) {
            double activity = c.completions * (t.firstOutpatient + admittedPerCompletion * t.electiveSpell)
                    + c.extraElectives * t.electiveSpell
                    + c.followUpsDone * t.followUp + c.nonElective * t.nonElectiveSpell + c.aeAttendances * t.aeAttendance
                    + c.ccg.otherAcuteThisMonth() * c.share;
            activityValue += activity;
            ContractType type = c.ccg.params.contracts.type;
            // the trust bears the cost of every emergency admission; under tariff-based payment those above the baseline are paid at
            // the marginal rate (the year's reconciliation is kept under a block contract too, for next April's baseline)
            double value = activity - c.applyMarginalRate(season, t.nonElectiveSpell, t.emergencyMarginalRate, type != ContractType.BLOCK);
            c.tariffValue = value;
            c.tariffCharge = value * prices;
            c.tariffValueYtd += value;
            double index = c.state == ContractState.STANDOFF ? c.ccgOfferIndex : c.priceIndex;
            double planMonthly = c.planIncome / 12 * (c.state == ContractState.STANDOFF ? index / c.trustAskIndex : 1);
            double pay;
            if (type == ContractType.BLOCK) {
                pay = planMonthly;
            } else {
                pay = value * index * prices;
                if (type == ContractType.GAINSHARE && planMonthly > pay) pay += c.ccg.params.contracts.gainShareToTrust * (planMonthly - pay);
            }
            if (c.state == ContractState.STANDOFF) {
                c.standoffTariffValue += value * prices;
                c.standoffPaid += pay;
                c.standoffMonthsTotal++;
            }
            economy.ledger.pay(c.ccg.account, account, pay);
            c.payment += pay;
            c.paidYtd += pay;
            incomeThisMonth += pay;
            planThisMonth += c.planIncome / 12;
        }
        double otherVolume = otherActivityValue();
        double other = otherPayableValue(t) * prices;
        economy.ledger.pay(economy.otherCommissionersAccount, account, other);
        incomeThisMonth += other;
        planThisMonth += other;
        // costs: beds and sessions as planned, whatever is done with them, and a part that follows activity
        costsThisMonth = costIndex * (fixedCosts(beds, electiveCapacity) + variableCostRate * (activityValue + otherVolume)
                + escalationBeds * params.escalationCostPremium * bedCost0 / beds0);
        economy.ledger.pay(account, economy.suppliersAccount, costsThisMonth);
        incomeYtd += incomeThisMonth;
        planYtd += planThisMonth;
        costsYtd += costsThisMonth;
        surplusYtd = incomeYtd - costsYtd;
        boolean wasResisting = resisting;
        resisting = incomeYtd < planYtd * (1 - params.resistanceShortfallPct / 100);
        if (resisting) resistedThisYear = true;
        if (resisting && !wasResisting && economy.logging()) {
            for (Contract c : contracts) {
                economy.log(c.ccg, params.id, "trust_resists", params.name
                        + " income is below plan: it lobbies the Area Team and fills freed beds with elective work");
            }
        }
    }

    private long referralsIn() {
        long n = 0;
        for (Contract c : contracts) n += c.referralsIn;
        return n;
    }

    private double fixedCosts(double bedsPlanned, double sessionsPlanned) {
        return bedCost0 * bedsPlanned / beds0 + sessionCost0 * sessionsPlanned / electiveCapacity0;
    }

    /**
     * March: the trust plans next year. It wants sessions for the demand it expects plus working its
     * list back to target, and beds for last year's bed-days (and the electives it had to cancel) at its
     * usual occupancy; a trust in deficit trims both; it gets part of the way, with some luck either way.
     * Its costs grow less the savings it makes; from them it works out the contract value it needs.
     */
    private void planNextYear(HealthEconomy economy, int m) {
        TariffParams t = economy.tariff;
        incomeLastYear = incomeYtd;
        surplusLastYear = surplusYtd;
        marginLastYear = incomeYtd > 0 ? 100 * surplusYtd / incomeYtd : 0;
        double g = growthRate();
        double finance = Math.max(0.5, 1 + params.capacityFinanceSensitivity * Math.min(0, marginLastYear));
        double luck = Math.exp(params.capacityPlanSd * random.nextGaussian());
        double adjust = params.capacityAdjustment;

        double demand = referralsThisYear / 12 * g;
        double waiting = getWaitingList();
        double wantedSessions = Math.max(0, demand + (waiting - params.targetWaitMonths * demand) / params.backlogClearanceMonths);
        electiveCapacity = Math.max(1e-9, electiveCapacity + adjust * (wantedSessions * finance * luck - electiveCapacity));

        double followUps = followUpDemandThisYear / 12 * g;
        double wantedFollowUps = followUps; // follow-ups come second to new patients: no planned sessions for overdue ones (extra clinics see booked ones)

        followUpCapacity = Math.max(0, followUpCapacity + adjust * (wantedFollowUps * finance * luck - followUpCapacity));

        double wantedBeds = (bedDaysThisYear + cancelledBedDaysThisYear) / 12 * g / (params.initialOccupancy * DAYS_PER_MONTH);
        beds = Math.max(1, beds + adjust * (wantedBeds * finance - beds));

        double savings = Math.max(0, params.costImprovementPct + params.costImprovementSd * random.nextGaussian());
        costIndex *= 1 + (params.costGrowthPct - savings) / 100;

        // the contract value it needs next year from its CCGs, on next year's tariff
        double value = 0, held = 0;
        for (Contract c : contracts) {
            c.tariffValueLastYear = c.tariffValueYtd;
            c.tariffValueYtd = 0;
            c.paidYtd = 0;
            c.startMarginalYear();
            value += c.tariffValueLastYear * g;
            held += c.marginalDeductionLastYear * g;
        }
        double otherVolume = otherActivityValue() * g * 12;
        double otherPaid = otherPayableValue(t) * g * 12;
        otherEmergencyBaseline = otherEmergencyValue0 * growth * emergencyGrowth * g; // their plan for next year, as the contracts'
        // costs follow the activity, income what is paid for it (emergencies above the baseline at the marginal rate)
        double costs = costIndex * (12 * fixedCosts(beds, electiveCapacity) + variableCostRate * (value + held + otherVolume));
        double prices = t.priceIndex(m / 12 + 1);
        double required = costs / (1 - params.plannedSurplusPct / 100);
        needIndex = value > 0 ? (required - otherPaid * prices) / (value * prices) : 1;
        referralsThisYear = followUpDemandThisYear = bedDaysThisYear = cancelledBedDaysThisYear = 0;
    }

    /** Income the trust expects next year from everyone, at next year's prices: what a commissioner's share is weighed against. */
    double expectedIncome(HealthEconomy economy, int year) {
        double prices = economy.tariff.priceIndex(year);
        double total = otherPayableValue(economy.tariff) * 12 * prices;
        for (Contract c : contracts) total += ContractRound.forecastTariffValue(economy, c, year * 12) * prices;
        return total;
    }

    // Inspector properties
    public String getName() { return params.name; }
    public double getOccupancy() { return occupancy; }
    public double getBeds() { return beds; }
    public double getEscalationBeds() { return escalationBeds; }
    public double getElectiveCapacity() { return electiveCapacity; }
    public double getElectivesCancelled() { return electivesCancelled; }
    public long getBacklogClearances() { return backlogClearances; }
    public double getIncomeYearToDate() { return incomeYtd; }
    public double getPlanYearToDate() { return planYtd; }
    public double getSurplusYearToDate() { return surplusYtd; }
    public double getMarginLastYear() { return marginLastYear; }
    public double getNeedIndex() { return needIndex; }
    public boolean getResisting() { return resisting; }
    public long getWaitingList() {
        long n = 0;
        for (Contract c : contracts) n += c.waitingList.waiting();
        return n;
    }
    public long getOverEighteenWeeks() {
        long n = 0;
        for (Contract c : contracts) n += c.waitingList.overEighteenWeeks();
        return n;
    }
    /** Patients on the lists whose pathway is held up (not yet treatable in turn). */
    public long getHeldUpPathways() {
        long n = 0;
        for (Contract c : contracts) n += c.waitingList.heldUp();
        return n;
    }
    public double getOverdueFollowUps() {
        double n = 0;
        for (Contract c : contracts) n += c.overdueFollowUps;
        return n;
    }
    public int getMrsaThisMonth() { return mrsaThisMonth; }
    public double getIncomeThisMonth() { return incomeThisMonth; }
    public double getPlanThisMonth() { return planThisMonth; }
    public Contract[] contracts() { return contracts; }

    @Override public String toString() { return params.name; }
}
