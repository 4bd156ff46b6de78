using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// Bad arguments to every matcher field — malformed ids, ids of the wrong type, ids nobody has, a role without a
/// published version, counts out of range, empty or repeated lists, a negative budget — answer 200 with one
/// GraphQL error: <c>extensions.code</c> says what kind of problem, <c>extensions.argument</c> which argument.
/// Never a 500, never data. Placeholders: {A} employee A, {cio} a published role, {draft} a role with only a draft.
/// </summary>
public sealed class MatcherArgumentErrorTests(MatcherArgumentErrorTests.Fixture fixture) : IClassFixture<MatcherArgumentErrorTests.Fixture>
{
    private const string Bad = "BAD_USER_INPUT";
    private const string NotFound = "NOT_FOUND";

    public static TheoryData<string, string, string, string?> Cases => new()
    {
        { PersonaPicker.HR, """{ compareToRole(employeeId: "not-an-id", roleId: "{cio}") { fit } }""", Bad, "employeeId" },
        { PersonaPicker.HR, """{ compareToRole(employeeId: "{cio}", roleId: "{cio}") { fit } }""", Bad, "employeeId" },
        { PersonaPicker.HR, """{ compareToRole(employeeId: "{nobody}", roleId: "{cio}") { fit } }""", NotFound, "employeeId" },
        { PersonaPicker.HR, """{ compareToRole(employeeId: "{A}", roleId: "Um9sZTowMQ") { fit } }""", Bad, "roleId" },
        { PersonaPicker.HR, """{ compareToRole(employeeId: "{A}", roleId: "{A}") { fit } }""", Bad, "roleId" },
        { PersonaPicker.HR, """{ compareToRole(employeeId: "{A}", roleId: "{noRole}") { fit } }""", NotFound, "roleId" },
        { PersonaPicker.Employee, """{ compareToRole(employeeId: "{A}", roleId: "{draft}") { fit } }""", Bad, "roleId" },
        { PersonaPicker.Employee, """{ suggestedRoles(employeeId: "{A}", first: 0) { fit } }""", Bad, "first" },
        { PersonaPicker.Employee, """{ suggestedRoles(employeeId: "{A}", first: 101) { fit } }""", Bad, "first" },
        { PersonaPicker.Employee, """{ suggestedRoles(employeeId: "{A}", first: -1) { fit } }""", Bad, "first" },
        { PersonaPicker.Employee, """{ developmentPaths(employeeId: "{A}", targetRoleId: "{cio}", first: 11) { totalMonths } }""", Bad, "first" },
        { PersonaPicker.Employee, """{ developmentPaths(employeeId: "{A}", targetRoleId: "{cio}", maxSteps: 0) { totalMonths } }""", Bad, "maxSteps" },
        { PersonaPicker.Employee, """{ developmentPaths(employeeId: "{A}", targetRoleId: "{cio}", maxSteps: 7) { totalMonths } }""", Bad, "maxSteps" },
        { PersonaPicker.Employee, """{ developmentPaths(employeeId: "{A}", targetRoleId: "{draft}") { totalMonths } }""", Bad, "targetRoleId" },
        { PersonaPicker.Employee, """{ learningPlan(employeeId: "{A}", roleId: "{noRole}") { totalHours } }""", NotFound, "roleId" },
        { PersonaPicker.Employee, """{ learningPlan(employeeId: "{A}", roleId: "{draft}", objective: COST) { totalHours } }""", Bad, "roleId" },
        { PersonaPicker.HR, """{ successionCandidates(roleId: "{cio}", first: 101) { totalCount } }""", Bad, null },
        { PersonaPicker.HR, """{ successionCandidates(roleId: "{cio}", after: "not-a-cursor") { totalCount } }""", Bad, null },
        { PersonaPicker.HR, """{ successionCandidates(roleId: "{draft}") { totalCount } }""", Bad, "roleId" },
        { PersonaPicker.HR, """{ successionCandidates(roleId: "{noRole}") { totalCount } }""", NotFound, "roleId" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(roleIds: []) { skills { id } } }""", Bad, "roleIds" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(roleIds: ["{cio}", "{cio}"]) { skills { id } } }""", Bad, "roleIds" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(roleIds: ["{cio}", "{draft}"]) { skills { id } } }""", Bad, "roleIds[1]" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(roleIds: ["{cio}", "nonsense"]) { skills { id } } }""", Bad, "roleIds[1]" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(roleIds: [{51roles}]) { skills { id } } }""", Bad, "roleIds" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(onlyPeopleTargetingRoles: true) { skills { id } } }""", Bad, "onlyPeopleTargetingRoles" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(orgUnitId: "{noUnit}") { skills { id } } }""", NotFound, "orgUnitId" },
        { PersonaPicker.LearningAndDevelopment, """{ skillGapHeatmap(orgUnitId: "{cio}") { skills { id } } }""", Bad, "orgUnitId" },
        { PersonaPicker.LearningAndDevelopment, """{ planCohorts(input: { budget: -0.5 }) { totalCost } }""", Bad, "input.budget" },
        { PersonaPicker.LearningAndDevelopment, """{ planCohorts(input: { budget: 1000, offeringIds: [] }) { totalCost } }""", Bad, "input.offeringIds" },
        { PersonaPicker.LearningAndDevelopment, """{ planCohorts(input: { budget: 1000, offeringIds: ["{noOffering}"] }) { totalCost } }""", NotFound, "input.offeringIds[0]" },
        { PersonaPicker.LearningAndDevelopment, """{ planCohorts(input: { budget: 1000, offeringIds: ["{offering}", "{offering}"] }) { totalCost } }""", Bad, "input.offeringIds" },
        { PersonaPicker.LearningAndDevelopment, """{ planCohorts(input: { budget: 1000, roleIds: [] }) { totalCost } }""", Bad, "input.roleIds" },
        { PersonaPicker.LearningAndDevelopment, """{ planCohorts(input: { budget: 1000, orgUnitId: "{noUnit}" }) { totalCost } }""", NotFound, "input.orgUnitId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABadArgumentIsOneClearErrorNamingIt(string persona, string query, string code, string? argument)
    {
        var (status, _, body) = await fixture.Api.PostGraphQLAsync(fixture.Fill(query), persona: persona);

        Assert.Equal(200, status);
        var error = body.SingleError();
        var extensions = error.GetProperty("extensions");
        Assert.Equal(code, extensions.GetProperty("code").GetString());
        if (argument is not null)
        {
            Assert.Equal(argument, extensions.GetProperty("argument").GetString());
            Assert.Contains(argument.Split('[')[0], error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    /// <summary>The matcher API on its own database, with one role that has a draft and no published version.</summary>
    public sealed class Fixture : MatcherApiFixture
    {
        private readonly Dictionary<string, string> _placeholders = new(StringComparer.Ordinal);

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var created = await DataAsync(PersonaPicker.HR, """
                mutation { createRole(input: { code: "draft-only-role", name: "Draft only", family: SECURITY, tier: OPERATIONAL, side: MANAGEMENT, description: "Never published." }) { errors { __typename } } }
                """);
            Assert.Empty(created.GetProperty("createRole").GetProperty("errors").EnumerateArray());

            await using var db = Database.CreateContext();
            var roles = await db.RoleProfiles.OrderBy(r => r.Id).Select(r => new { r.Id, r.Code }).ToListAsync();
            _placeholders["{A}"] = EmployeeId(PersonaPicker.Employee);
            _placeholders["{nobody}"] = GlobalId.Encode("Employee", 987654);
            _placeholders["{cio}"] = GlobalId.Encode("Role", roles.Single(r => r.Code == "cio").Id);
            _placeholders["{draft}"] = GlobalId.Encode("Role", roles.Single(r => r.Code == "draft-only-role").Id);
            _placeholders["{noRole}"] = GlobalId.Encode("Role", 987654);
            _placeholders["{noUnit}"] = GlobalId.Encode("OrgUnit", 987654);
            _placeholders["{offering}"] = GlobalId.Encode("LearningOffering", await db.LearningOfferings.MinAsync(o => o.Id));
            _placeholders["{noOffering}"] = GlobalId.Encode("LearningOffering", 987654);
            _placeholders["{51roles}"] = string.Join(", ", Enumerable.Range(1, 51).Select(i => $"\"{GlobalId.Encode("Role", i)}\""));
        }

        public string Fill(string query) => _placeholders.Aggregate(query, (text, placeholder) => text.Replace(placeholder.Key, placeholder.Value, StringComparison.Ordinal));
    }
}
