using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;
using CareerPaths.GraphQL.Relay;
using CareerPaths.Matching.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// Two API instances on one database, each with its own in-memory read model: a change committed through one is in
/// the very next answer of the other, because every request compares the model with the data versions kept in
/// PostgreSQL. Each test warms the second instance first, so a stale model would be there to be (wrongly) used.
/// </summary>
public sealed class ReadModelFreshnessTests(MatcherApiFixture fixture) : IClassFixture<MatcherApiFixture>
{
    private const string Comparison = """
        query($employeeId: ID!, $roleId: ID!) { compareToRole(employeeId: $employeeId, roleId: $roleId) { fit requirements { skill { id } effective } } }
        """;

    [Fact]
    public async Task ASelfAssessmentThroughOneInstanceIsInTheNextAnswerOfAnother()
    {
        await using var other = fixture.StartApi();
        var person = fixture.Personas.EmployeeId(PersonaPicker.Employee);
        var (role, skill) = await SelfAssessedGapAsync(person);
        var arguments = new { employeeId = fixture.EmployeeId(PersonaPicker.Employee), roleId = GlobalId.Encode("Role", role) };
        var before = await other.DataAsync(Comparison, arguments);
        var loads = other.Services.GetRequiredService<MatcherReadModel>().Loads;

        var payload = await fixture.DataAsync(PersonaPicker.Employee, """
            mutation($skill: String!) { assessMySkill(input: { skill: $skill, level: 7 }) { errors { __typename } } }
            """, new { skill = await SkillCodeAsync(skill) });
        Assert.Empty(payload.GetProperty("assessMySkill").GetProperty("errors").EnumerateArray());
        var after = await other.DataAsync(Comparison, arguments);

        Assert.NotEqual(7, EffectiveLevel(before, skill));
        Assert.Equal(7, EffectiveLevel(after, skill));
        Assert.True(after.GetProperty("compareToRole").GetProperty("fit").GetDouble() > before.GetProperty("compareToRole").GetProperty("fit").GetDouble());
        Assert.Equal(loads + 1, other.Services.GetRequiredService<MatcherReadModel>().Loads);
        var reference = await fixture.ReferenceAsync();
        Assert.Equal(reference.CompareToRole(person, role).Fit, after.GetProperty("compareToRole").GetProperty("fit").GetDouble(), 12);
    }

    [Fact]
    public async Task ARoleArchivedThroughOneInstanceIsGoneFromTheNextAnswerOfAnother()
    {
        await using var other = fixture.StartApi();
        var suggestions = """query($id: ID!) { suggestedRoles(employeeId: $id, first: 100) { role { code } } }""";
        var arguments = new { id = fixture.EmployeeId(PersonaPicker.Employee) };
        var before = await other.DataAsync(suggestions, arguments);
        Assert.Contains("data-protection-officer", Codes(before));

        var payload = await fixture.DataAsync(PersonaPicker.HR, """
            mutation { archiveRole(input: { roleCode: "data-protection-officer" }) { errors { __typename } } }
            """);
        Assert.Empty(payload.GetProperty("archiveRole").GetProperty("errors").EnumerateArray());
        var after = await other.DataAsync(suggestions, arguments);
        var comparison = await other.GraphQLAsync(Comparison, new
        {
            employeeId = fixture.EmployeeId(PersonaPicker.Employee), roleId = await fixture.RoleGlobalIdAsync("data-protection-officer"),
        });

        Assert.DoesNotContain("data-protection-officer", Codes(after));
        Assert.Equal(Codes(before).Count - 1, Codes(after).Count);
        Assert.Equal("BAD_USER_INPUT", comparison.SingleError().GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task AChangeWrittenInPlainSqlBesideTheApiIsSeenToo()
    {
        // Imports and scripts may write without the API: the data versions are raised by triggers, not by our code.
        var person = fixture.Personas.EmployeeId(PersonaPicker.Employee);
        var (role, skill) = await SelfAssessedGapAsync(person);
        var arguments = new { employeeId = fixture.EmployeeId(PersonaPicker.Employee), roleId = GlobalId.Encode("Role", role) };
        await fixture.DataAsync(PersonaPicker.Employee, Comparison, arguments);

        await using (var connection = await fixture.Database.OpenConnectionAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO "SkillEvidence" ("EmployeeId", "SkillId", "Level", "Source", "AssessedOn")
                VALUES (@person, @skill, 6, 'assessment', DATE '2026-11-30')
                """;
            command.Parameters.AddWithValue("person", person);
            command.Parameters.AddWithValue("skill", skill);
            await command.ExecuteNonQueryAsync();
        }

        var after = await fixture.DataAsync(PersonaPicker.Employee, Comparison, arguments);
        Assert.Equal(6, EffectiveLevel(after, skill));
    }

    /// <summary>A role and one of its skills where employee A falls short and no verified evidence decides the level.</summary>
    private async Task<(int Role, int Skill)> SelfAssessedGapAsync(int person)
    {
        var reference = await fixture.ReferenceAsync();
        return reference.Catalogue.Data.Roles
            .SelectMany(role => reference.CompareToRole(person, role.Id).Requirements
                .Where(r => r.Gap > 0 && r.Effective < 6 && r.Source is null or EvidenceSource.Self)
                .Select(r => (role.Id, r.SkillId)))
            .First();
    }

    private async Task<string> SkillCodeAsync(int skill)
    {
        await using var db = fixture.Database.CreateContext();
        return await db.Skills.Where(s => s.Id == skill).Select(s => s.Code).SingleAsync();
    }

    private static int EffectiveLevel(JsonElement data, int skill) => data.GetProperty("compareToRole").GetProperty("requirements").EnumerateArray()
        .Single(r => r.GetProperty("skill").GetProperty("id").GetString() == GlobalId.Encode("Skill", skill))
        .GetProperty("effective").GetInt32();

    private static List<string> Codes(JsonElement data) =>
        [.. data.GetProperty("suggestedRoles").EnumerateArray().Select(s => s.GetProperty("role").GetProperty("code").GetString()!)];
}
