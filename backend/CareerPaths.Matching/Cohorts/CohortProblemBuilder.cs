using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.HeatMap;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Cohorts;

/// <summary>Turns a population's gaps (the heat map's <see cref="GapScope"/>) and the catalogue into a cohort problem.</summary>
internal static class CohortProblemBuilder
{
    public static CohortProblem Build(Workforce workforce, CohortRequest request)
    {
        var catalogue = workforce.Catalogue;
        var learners = Learners(workforce, request.Scope);
        var wanted = request.OfferingIds?.ToHashSet();
        var unknown = wanted?.Where(id => catalogue.Offerings.All(o => o.Id != id)).Order().ToList();
        if (unknown is { Count: > 0 })
        {
            throw new ArgumentException($"Unknown learning offering(s): {string.Join(", ", unknown)}.", nameof(request));
        }
        var booked = Booked(catalogue, request.Enrolments ?? []);
        // A session with a stored cohort is taken (one cohort per session); one that has begun is too late.
        var taken = booked.Select(seat => seat.Session.Id).ToHashSet();
        bool Open(OfferingSession s) => !taken.Contains(s.Id) && (request.EarliestStart is not { } earliest || s.Starts >= earliest);
        var offerings = catalogue.Offerings
            .Where(o => wanted is null || wanted.Contains(o.Id))
            .Select(o => o.Sessions.All(Open) ? o : o with { Sessions = [.. o.Sessions.Where(Open)] })
            .Where(o => o.Sessions.Count > 0)
            .ToList();
        return new CohortProblem(learners, offerings, request.Budget, booked);
    }

    private static List<BookedSeat> Booked(MatchingCatalogue catalogue, IReadOnlyList<Enrolment> enrolments)
    {
        var offerings = catalogue.Offerings.ToDictionary(o => o.Id);
        return [.. enrolments.Select(enrolment =>
            offerings.TryGetValue(enrolment.OfferingId, out var offering) && offering.Sessions.FirstOrDefault(s => s.Id == enrolment.SessionId) is { } session
                ? new BookedSeat(enrolment.PersonId, session, offering.Raises)
                : throw new ArgumentException($"Enrolment in unknown session {enrolment.SessionId} of offering {enrolment.OfferingId}.", nameof(enrolments)))];
    }

    /// <summary>The people of the scope with open gaps, and those gaps (by skill id), in person id order.</summary>
    public static List<Learner> Learners(Workforce workforce, GapScope scope)
    {
        var catalogue = workforce.Catalogue;
        var population = GapPopulation.Select(workforce, scope);
        var learners = new List<Learner>();
        foreach (var (people, requirements) in population.Groups())
        {
            foreach (var p in people)
            {
                var gaps = requirements
                    .Select(r => new LearnerGap(catalogue.Skills.Ids[r.Column], r.Level, workforce.LevelOf(r.Column, p), r.Weight))
                    .Where(g => g.CurrentLevel < g.RequiredLevel)
                    .OrderBy(g => g.SkillId)
                    .ToList();
                if (gaps.Count > 0) learners.Add(new Learner(workforce.People[p].Id, gaps));
            }
        }
        learners.Sort((a, b) => a.PersonId.CompareTo(b.PersonId));
        return learners;
    }
}
