namespace CareerPaths.Api.Identity;

/// <summary>
/// The authorization policy names attached to GraphQL fields and types (<c>.Authorize(Policies.HR)</c>). They
/// decide whether a field may be called at all; which rows it returns is decided in the data access
/// (<see cref="IEmployeeScope"/>). docs/security.md holds the table of who may read or call what.
/// </summary>
public static class Policies
{
    /// <summary>A signed-in person linked to an employee record.</summary>
    public const string Employee = "Employee";

    /// <summary>HR (app role <see cref="AppRoles.HR"/>).</summary>
    public const string HR = "HR";

    /// <summary>A manager (app role <see cref="AppRoles.Manager"/>), or HR.</summary>
    public const string Manager = "Manager";

    /// <summary>L&amp;D (app role <see cref="AppRoles.LearningAndDevelopment"/>), or HR.</summary>
    public const string LearningAndDevelopment = "LearningAndDevelopment";
}
