using CareerPaths.Api.Tests.Infrastructure;
using static CareerPaths.Api.Tests.Data.FixtureIds;

namespace CareerPaths.Api.Tests.Data.Governance;

/// <summary>Segregation-of-duties rules, development plans and the audit log.</summary>
public sealed class GovernanceConstraintsTests(FixtureCatalogueDatabaseFixture fixture) : IClassFixture<FixtureCatalogueDatabaseFixture>
{
    private const string Value = ConstraintProbe.Value;
    private readonly ConstraintProbe _probe = new(fixture.Database);

    private static string NewRule(string secondRole, string secondFamily) =>
        "INSERT INTO \"SegregationOfDutiesRules\" (\"Code\", \"FirstRoleId\", \"SecondRoleId\", \"SecondFamily\", \"Reason\") " +
        $"VALUES ('new-rule', {Role("it-auditor")}, {secondRole}, {secondFamily}, 'A reason.')";

    private static string NewAction(string kind, string offering) =>
        "INSERT INTO \"DevelopmentPlans\" (\"EmployeeId\", \"TargetRoleId\", \"Status\", \"CreatedAt\", \"UpdatedAt\") " +
        $"VALUES ({Employee("E00004")}, {Role("it-manager")}, 'active', now(), now()); " +
        "INSERT INTO \"DevelopmentActions\" (\"DevelopmentPlanId\", \"Position\", \"Kind\", \"Title\", \"LearningOfferingId\", \"Status\") " +
        $"SELECT \"Id\", 1, {kind}, 'Step one', {offering}, 'planned' FROM \"DevelopmentPlans\"";

    [Fact]
    public Task ARuleSideNamesARoleOrAFamilyNotBoth() => _probe.AssertRejectsAsync("CK_SegregationOfDutiesRules_SecondSide",
        NewRule(Role("it-manager"), Value), good: "NULL", bad: "'management'");

    [Fact]
    public Task ARuleSideNamesARoleOrAFamilyNotNeither() => _probe.AssertRejectsAsync("CK_SegregationOfDutiesRules_SecondSide",
        NewRule("NULL", Value), good: "'management'", bad: "NULL");

    [Fact]
    public Task ARuleFamilyIsAKnownFamily() => _probe.AssertRejectsAsync("CK_SegregationOfDutiesRules_SecondFamily",
        NewRule("NULL", Value), good: "'security'", bad: "'sales'");

    [Fact]
    public Task ARoleInARuleCannotBeDeletedUnderIt() => _probe.AssertRejectsAsync("FK_SegregationOfDutiesRules_RoleProfiles_FirstRoleId",
        $"UPDATE \"Employees\" SET \"CurrentRoleId\" = NULL; DELETE FROM \"CareerGoals\"; DELETE FROM \"RoleProfiles\" WHERE \"Code\" = {Value}",
        good: "'security-manager'", bad: "'it-auditor'");

    [Fact]
    public Task ALearningStepNamesItsOffering() => _probe.AssertRejectsAsync("CK_DevelopmentActions_LearningOfferingMatchesKind",
        NewAction("'learning-offering'", Value), good: Offering("leading-it-teams"), bad: "NULL");

    [Fact]
    public Task AnAuditEntryRecordsSomeState() => _probe.AssertRejectsAsync("CK_AuditEntries_HasState",
        "INSERT INTO \"AuditEntries\" (\"OccurredAt\", \"Actor\", \"EntityType\", \"EntityId\", \"Action\", \"Before\", \"After\") " +
        $"VALUES (now(), 'hr', 'RoleProfile', '1', 'publish', NULL, {Value})",
        good: "'{\"status\": \"published\"}'", bad: "NULL");
}
