using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CareerPaths.Matching.Tests.Cohorts;

/// <summary>Random tiny cohort problems (brute-forceable: at most 4 learners and 4 sessions), and bigger ones.</summary>
internal static class CohortInstance
{
    public static Gen<CohortProblem> Tiny { get; } = Properties.Seeds.Select(seed => Create(seed, maxLearners: 4, maxOfferings: 3, maxSessions: 4));

    public static Gen<CohortProblem> Medium { get; } = Properties.Seeds.Select(seed => Create(seed, maxLearners: 40, maxOfferings: 12, maxSessions: 30));

    public static IEnumerable<CohortProblem> FixedTiny(int count)
    {
        var random = new Random((int)Properties.Seed);
        for (var i = 0; i < count; i++) yield return Create(random.Next(), 4, 3, 4);
    }

    public static CohortProblem Create(int seed, int maxLearners, int maxOfferings, int maxSessions)
    {
        var random = new Random(seed);
        var skills = random.Next(1, 5);
        var learners = Enumerable.Range(1, random.Next(1, maxLearners + 1)).Select(id => new Learner(id,
            [.. Enumerable.Range(1, skills).Where(_ => random.Next(3) > 0)
                .Select(s => new LearnerGap(s, random.Next(2, 8), random.Next(0, 3), random.Next(1, 6) * (random.Next(2) + 1)))])).ToList();
        var sessions = 0;
        var today = new DateOnly(2027, 1, 1);
        var offerings = new List<LearningOffering>();
        for (var id = 1; id <= random.Next(1, maxOfferings + 1) && sessions < maxSessions; id++)
        {
            var count = Math.Min(random.Next(1, 3), maxSessions - sessions);
            sessions += count;
            var dates = Enumerable.Range(0, count).Select(i =>
            {
                var starts = today.AddDays(random.Next(0, 20));
                return new OfferingSession(id * 10 + i, starts, starts.AddDays(random.Next(0, 5)));
            }).ToList();
            offerings.Add(new LearningOffering(id, 8, random.Next(1, 11) * 100, random.Next(2) == 0 ? 0 : random.Next(2, 9) * 100,
                random.Next(1, 4), [.. Enumerable.Range(1, skills).Where(_ => random.Next(2) == 0).Select(s => new SkillLevel(s, random.Next(2, 8)))],
                null, dates));
        }
        var fullCost = offerings.Sum(o => o.Sessions.Count * (o.CostPerSession + o.Capacity * o.CostPerSeat));
        return new CohortProblem(learners, offerings, Math.Round(fullCost * random.NextDouble()));
    }
}
