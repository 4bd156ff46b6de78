using CareerPaths.Api.Data.Skills;

namespace CareerPaths.Api.Data.Employees;

/// <summary>
/// One statement that a person has a skill at a level (0–7), from one source, on one date. A person may have
/// several for one skill; the matcher derives the effective level from all of them.
/// </summary>
public class SkillEvidence
{
    public int Id { get; set; }

    public int EmployeeId { get; set; }

    public int SkillId { get; set; }

    public int Level { get; set; }

    public EvidenceSource Source { get; set; }

    public DateOnly AssessedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>Who recorded it (the person, their manager …); <c>null</c> for imports and seeds without one.</summary>
    public int? RecordedById { get; set; }

    public Employee Employee { get; set; } = null!;

    public Skill Skill { get; set; } = null!;

    public Employee? RecordedBy { get; set; }
}
