namespace CareerPaths.Api.Cohorts;

/// <summary>A stored cohort: one session of one offering.</summary>
public sealed record CohortRecord(int Id, int SessionId, int OfferingId, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>A member of a stored cohort, with the name L&amp;D plans with.</summary>
public sealed record CohortMemberRecord(int CohortId, int EmployeeId, string Name, DateTimeOffset AddedAt);

/// <summary>A session with what cohort checks need: its offering, dates and seats.</summary>
public sealed record CohortSessionRecord(int Id, string Code, int OfferingId, DateOnly StartsOn, DateOnly EndsOn, int Capacity);
