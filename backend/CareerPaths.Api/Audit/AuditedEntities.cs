namespace CareerPaths.Api.Audit;

/// <summary>The entity types audit entries name; HR filters the log by them (<c>auditEntries(entityType:)</c>).</summary>
public static class AuditedEntities
{
    /// <summary>A person's skill profile: self-assessments, verifications, certifications, career goals (id: employee id).</summary>
    public const string Employee = "Employee";

    /// <summary>A development plan and its actions (id: plan id).</summary>
    public const string DevelopmentPlan = "DevelopmentPlan";

    /// <summary>A role profile and its versions (id: role code).</summary>
    public const string RoleProfile = "RoleProfile";

    /// <summary>A cohort L&amp;D placed in a learning session (id: cohort id).</summary>
    public const string Cohort = "Cohort";
}
