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
            ["Query.employee"] = s => $"(id: \"{s.EmployeeAId}\")",
            ["Query.orgUnit"] = _ => "(code: \"office-of-the-cio\")",
            ["Query.learningOffering"] = _ => $"(code: \"{MatrixSubjects.LearningOfferingCode}\")",
            ["Query.roleVersions"] = _ => $"(roleCode: \"{MatrixSubjects.RoleCode}\")",
            ["Query.compareToRole"] = s => $"(employeeId: \"{s.EmployeeAId}\", roleId: \"{s.MatcherRoleId}\")",
            ["Query.suggestedRoles"] = s => $"(employeeId: \"{s.EmployeeAId}\", first: 3)",
            ["Query.developmentPaths"] = s => $"(employeeId: \"{s.EmployeeAId}\", targetRoleId: \"{s.MatcherRoleId}\", first: 2)",
            ["Query.learningPlan"] = s => $"(employeeId: \"{s.EmployeeAId}\", roleId: \"{s.MatcherRoleId}\")",
            ["Query.successionCandidates"] = s => $"(roleId: \"{s.MatcherRoleId}\", first: 5)",
            ["Query.planCohorts"] = _ => "(input: { budget: 20000 })",

            // Mutations: each persona acts on their own data, on employee A's, or on what does not exist, so
            // that repeating them changes nothing the other probes read (a payload error still proves the call ran).
            ["Mutation.assessMySkill"] = _ => $"(input: {{ skill: \"{MatrixSubjects.SkillCode}\", level: 3 }})",
            ["Mutation.verifySkill"] = s => $"(input: {{ employeeId: \"{s.EmployeeAId}\", skill: \"{MatrixSubjects.SkillCode}\", level: 3 }})",
            ["Mutation.addMyCertification"] = _ => $"(input: {{ certification: \"{MatrixSubjects.CertificationCode}\", earnedOn: \"2025-01-15\" }})",
            ["Mutation.removeMyCertification"] = _ => $"(input: {{ heldCertificationId: \"{MatrixSubjects.Missing("HeldCertification")}\" }})",
            ["Mutation.setMyCareerGoals"] = _ => $"(input: {{ roleCodes: [\"{MatrixSubjects.RoleCode}\"] }})",
            ["Mutation.createDevelopmentPlan"] = _ => $"(input: {{ targetRole: \"{MatrixSubjects.RoleCode}\" }})",
            ["Mutation.addDevelopmentAction"] = _ => $"(input: {{ planId: \"{MatrixSubjects.Missing("DevelopmentPlan")}\", kind: ASSIGNMENT, description: \"Read the runbook\" }})",
            ["Mutation.updateDevelopmentAction"] = _ => $"(input: {{ actionId: \"{MatrixSubjects.Missing("DevelopmentAction")}\", status: DONE }})",
            ["Mutation.removeDevelopmentAction"] = _ => $"(input: {{ actionId: \"{MatrixSubjects.Missing("DevelopmentAction")}\" }})",
            ["Mutation.archiveDevelopmentPlan"] = _ => $"(input: {{ planId: \"{MatrixSubjects.Missing("DevelopmentPlan")}\" }})",
            ["Mutation.createRole"] = _ => $"(input: {{ code: \"{MatrixSubjects.RoleCode}\", name: \"Taken\", family: MANAGEMENT, tier: TACTICAL, side: MANAGEMENT, description: \"x\" }})",
            ["Mutation.createRoleDraft"] = _ => "(input: { roleCode: \"no-such-role\" })",
            ["Mutation.updateRoleDraft"] = _ => $"(input: {{ draftId: \"{MatrixSubjects.Missing("RoleVersion")}\", expectedRowVersion: \"1\", name: \"x\" }})",
            ["Mutation.publishRoleDraft"] = _ => $"(input: {{ draftId: \"{MatrixSubjects.Missing("RoleVersion")}\", expectedRowVersion: \"1\" }})",
            ["Mutation.archiveRole"] = _ => "(input: { roleCode: \"no-such-role\" })",
            ["Mutation.createCohorts"] = s => $"(input: {{ cohorts: [{{ sessionCode: \"no-such-session\", memberIds: [\"{s.EmployeeAId}\"] }}] }})",
        };

    /// <summary>
    /// Through which field a type is reached, when the shortest route would not reach the subject's data (a type
    /// that <c>me</c> reaches first but whose rows are about employee A, say): type name → field coordinate.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Routes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // me would reach Employee as every persona's own record; the columns are about employee A.
        ["Employee"] = "Query.employee",

        // A's learning plan has no skill nobody teaches; the skills its offerings close are the SkillNeeds with data.
        ["SkillNeed"] = "PlannedOffering.closesSkills",
    };
}
