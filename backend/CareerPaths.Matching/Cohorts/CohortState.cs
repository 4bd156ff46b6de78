using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Cohorts;

/// <summary>
/// The planner's working state: learners' levels as cohorts are added, who sits in which session, what is left of
/// the budget. Learners are in person-id order, offerings in id order, sessions in (offering, session id) order;
/// those orders are the tie-breaks.
/// </summary>
internal sealed class CohortState
{
    public CohortState(CohortProblem problem)
    {
        Learners = [.. problem.Learners.OrderBy(l => l.PersonId)];
        Gaps = [.. Learners.Select(l => l.Gaps.Where(g => g.RequiredLevel > g.CurrentLevel && g.Weight > 0).OrderBy(g => g.SkillId).ToArray())];
        Levels = [.. Gaps.Select(gs => gs.Select(g => g.CurrentLevel).ToArray())];
        Offerings = [.. problem.Offerings.OrderBy(o => o.Id)];
        Sessions = [.. Offerings.SelectMany((o, oi) => o.Sessions.OrderBy(s => s.Id).Select(s => new SessionSlot(oi, s)))];
        SessionsOf = [.. Enumerable.Range(0, Learners.Length).Select(_ => new List<int>())];
        Candidates = [.. Offerings.Select((_, oi) => Enumerable.Range(0, Learners.Length).Where(l => Gain(l, oi) > 0).ToArray())];
        Remaining = problem.Budget;
    }

    public Learner[] Learners { get; }

    public LearnerGap[][] Gaps { get; }

    /// <summary>Each gap's level after the cohorts placed so far.</summary>
    public double[][] Levels { get; }

    public LearningOffering[] Offerings { get; }

    public SessionSlot[] Sessions { get; }

    /// <summary>Sessions each learner sits in.</summary>
    public List<int>[] SessionsOf { get; }

    /// <summary>Learners each offering could help at the start (gains only shrink, so nobody else ever can).</summary>
    public int[][] Candidates { get; }

    public double Remaining { get; private set; }

    public double Gain(int learner, int offering)
    {
        var gain = 0.0;
        var gaps = Gaps[learner];
        foreach (var raise in Offerings[offering].Raises)
        {
            for (var g = 0; g < gaps.Length; g++)
            {
                var reach = Math.Min(raise.Level, gaps[g].RequiredLevel);
                if (gaps[g].SkillId == raise.SkillId && reach > Levels[learner][g])
                {
                    gain += gaps[g].Weight * (reach - Levels[learner][g]);
                }
            }
        }
        return gain;
    }

    /// <summary>The learner is not in the session and in no session overlapping it (nobody is double-booked).</summary>
    public bool CanJoin(int learner, int session)
    {
        var slot = Sessions[session];
        if (slot.Members.Count >= Offerings[slot.Offering].Capacity) return false;
        foreach (var other in SessionsOf[learner])
        {
            if (other == session || Sessions[other].Session.Overlaps(slot.Session)) return false;
        }
        return true;
    }

    public double SeatCost(int session) => Offerings[Sessions[session].Offering].CostPerSeat;

    public double OpeningCost(int session) => Offerings[Sessions[session].Offering].CostPerSession;

    /// <summary>Seats the learner (opening the session if needed) and raises their levels; returns the gain.</summary>
    public double Place(int learner, int session)
    {
        var slot = Sessions[session];
        var gain = Gain(learner, slot.Offering);
        Remaining -= SeatCost(session) + (slot.Members.Count == 0 ? OpeningCost(session) : 0);
        var skills = new SortedSet<int>();
        var gaps = Gaps[learner];
        foreach (var raise in Offerings[slot.Offering].Raises)
        {
            for (var g = 0; g < gaps.Length; g++)
            {
                var reach = Math.Min(raise.Level, gaps[g].RequiredLevel);
                if (gaps[g].SkillId == raise.SkillId && reach > Levels[learner][g])
                {
                    skills.Add(raise.SkillId);
                    Levels[learner][g] = reach;
                }
            }
        }
        slot.Members.Add(new PlacedMember(learner, gain, [.. skills]));
        SessionsOf[learner].Add(session);
        return gain;
    }
}

/// <summary>One session of one offering, with the members placed so far and the gain each brought.</summary>
internal sealed class SessionSlot(int offering, OfferingSession session)
{
    public int Offering { get; } = offering;

    public OfferingSession Session { get; } = session;

    public List<PlacedMember> Members { get; } = [];
}

/// <summary>A learner placed in a session, the weighted gap it closed for them and on which skills.</summary>
internal sealed record PlacedMember(int Learner, double Gain, int[] SkillIds);
