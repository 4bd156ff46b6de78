using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Cohorts;
using CareerPaths.Matching.HeatMap;
using CareerPaths.Matching.Tests.Support;
using FsCheck.Fluent;

namespace CareerPaths.Matching.Tests.Cohorts;

/// <summary>
/// Seats people hold already (stored cohorts) constrain a new plan: nobody is placed in a session overlapping one,
/// and what a booked seat teaches counts as learnt — exactly as if their levels had been that high to begin with.
/// </summary>
public class BookedSeatTests
{
    private static readonly DateOnly January = new(2027, 1, 1);

    [Fact]
    public void Nobody_is_placed_in_a_session_overlapping_a_seat_they_hold()
    {
        Properties.Hold(WithBookings(overlapping: true), problem =>
        {
            var plan = CohortPlanner.Plan(problem);
            var sessions = problem.Offerings.SelectMany(o => o.Sessions).ToDictionary(s => s.Id);
            var busy = problem.Booked!.ToLookup(seat => seat.PersonId, seat => seat.Session);
            return plan.Cohorts.All(c => c.Members.All(m => busy[m.PersonId].All(b => !b.Overlaps(sessions[c.SessionId]))));
        });
    }

    [Fact]
    public void What_a_booked_seat_teaches_counts_as_if_the_levels_had_been_that_high()
    {
        // Seats far from every session only raise levels, so the plan must equal one for the raised levels.
        Properties.Hold(WithBookings(overlapping: false), problem =>
        {
            var raised = problem with
            {
                Booked = null,
                Learners = [.. problem.Learners.Select(l => l with { Gaps = [.. l.Gaps.Select(g => g with { CurrentLevel = Raised(problem, l.PersonId, g) })] })],
            };
            return Same(CohortPlanner.Plan(problem), CohortPlanner.Plan(raised));
        });
    }

    [Fact]
    public void A_person_whose_booked_seat_closes_their_gap_is_not_planned_again_and_one_busy_then_goes_elsewhere()
    {
        var offering = new LearningOffering(1, 8, 100, 0, 5, [new SkillLevel(1, 5)], null,
            [new OfferingSession(10, January, January.AddDays(2)), new OfferingSession(11, January.AddDays(7), January.AddDays(8))]);
        var learners = new List<Learner> { new(1, [new LearnerGap(1, 5, 1, 2)]), new(2, [new LearnerGap(1, 5, 1, 2)]) };
        var elsewhere = new OfferingSession(99, January.AddDays(1), January.AddDays(1));

        var plan = CohortPlanner.Plan(new CohortProblem(learners, [offering], 1000,
            [new BookedSeat(1, new OfferingSession(98, January.AddMonths(3), January.AddMonths(3)), [new SkillLevel(1, 6)]), new BookedSeat(2, elsewhere, [])]));

        var cohort = Assert.Single(plan.Cohorts);
        Assert.Equal(11, cohort.SessionId);
        Assert.Equal([2], cohort.Members.Select(m => m.PersonId));
    }

    [Fact]
    public void Planning_for_a_workforce_skips_taken_and_early_sessions_and_plans_around_stored_seats()
    {
        Properties.Hold(Properties.Seeds, seed =>
        {
            var world = World.Small(seed);
            var first = world.Matcher.PlanCohorts(new CohortRequest(new GapScope(), 20_000));
            var stored = first.Cohorts.Take(2).ToList();
            var enrolments = stored.SelectMany(c => c.Members.Select(m => new Enrolment(m.PersonId, c.OfferingId, c.SessionId))).ToList();
            var sessions = world.Matcher.Catalogue.Data.Offerings.SelectMany(o => o.Sessions).ToDictionary(s => s.Id);
            var earliest = sessions.Values.Select(s => s.Starts).Order().ElementAt(sessions.Count / 3);

            var again = world.Matcher.PlanCohorts(new CohortRequest(new GapScope(), 20_000, Enrolments: enrolments, EarliestStart: earliest));

            var busy = enrolments.ToLookup(e => e.PersonId, e => sessions[e.SessionId]);
            return again.Cohorts.All(c => stored.All(s => s.SessionId != c.SessionId) && sessions[c.SessionId].Starts >= earliest
                && c.Members.All(m => busy[m.PersonId].All(b => !b.Overlaps(sessions[c.SessionId]))));
        }, runs: 30);
    }

    private static FsCheck.Gen<CohortProblem> WithBookings(bool overlapping) => CohortInstance.Medium.Select(problem =>
    {
        var random = new Random(problem.Learners.Count * 7919 + problem.Offerings.Count);
        var booked = problem.Learners.Where(_ => random.Next(3) == 0).Select(l =>
        {
            var starts = overlapping ? January.AddDays(random.Next(0, 20)) : January.AddYears(1);
            return new BookedSeat(l.PersonId, new OfferingSession(1000 + l.PersonId, starts, starts.AddDays(random.Next(0, 4))),
                [.. l.Gaps.Where(_ => random.Next(2) == 0).Select(g => new SkillLevel(g.SkillId, random.Next(1, 8)))]);
        }).ToList();
        return problem with { Booked = booked };
    });

    private static double Raised(CohortProblem problem, int person, LearnerGap gap) => problem.Booked!
        .Where(seat => seat.PersonId == person).SelectMany(seat => seat.Raises).Where(r => r.SkillId == gap.SkillId)
        .Select(r => Math.Min(r.Level, gap.RequiredLevel)).Append(gap.CurrentLevel).Max();

    private static bool Same(CohortPlan a, CohortPlan b) =>
        a.Cohorts.Count == b.Cohorts.Count && Math.Abs(a.WeightedGapClosed - b.WeightedGapClosed) < 1e-9 && Math.Abs(a.TotalCost - b.TotalCost) < 1e-9
        && a.Cohorts.Zip(b.Cohorts).All(p => p.First.SessionId == p.Second.SessionId
            && p.First.Members.Select(m => m.PersonId).SequenceEqual(p.Second.Members.Select(m => m.PersonId)));
}
