using CareerPaths.Api.Data.Learning;

namespace CareerPaths.Api.Data.Cohorts;

/// <summary>The group of people L&amp;D places in one session of one learning offering.</summary>
public class Cohort
{
    public int Id { get; set; }

    public int LearningSessionId { get; set; }

    /// <summary>Who created it: the signed-in user's name or object id, as in the audit log.</summary>
    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public LearningSession LearningSession { get; set; } = null!;

    public ICollection<CohortMember> Members { get; } = [];
}
