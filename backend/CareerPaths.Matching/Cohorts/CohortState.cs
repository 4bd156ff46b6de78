namespace CareerPaths.Matching.Cohorts;

/// <summary>One greedy run's working state: learners' levels as cohorts are added, who sits where, the budget left.</summary>
internal sealed class CohortState
{
    public CohortState(CohortIndex index)
    {
        Index = index;
        Levels = [.. index.StartLevels.Select(levels => levels.ToArray())];
        Members = [.. index.Sessions.Select(_ => new List<PlacedMember>())];
        SessionsOf = [.. index.Learners.Select(_ => new List<int>())];
        Remaining = index.Budget;
    }

    public CohortState(CohortProblem problem)
        : this(new CohortIndex(problem))
    {
    }

    public CohortIndex Index { get; }

    /// <summary>Each gap's level after the cohorts placed so far.</summary>
    public double[][] Levels { get; }

    /// <summary>Members of each session so far, with the gain each brought.</summary>
    public List<PlacedMember>[] Members { get; }

    /// <summary>Sessions each learner sits in.</summary>
    public List<int>[] SessionsOf { get; }

    public double Remaining { get; private set; }

    public int OfferingOf(int session) => Index.Sessions[session].Offering;

    public double Gain(int learner, int offering)
    {
        var gain = 0.0;
        var gaps = Index.Gaps[learner];
        var levels = Levels[learner];
        foreach (var raise in Index.Offerings[offering].Raises)
        {
            for (var g = 0; g < gaps.Length; g++)
            {
                var reach = Math.Min(raise.Level, gaps[g].RequiredLevel);
                if (gaps[g].SkillId == raise.SkillId && reach > levels[g])
                {
                    gain += gaps[g].Weight * (reach - levels[g]);
                }
            }
        }
        return gain;
    }

    /// <summary>The session has a seat and the learner is in no session overlapping it (nobody is double-booked).</summary>
    public bool CanJoin(int learner, int session)
    {
        var (offering, slot) = Index.Sessions[session];
        if (Members[session].Count >= Index.Offerings[offering].Capacity) return false;
        foreach (var other in SessionsOf[learner])
        {
            if (other == session || Index.Sessions[other].Session.Overlaps(slot)) return false;
        }
        foreach (var busy in Index.Busy[learner])
        {
            if (busy.Overlaps(slot)) return false;
        }
        return true;
    }

    public double SeatCost(int session) => Index.Offerings[OfferingOf(session)].CostPerSeat;

    public double OpeningCost(int session) => Index.Offerings[OfferingOf(session)].CostPerSession;

    /// <summary>Seats the learner (opening the session if needed) and raises their levels; returns the gain.</summary>
    public double Place(int learner, int session)
    {
        var offering = OfferingOf(session);
        var gain = Gain(learner, offering);
        Remaining -= SeatCost(session) + (Members[session].Count == 0 ? OpeningCost(session) : 0);
        var skills = new SortedSet<int>();
        var gaps = Index.Gaps[learner];
        foreach (var raise in Index.Offerings[offering].Raises)
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
        Members[session].Add(new PlacedMember(learner, gain, [.. skills]));
        SessionsOf[learner].Add(session);
        return gain;
    }
}

/// <summary>A learner placed in a session, the weighted gap it closed for them and on which skills.</summary>
internal sealed record PlacedMember(int Learner, double Gain, int[] SkillIds);
