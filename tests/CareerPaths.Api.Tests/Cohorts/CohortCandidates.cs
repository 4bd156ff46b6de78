using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Cohorts;

/// <summary>
/// What the createCohorts tests pick their cases from, found with the library rather than written by hand: who has
/// something to learn in which offering (everyone measured against their current role), which sessions are still
/// free and to come, and who holds no seat yet — so each test stays independent of what the others stored.
/// </summary>
public sealed class CohortCandidates
{
    private CohortCandidates(Dictionary<int, Learner> learners, List<(LearningOffering Offering, OfferingSession Session, string Code)> free, HashSet<int> seated)
    {
        Learners = learners;
        FreeSessions = free;
        Seated = seated;
    }

    public Dictionary<int, Learner> Learners { get; }

    /// <summary>Sessions without a cohort that start after the fixture's day, by offering id then session id.</summary>
    public IReadOnlyList<(LearningOffering Offering, OfferingSession Session, string Code)> FreeSessions { get; }

    /// <summary>People who hold a seat in a stored cohort already.</summary>
    public HashSet<int> Seated { get; }

    public static async Task<CohortCandidates> LoadAsync(MatcherApiFixture fixture)
    {
        var reference = await fixture.ReferenceAsync();
        await using var db = fixture.Database.CreateContext();
        var taken = await db.Cohorts.Select(c => c.LearningSessionId).ToListAsync();
        var codes = await db.LearningSessions.ToDictionaryAsync(s => s.Id, s => s.Code);
        var seated = (await db.CohortMembers.Select(m => m.EmployeeId).ToListAsync()).ToHashSet();
        var today = DateOnly.FromDateTime(fixture.Clock.Now.UtcDateTime);
        var free = reference.Catalogue.Data.Offerings.OrderBy(o => o.Id)
            .SelectMany(o => o.Sessions.OrderBy(s => s.Id).Where(s => s.Starts > today && !taken.Contains(s.Id)).Select(s => (o, s, codes[s.Id])))
            .ToList();
        return new CohortCandidates(reference.CohortLearners(new GapScope()).ToDictionary(l => l.PersonId), free, seated);
    }

    /// <summary>The weighted gap a seat in the offering closes for the person (the planner's value).</summary>
    public double Closes(int person, LearningOffering offering) => Learners.TryGetValue(person, out var learner)
        ? learner.Gaps.Sum(g => offering.Raises.Where(r => r.SkillId == g.SkillId)
            .Select(r => g.Weight * Math.Max(0, Math.Min(r.Level, g.RequiredLevel) - g.CurrentLevel)).DefaultIfEmpty(0).Max())
        : 0;

    /// <summary>People without a seat yet who would learn something in the offering, by id.</summary>
    public List<int> LearnersOf(LearningOffering offering) =>
        [.. Learners.Keys.Where(p => !Seated.Contains(p) && Closes(p, offering) > 0).Order()];
}
