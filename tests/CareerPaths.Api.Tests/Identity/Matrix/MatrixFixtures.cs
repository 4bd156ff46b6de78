namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>
/// The one place the matrix learns how to call fields. A field with required arguments needs an entry in
/// <see cref="Arguments"/> (GraphQL argument text, from the seeded data); a field without may have one, to reach
/// richer data. Fields that take data about a person should point at employee A (<c>s.Personas.EmployeeId("employee")</c>):
/// the table's columns say what each persona gets for A's data. Mutations run once per persona and field — give
/// them input that is safe to repeat (one that ends in a domain error is fine: the policy ran before it).
/// </summary>
public static class MatrixFixtures
{
    public static readonly IReadOnlyDictionary<string, Func<MatrixSubjects, string>> Arguments =
        new Dictionary<string, Func<MatrixSubjects, string>>(StringComparer.Ordinal)
        {
            ["Query.node"] = s => $"(id: \"{s.SkillId}\")",
            ["Query.nodes"] = s => $"(ids: [\"{s.SkillId}\", \"{s.RoleId}\", \"{s.CertificationId}\"])",
            ["Query.skills"] = _ => "(first: 5)",
            ["Query.skill"] = _ => $"(code: \"{MatrixSubjects.SkillCode}\")",
            ["Query.roles"] = _ => "(first: 5)",
            ["Query.role"] = _ => $"(code: \"{MatrixSubjects.RoleCode}\")",
            ["Query.certifications"] = _ => "(first: 5)",
            ["Query.certification"] = _ => $"(code: \"{MatrixSubjects.CertificationCode}\")",
        };

    /// <summary>
    /// Through which field a type is reached, when the shortest route would not reach the subject's data (a type
    /// that <c>me</c> reaches first but whose rows are about employee A, say): type name → field coordinate.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}
