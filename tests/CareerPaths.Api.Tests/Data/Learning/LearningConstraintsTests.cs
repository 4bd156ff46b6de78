using CareerPaths.Api.Tests.Infrastructure;
using static CareerPaths.Api.Tests.Data.FixtureIds;

namespace CareerPaths.Api.Tests.Data.Learning;

public sealed class LearningConstraintsTests(FixtureCatalogueDatabaseFixture fixture) : IClassFixture<FixtureCatalogueDatabaseFixture>
{
    private const string Value = ConstraintProbe.Value;
    private readonly ConstraintProbe _probe = new(fixture.Database);

    private static string UpdateOffering(string column) =>
        $"UPDATE \"LearningOfferings\" SET \"{column}\" = {Value} WHERE \"Code\" = 'leading-it-teams'";

    private static string NewCohort(string session) =>
        $"INSERT INTO \"Cohorts\" (\"LearningSessionId\", \"CreatedBy\", \"CreatedAt\") VALUES ({session}, 'l-and-d', now())";

    [Fact]
    public Task AnOfferingTakesSomeHours() => _probe.AssertRejectsAsync("CK_LearningOfferings_Hours", UpdateOffering("Hours"), good: "0.25", bad: "0");

    [Fact]
    public Task AnOfferingCannotCostLessThanNothing() => _probe.AssertRejectsAsync("CK_LearningOfferings_CostAmount", UpdateOffering("CostAmount"), good: "0", bad: "-1");

    [Fact]
    public Task ACostCurrencyIsAnIsoCode() => _probe.AssertRejectsAsync("CK_LearningOfferings_CostCurrency", UpdateOffering("CostCurrency"), good: "'USD'", bad: "'eu1'");

    [Fact]
    public Task AnOfferingHasRoomForSomeone() => _probe.AssertRejectsAsync("CK_LearningOfferings_Capacity", UpdateOffering("Capacity"), good: "1", bad: "0");

    [Fact]
    public Task AnOfferingKindIsOneOfTheFour() => _probe.AssertRejectsAsync("CK_LearningOfferings_Kind", UpdateOffering("Kind"), good: "'mentoring'", bad: "'webinar'");

    [Fact]
    public Task OfferingCodesAreUnique() => _probe.AssertRejectsAsync("IX_LearningOfferings_Code", UpdateOffering("Code"), good: "'leading-teams'", bad: "'itil-foundation-prep'");

    [Fact]
    public Task ASessionEndsOnOrAfterItsStart() => _probe.AssertRejectsAsync("CK_LearningSessions_EndsOnOrAfterStart",
        $"UPDATE \"LearningSessions\" SET \"EndsOn\" = {Value} WHERE \"Code\" = 'leading-it-teams-2027-02'",
        good: "'2027-02-01'", bad: "'2027-01-31'");

    [Fact]
    public Task SessionCodesAreUniqueAcrossOfferings() => _probe.AssertRejectsAsync("IX_LearningSessions_Code",
        $"INSERT INTO \"LearningSessions\" (\"LearningOfferingId\", \"Code\", \"StartsOn\", \"EndsOn\") VALUES ({Offering("itil-foundation-prep")}, {Value}, '2027-03-01', '2027-03-02')",
        good: "'itil-foundation-prep-2027-03'", bad: "'leading-it-teams-2027-02'");

    [Fact]
    public Task ACoveredLevelIsOneToSeven() => _probe.AssertRejectsAsync("CK_LearningOfferingSkills_ToLevel",
        $"UPDATE \"LearningOfferingSkills\" SET \"ToLevel\" = {Value} WHERE \"LearningOfferingId\" = {Offering("leading-it-teams")}",
        good: "7", bad: "8");

    [Fact]
    public Task ASessionHoldsOneCohort() => _probe.AssertRejectsAsync("IX_Cohorts_LearningSessionId",
        $"{NewCohort(Session("leading-it-teams-2027-02"))}; {NewCohort(Value)}",
        good: Session("leading-it-teams-2027-05"), bad: Session("leading-it-teams-2027-02"));

    [Fact]
    public Task APersonIsInACohortOnce() => _probe.AssertRejectsAsync("PK_CohortMembers",
        $"{NewCohort(Session("leading-it-teams-2027-02"))}; " +
        "INSERT INTO \"CohortMembers\" (\"CohortId\", \"EmployeeId\", \"AddedAt\") " +
        $"SELECT \"Id\", {Employee("E00002")}, now() FROM \"Cohorts\"; " +
        "INSERT INTO \"CohortMembers\" (\"CohortId\", \"EmployeeId\", \"AddedAt\") " +
        $"SELECT \"Id\", {Value}, now() FROM \"Cohorts\"",
        good: Employee("E00004"), bad: Employee("E00002"));
}
