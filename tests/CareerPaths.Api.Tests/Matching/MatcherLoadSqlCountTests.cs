using System.Text.RegularExpressions;
using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.Api.Tests.GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// Loading the matcher's data costs a constant number of SQL commands: one per table (roles, requirements,
/// certification groups with their options, certifications, their evidence, offerings, their skills, sessions,
/// transitions, segregation rules; employees, evidence, certifications held, goals, org units), the versions in the
/// same snapshot, and the request's own version check — the same for the seeded data as for many more people and roles.
/// </summary>
public sealed partial class MatcherLoadSqlCountTests(SqlCountingApiFactory api, ITestOutputHelper output) : IClassFixture<SqlCountingApiFactory>
{
    private const int CatalogueTables = 10;
    private const int PeopleTables = 5;

    // The request's version check, then the versions again inside the loading transaction.
    private const int VersionChecks = 2;

    [Fact]
    public async Task AFullLoadCostsTheSameCommandsForTheSeededDataAsForManyMorePeopleAndRoles()
    {
        await TouchCatalogueAsync();
        var (seeded, seededModel) = await CountLoadAsync();
        await using (var db = api.Database.CreateContext())
        {
            await GeneratedRoles.AddAsync(db, 50, "sql-count-role");
            await GeneratedPeople.AddAsync(db, 600, "sqlcount");
        }
        var (grown, grownModel) = await CountLoadAsync();

        output.WriteLine($"{Describe(seededModel)}: {seeded.Count} SQL commands; {Describe(grownModel)}: {grown.Count} SQL commands");
        Assert.Equal(seededModel.Matcher.Workforce.Count + 600, grownModel.Matcher.Workforce.Count);
        Assert.Equal(seededModel.Catalogue.Data.Roles.Count + 50, grownModel.Catalogue.Data.Roles.Count);
        Assert.True(seeded.Count == VersionChecks + CatalogueTables + PeopleTables, SqlCounts.Describe(seeded));
        Assert.True(grown.Count == seeded.Count, SqlCounts.Describe(grown));
    }

    [Fact]
    public async Task APeopleChangeReloadsOnlyThePeopleAndAnUnchangedModelCostsOneCommand()
    {
        await CountLoadAsync();
        await using (var db = api.Database.CreateContext())
        {
            await GeneratedPeople.AddAsync(db, 10, "sqlpeople");
        }

        var (peopleOnly, _) = await CountLoadAsync();
        var (unchanged, _) = await CountLoadAsync();

        Assert.True(peopleOnly.Count == VersionChecks + PeopleTables, SqlCounts.Describe(peopleOnly));
        Assert.True(unchanged.Count == 1, SqlCounts.Describe(unchanged));
    }

    [Fact]
    public async Task EveryTableTheLoadReadsRaisesAMatcherDataVersion()
    {
        await TouchCatalogueAsync();
        var (commands, _) = await CountLoadAsync();

        var read = commands.SelectMany(command => TableNames().Matches(command).Select(match => match.Groups[1].Value))
            .Where(table => table != "MatcherDataVersions").ToHashSet(StringComparer.Ordinal);
        var versioned = MatcherDataVersionTests.VersionedColumns.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(16, read.Count);
        Assert.Empty(read.Except(versioned));
    }

    [GeneratedRegex("(?:FROM|JOIN) \"(\\w+)\"")]
    private static partial Regex TableNames();

    // The other test of the class may have loaded the model already: a catalogue change makes the next load a full one.
    private async Task TouchCatalogueAsync()
    {
        await using var connection = await api.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Certifications\" SET \"PreparationHours\" = \"PreparationHours\"";
        await command.ExecuteNonQueryAsync();
    }

    private async Task<(IReadOnlyList<string> Commands, MatcherSnapshot Model)> CountLoadAsync()
    {
        var readModel = api.Services.GetRequiredService<MatcherReadModel>();
        api.Sql.Reset();
        var model = await readModel.CurrentAsync();
        return (api.Sql.Commands, model);
    }

    private static string Describe(MatcherSnapshot model) =>
        $"{model.Catalogue.Data.Roles.Count} roles, {model.Matcher.Workforce.Count} people";
}
