using CareerPaths.Api.Data;
using CareerPaths.Api.Employees;
using CareerPaths.Api.Matching;
using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.GraphQL.Relay;
using CareerPaths.Matching.HeatMap;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Cohorts;

/// <summary>A cohort that passed every check, ready to store.</summary>
internal sealed record CheckedCohort(CohortSessionRecord Session, IReadOnlyList<int> MemberIds);

/// <summary>
/// Checks an accepted proposal against the data as it is now (inside the creating transaction): sessions exist, are
/// free and have not started; members exist, fit in, still have something to learn there, and sit in no two
/// sessions whose dates overlap — counting the cohorts already stored. Every problem is reported, not just the first.
/// </summary>
internal sealed class CohortValidation(CareerPathsDbContext db, MatcherSnapshot snapshot, GapScope scope, CancellationToken cancellationToken)
{
    public const int MaxCohorts = 50;

    private readonly List<IDomainError> _errors = [];

    public async Task<(IReadOnlyList<CheckedCohort> Cohorts, IReadOnlyList<IDomainError> Errors)> CheckAsync(IReadOnlyList<CohortInput> cohorts)
    {
        if (cohorts.Count is 0 or > MaxCohorts)
        {
            return ([], [new ValueOutOfRangeError("cohorts", cohorts.Count, 1, MaxCohorts)]);
        }

        var codes = cohorts.Select(cohort => cohort.SessionCode).Distinct(StringComparer.Ordinal).ToList();
        var sessions = await db.LearningSessions.AsNoTracking()
            .Where(session => codes.Contains(session.Code))
            .Select(session => new CohortSessionRecord(session.Id, session.Code, session.LearningOfferingId, session.StartsOn, session.EndsOn, session.LearningOffering.Capacity))
            .ToDictionaryAsync(session => session.Code, StringComparer.Ordinal, cancellationToken);
        var sessionIds = sessions.Values.Select(session => session.Id).ToList();
        var taken = (await db.Cohorts.AsNoTracking().Where(cohort => sessionIds.Contains(cohort.LearningSessionId))
            .Select(cohort => cohort.LearningSessionId).ToListAsync(cancellationToken)).ToHashSet();

        var members = cohorts.Select((cohort, i) => Members(cohort, i)).ToList();
        var everyone = members.SelectMany(list => list.Select(member => member.Id)).Distinct().ToList();
        var existing = (await db.Employees.AsNoTracking().Where(employee => everyone.Contains(employee.Id))
            .Select(employee => employee.Id).ToListAsync(cancellationToken)).ToHashSet();
        var bookings = (await db.CohortMembers.AsNoTracking().Where(member => everyone.Contains(member.EmployeeId))
            .Select(member => new Booking(member.EmployeeId, member.Cohort.LearningSession.Code, member.Cohort.LearningSession.StartsOn, member.Cohort.LearningSession.EndsOn))
            .ToListAsync(cancellationToken)).ToLookup(booking => booking.EmployeeId);
        // What members' seats in stored cohorts teach them is no gap a new cohort could close.
        var population = new CohortPopulation(snapshot, scope, await CohortEnrolments.LoadAsync(db, snapshot, everyone, cancellationToken));

        var checkedCohorts = new List<CheckedCohort>();
        var seenCodes = new HashSet<string>(StringComparer.Ordinal);
        var placed = new List<(Booking Booking, string Field)>();
        for (var i = 0; i < cohorts.Count; i++)
        {
            var field = $"cohorts[{i}]";
            var code = cohorts[i].SessionCode;
            if (!seenCodes.Add(code))
            {
                _errors.Add(new DuplicateValueError("cohorts", code));
                continue;
            }

            // A session of an offering newer than the request's read model is as good as unknown to the matcher.
            if (!sessions.TryGetValue(code, out var session) || snapshot.Offering(session.OfferingId) is not { } offering)
            {
                _errors.Add(new UnknownSessionError(field + ".sessionCode", code));
                continue;
            }

            CheckSession(session, field, taken, members[i].Count);
            var valid = new List<int>();
            foreach (var (id, text, memberField) in members[i])
            {
                if (!existing.Contains(id))
                {
                    _errors.Add(new NotFoundError(memberField, text));
                }
                else if (population.GapClosedBy(id, offering) <= 0)
                {
                    _errors.Add(new NothingToLearnError(memberField, text, code));
                }
                else
                {
                    var booking = new Booking(id, code, session.StartsOn, session.EndsOn);
                    CheckOverlaps(booking, memberField, text, bookings[id].Concat(placed.Where(p => p.Booking.EmployeeId == id).Select(p => p.Booking)));
                    placed.Add((booking, memberField));
                    population.Book(id, offering);
                    valid.Add(id);
                }
            }

            checkedCohorts.Add(new CheckedCohort(session, valid));
        }

        return (checkedCohorts, _errors);
    }

    private void CheckSession(CohortSessionRecord session, string field, HashSet<int> taken, int members)
    {
        if (taken.Contains(session.Id))
        {
            _errors.Add(new SessionTakenError(field + ".sessionCode", session.Code));
        }

        if (session.StartsOn <= snapshot.ReferenceDate)
        {
            _errors.Add(new SessionStartedError(field + ".sessionCode", session.Code, session.StartsOn));
        }

        if (members == 0)
        {
            _errors.Add(new ValueOutOfRangeError(field + ".memberIds", 0, 1, session.Capacity));
        }
        else if (members > session.Capacity)
        {
            _errors.Add(new CapacityExceededError(field + ".memberIds", session.Code, session.Capacity, members));
        }
    }

    private void CheckOverlaps(Booking booking, string field, string employeeId, IEnumerable<Booking> others)
    {
        foreach (var other in others.Where(other => other.StartsOn <= booking.EndsOn && booking.StartsOn <= other.EndsOn))
        {
            _errors.Add(new DoubleBookedError(field, employeeId, booking.SessionCode, other.SessionCode));
        }
    }

    private List<(int Id, string Text, string Field)> Members(CohortInput cohort, int index)
    {
        var members = new List<(int, string, string)>();
        var seen = new HashSet<int>();
        for (var j = 0; j < cohort.MemberIds.Count; j++)
        {
            var text = cohort.MemberIds[j];
            var field = $"cohorts[{index}].memberIds[{j}]";
            if (!MatchingIds.TryParse(text, MatchingIds.Employee, out var id, out _))
            {
                _errors.Add(new NotFoundError(field, text));
            }
            else if (!seen.Add(id))
            {
                _errors.Add(new DuplicateValueError($"cohorts[{index}].memberIds", text));
            }
            else
            {
                members.Add((id, text, field));
            }
        }

        return members;
    }

    private sealed record Booking(int EmployeeId, string SessionCode, DateOnly StartsOn, DateOnly EndsOn);
}
