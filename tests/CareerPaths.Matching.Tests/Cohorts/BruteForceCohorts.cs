using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Cohorts;

namespace CareerPaths.Matching.Tests.Cohorts;

/// <summary>The exact optimum of a tiny cohort problem: every member set for every session.</summary>
internal static class BruteForceCohorts
{
    public static double OptimalGapClosed(CohortProblem problem)
    {
        var learners = problem.Learners.ToList();
        var sessions = problem.Offerings.SelectMany(o => o.Sessions.Select(s => (Offering: o, Session: s))).ToList();
        var best = 0.0;
        var members = new int[sessions.Count];
        Choose(0);
        return best;

        void Choose(int s)
        {
            if (s == sessions.Count)
            {
                best = Math.Max(best, Value());
                return;
            }
            for (var subset = 0; subset < 1 << learners.Count; subset++)
            {
                if (System.Numerics.BitOperations.PopCount((uint)subset) <= sessions[s].Offering.Capacity)
                {
                    members[s] = subset;
                    Choose(s + 1);
                }
            }
        }

        double Value()
        {
            var cost = sessions.Select((x, s) => members[s] == 0 ? 0
                : x.Offering.CostPerSession + x.Offering.CostPerSeat * System.Numerics.BitOperations.PopCount((uint)members[s])).Sum();
            if (cost > problem.Budget) return double.NegativeInfinity;
            var total = 0.0;
            for (var l = 0; l < learners.Count; l++)
            {
                var mine = Enumerable.Range(0, sessions.Count).Where(s => (members[s] >> l & 1) != 0).ToList();
                if (mine.Any(a => mine.Any(b => a < b && sessions[a].Session.Overlaps(sessions[b].Session)))) return double.NegativeInfinity;
                total += learners[l].Gaps.Sum(g => g.Weight * Math.Max(0, Math.Min(g.RequiredLevel,
                    mine.SelectMany(s => sessions[s].Offering.Raises).Where(r => r.SkillId == g.SkillId).Select(r => (double)r.Level)
                        .Append(g.CurrentLevel).Max()) - g.CurrentLevel));
            }
            return total;
        }
    }

    /// <summary>What the plan closes, recomputed from its cohorts alone (checks the plan's own bookkeeping).</summary>
    public static double GapClosedBy(CohortPlan plan, CohortProblem problem)
    {
        var offerings = problem.Offerings.ToDictionary(o => o.Id);
        return problem.Learners.Sum(l =>
        {
            var raises = plan.Cohorts.Where(c => c.Members.Any(m => m.PersonId == l.PersonId)).SelectMany(c => offerings[c.OfferingId].Raises).ToList();
            return l.Gaps.Where(g => g.RequiredLevel > g.CurrentLevel && g.Weight > 0).Sum(g => g.Weight * Math.Max(0, Math.Min(g.RequiredLevel,
                raises.Where(r => r.SkillId == g.SkillId).Select(r => (double)r.Level).Append(g.CurrentLevel).Max()) - g.CurrentLevel));
        });
    }

    public static bool Overlap(OfferingSession a, OfferingSession b) => a.Overlaps(b);
}
