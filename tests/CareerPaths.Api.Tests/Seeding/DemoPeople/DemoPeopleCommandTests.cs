using CareerPaths.Api.Seeding.DemoPeople;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Seeding.DemoPeople;

[Collection(ProcessStateCollection.Name)]
public sealed class DemoPeopleCommandTests
{
    [Fact]
    public void GeneratePeopleWritesTheRequestedNumberOfPeopleToAFile()
    {
        using var scratch = SeedDataScratch.FromRepositoryCatalogue();
        File.Delete(scratch.PathOf(SeedFile.People));
        var output = Path.Combine(scratch.Directory, SeedFile.People.FileName);
        using var errors = new StringWriter();

        var exitCode = DemoPeopleCommand.Run(
            ["generate-people", "--count", "75", "--seed", "7", "--reference-date", "2027-01-31", "--seed-data", scratch.Directory, "--out", output],
            TextWriter.Null, errors);

        Assert.Equal(0, exitCode);
        Assert.Contains("75 people written", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(75, SeedCatalogueReader.Read(scratch.Directory).People.Count);
    }

    [Fact]
    public void WithoutOptionsItPrintsTheCommittedPeopleFile()
    {
        using var output = new StringWriter();
        var previous = Directory.GetCurrentDirectory();

        int exitCode;
        try
        {
            // The default catalogue is the nearest seed-data/ above the current folder.
            Directory.SetCurrentDirectory(RepositoryPaths.Root);
            exitCode = DemoPeopleCommand.Run(["generate-people"], output, TextWriter.Null);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, "people.json")), output.ToString());
    }

    [Fact]
    public void AnUnknownOptionIsRefusedWithAMessage()
    {
        using var errors = new StringWriter();

        var exitCode = DemoPeopleCommand.Run(["generate-people", "--people", "5"], TextWriter.Null, errors);

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown option '--people'", errors.ToString(), StringComparison.Ordinal);
    }
}
