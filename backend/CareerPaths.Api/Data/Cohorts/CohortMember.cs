using CareerPaths.Api.Data.Employees;

namespace CareerPaths.Api.Data.Cohorts;

/// <summary>A person enrolled in a cohort.</summary>
public class CohortMember
{
    public int CohortId { get; set; }

    public int EmployeeId { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public Cohort Cohort { get; set; } = null!;

    public Employee Employee { get; set; } = null!;
}
