using CareerPaths.Api.Data;
using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Matching.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Cohorts;

/// <summary>
/// The seats of stored cohorts whose sessions have not ended: what a new plan must plan around (taken sessions,
/// busy dates, levels being learnt) and what createCohorts checks against. One query. Cohorts are not part of the
/// matcher's read model (they change what is planned, not anyone's skills), so they are read fresh each time.
/// </summary>
internal static class CohortEnrolments
{
    /// <summary>Seats of sessions ending today or later (of <paramref name="people"/> only, unless null), in sessions the snapshot knows.</summary>
    public static async Task<List<Enrolment>> LoadAsync(
        CareerPathsDbContext db, MatcherSnapshot snapshot, IReadOnlyCollection<int>? people, CancellationToken cancellationToken)
    {
        var today = snapshot.ReferenceDate;
        var members = db.CohortMembers.AsNoTracking().Where(member => member.Cohort.LearningSession.EndsOn >= today);
        if (people is not null)
        {
            members = members.Where(member => people.Contains(member.EmployeeId));
        }

        var seats = await members
            .OrderBy(member => member.CohortId).ThenBy(member => member.EmployeeId)
            .Select(member => new Enrolment(member.EmployeeId, member.Cohort.LearningSession.LearningOfferingId, member.Cohort.LearningSessionId))
            .ToListAsync(cancellationToken);
        // A session the read model does not know (created after it was built) cannot be in any plan of it either.
        return [.. seats.Where(seat => snapshot.Offering(seat.OfferingId)?.Sessions.Any(session => session.Id == seat.SessionId) == true)];
    }
}
