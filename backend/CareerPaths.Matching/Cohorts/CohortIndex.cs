using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Cohorts;

/// <summary>
/// The read-only part of a cohort problem, built once and shared by every greedy run: learners in person-id order
/// with their open gaps, offerings in id order, sessions in (offering, session id) order — those orders are the
/// tie-breaks — and, per offering, the learners it could help at all.
/// </summary>
internal sealed class CohortIndex
{
    public CohortIndex(CohortProblem problem)
    {
        Budget = problem.Budget;
        Learners = [.. problem.Learners.OrderBy(l => l.PersonId)];
        Gaps = [.. Learners.Select(l => l.Gaps.Where(g => g.RequiredLevel > g.CurrentLevel && g.Weight > 0).OrderBy(g => g.SkillId).ToArray())];
        Offerings = [.. problem.Offerings.OrderBy(o => o.Id)];
        Sessions = [.. Offerings.SelectMany((o, oi) => o.Sessions.OrderBy(s => s.Id).Select(s => (oi, s)))];
        var booked = (problem.Booked ?? []).ToLookup(seat => seat.PersonId);
        Busy = [.. Learners.Select(l => booked[l.PersonId].Select(seat => seat.Session).ToArray())];
        StartLevels = [.. Learners.Select((l, i) => Gaps[i].Select(g => booked[l.PersonId]
            .SelectMany(seat => seat.Raises).Where(raise => raise.SkillId == g.SkillId)
            .Select(raise => Math.Min(raise.Level, g.RequiredLevel)).Append(g.CurrentLevel).Max()).ToArray())];
        Candidates = CandidatesByOffering();
    }

    /// <summary>Sessions each learner holds a seat in already: they cannot join one overlapping these.</summary>
    public OfferingSession[][] Busy { get; }

    /// <summary>Each gap's level before planning: the current level, raised by what booked seats teach.</summary>
    public double[][] StartLevels { get; }

    public double Budget { get; }

    public Learner[] Learners { get; }

    public LearnerGap[][] Gaps { get; }

    public LearningOffering[] Offerings { get; }

    public (int Offering, OfferingSession Session)[] Sessions { get; }

    /// <summary>Learners each offering raises some open gap of (gains only shrink later, so nobody else ever can).</summary>
    public int[][] Candidates { get; }

    private int[][] CandidatesByOffering()
    {
        var raisers = new Dictionary<int, List<(int Offering, int Level)>>();
        for (var o = 0; o < Offerings.Length; o++)
        {
            foreach (var raise in Offerings[o].Raises)
            {
                if (!raisers.TryGetValue(raise.SkillId, out var list)) raisers[raise.SkillId] = list = [];
                list.Add((o, raise.Level));
            }
        }
        var candidates = Offerings.Select(_ => new List<int>()).ToArray();
        var last = Enumerable.Repeat(-1, Offerings.Length).ToArray();
        for (var l = 0; l < Learners.Length; l++)
        {
            foreach (var gap in Gaps[l])
            {
                foreach (var (o, level) in raisers.GetValueOrDefault(gap.SkillId) ?? [])
                {
                    if (level > gap.CurrentLevel && last[o] != l)
                    {
                        last[o] = l;
                        candidates[o].Add(l);
                    }
                }
            }
        }
        return [.. candidates.Select(c => c.ToArray())];
    }
}
