using CareerPaths.Api.Tests.Infrastructure;
using static CareerPaths.Api.Tests.Data.FixtureIds;

namespace CareerPaths.Api.Tests.Data.Roles;

public sealed class RoleConstraintsTests(FixtureCatalogueDatabaseFixture fixture) : IClassFixture<FixtureCatalogueDatabaseFixture>
{
    private const string Value = ConstraintProbe.Value;
    private readonly ConstraintProbe _probe = new(fixture.Database);

    private static string NewVersion(string number, string status) =>
        "INSERT INTO \"RoleProfileVersions\" (\"RoleProfileId\", \"VersionNumber\", \"Status\", \"Name\", \"Family\", \"Tier\", \"Side\", " +
        "\"Description\", \"Responsibilities\", \"MinimumExperienceYears\", \"Sources\", \"CreatedAt\", \"PublishedAt\") " +
        $"VALUES ({Role("it-manager")}, {number}, {status}, 'IT Manager v{number}', 'management', 'tactical', 'management', 'd', '{{}}', 5, '{{}}', now(), " +
        $"CASE WHEN {status} = 'draft' THEN NULL ELSE now() END)";

    [Fact]
    public Task RoleCodesAreUnique() => _probe.AssertRejectsAsync("IX_RoleProfiles_Code",
        $"INSERT INTO \"RoleProfiles\" (\"Code\", \"CreatedAt\") VALUES ({Value}, now())", good: "'new-role'", bad: "'it-manager'");

    [Fact]
    public Task ARoleHasAtMostOnePublishedVersion() => _probe.AssertRejectsAsync("IX_RoleProfileVersions_RoleProfileId_Published",
        NewVersion("2", Value), good: "'draft'", bad: "'published'");

    [Fact]
    public Task ARoleHasAtMostOneDraft() => _probe.AssertRejectsAsync("IX_RoleProfileVersions_RoleProfileId_Draft",
        $"{NewVersion("2", "'draft'")}; {NewVersion("3", Value)}", good: "'archived'", bad: "'draft'");

    [Fact]
    public Task VersionNumbersAreUniquePerRole() => _probe.AssertRejectsAsync("IX_RoleProfileVersions_RoleProfileId_VersionNumber",
        NewVersion(Value, "'draft'"), good: "2", bad: "1");

    [Fact]
    public Task APublishedVersionKnowsWhenItWasPublished() => _probe.AssertRejectsAsync("CK_RoleProfileVersions_PublishedAt",
        $"UPDATE \"RoleProfileVersions\" SET \"PublishedAt\" = {Value} WHERE \"Id\" = {PublishedVersion("it-manager")}",
        good: "now()", bad: "NULL");

    [Fact]
    public Task AVersionStatusIsDraftPublishedOrArchived() => _probe.AssertRejectsAsync("CK_RoleProfileVersions_Status",
        $"UPDATE \"RoleProfileVersions\" SET \"Status\" = {Value} WHERE \"Id\" = {PublishedVersion("it-manager")}",
        good: "'archived'", bad: "'retired'");

    [Fact]
    public Task ARoleFamilyIsOneOfTheFive() => _probe.AssertRejectsAsync("CK_RoleProfileVersions_Family",
        $"UPDATE \"RoleProfileVersions\" SET \"Family\" = {Value} WHERE \"Id\" = {PublishedVersion("it-manager")}",
        good: "'information-systems'", bad: "'finance'");

    [Fact]
    public Task TwoPublishedRolesCannotShareAName() => _probe.AssertRejectsAsync("IX_RoleProfileVersions_Name_Published",
        $"UPDATE \"RoleProfileVersions\" SET \"Name\" = {Value} WHERE \"Id\" = {PublishedVersion("it-manager")}",
        good: "'Head of IT Operations'", bad: "'IT Auditor'");

    [Theory]
    [InlineData("0")]
    [InlineData("8")]
    public Task ARequiredLevelIsOneToSeven(string bad) => _probe.AssertRejectsAsync("CK_RoleRequirements_RequiredLevel",
        $"UPDATE \"RoleRequirements\" SET \"RequiredLevel\" = {Value} WHERE \"RoleProfileVersionId\" = {PublishedVersion("it-manager")}",
        good: "7", bad: bad);

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    public Task AnImportanceIsOneToFive(string bad) => _probe.AssertRejectsAsync("CK_RoleRequirements_Importance",
        $"UPDATE \"RoleRequirements\" SET \"Importance\" = {Value} WHERE \"RoleProfileVersionId\" = {PublishedVersion("it-manager")}",
        good: "1", bad: bad);

    [Fact]
    public Task AVersionRequiresASkillOnce() => _probe.AssertRejectsAsync("IX_RoleRequirements_RoleProfileVersionId_SkillId",
        "INSERT INTO \"RoleRequirements\" (\"RoleProfileVersionId\", \"SkillId\", \"RequiredLevel\", \"Importance\", \"IsEssential\") " +
        $"VALUES ({PublishedVersion("it-manager")}, {Value}, 3, 3, true)",
        good: Skill("network-support"), bad: Skill("budgeting"));

    [Fact]
    public Task ATransitionLeadsToAnotherRole() => _probe.AssertRejectsAsync("CK_CareerTransitions_DifferentRoles",
        $"INSERT INTO \"CareerTransitions\" (\"FromRoleId\", \"ToRoleId\", \"TypicalYears\") VALUES ({Role("it-auditor")}, {Value}, 2)",
        good: Role("security-manager"), bad: Role("it-auditor"));

    [Fact]
    public Task ATransitionIsCuratedOncePerPair() => _probe.AssertRejectsAsync("IX_CareerTransitions_FromRoleId_ToRoleId",
        $"INSERT INTO \"CareerTransitions\" (\"FromRoleId\", \"ToRoleId\", \"TypicalYears\") VALUES ({Role("it-technician")}, {Value}, 2)",
        good: Role("it-auditor"), bad: Role("it-manager"));

    [Fact]
    public Task ATransitionTakesSomeTime() => _probe.AssertRejectsAsync("CK_CareerTransitions_TypicalYears",
        $"INSERT INTO \"CareerTransitions\" (\"FromRoleId\", \"ToRoleId\", \"TypicalYears\") VALUES ({Role("it-auditor")}, {Role("security-manager")}, {Value})",
        good: "0.5", bad: "0");

    [Fact]
    public Task ARoleHeldByAnEmployeeCannotBeDeleted() => _probe.AssertRejectsAsync("FK_Employees_RoleProfiles_CurrentRoleId",
        "INSERT INTO \"RoleProfiles\" (\"Code\", \"CreatedAt\") VALUES ('nobody-holds-it', now()); " +
        $"DELETE FROM \"CareerGoals\"; DELETE FROM \"RoleProfiles\" WHERE \"Code\" = {Value}",
        good: "'nobody-holds-it'", bad: "'it-technician'");
}
