namespace CareerPaths.Api.Identity;

/// <summary>
/// The person making the request, as the API knows them after sign-in: their identity-provider object id, the
/// employee record it links to (by the <c>oid</c> claim), and their app roles. Anonymous when not signed in.
/// </summary>
public sealed record Viewer(Guid? ObjectId, int? EmployeeId, IReadOnlySet<string> AppRoles)
{
    public static Viewer Anonymous { get; } = new(null, null, new HashSet<string>(StringComparer.Ordinal));

    public bool IsAuthenticated => ObjectId is not null;

    /// <summary>Signed in and linked to an employee record: what every employee-facing field needs.</summary>
    public bool IsEmployee => EmployeeId is not null;

    public bool IsHR => AppRoles.Contains(Identity.AppRoles.HR);

    public bool IsManager => AppRoles.Contains(Identity.AppRoles.Manager);

    public bool IsLearningAndDevelopment => AppRoles.Contains(Identity.AppRoles.LearningAndDevelopment);

    /// <summary>How audit entries name this viewer: the object id, never a name or e-mail.</summary>
    public string AuditName => ObjectId is { } id ? "oid:" + id.ToString("D") : "anonymous";
}
