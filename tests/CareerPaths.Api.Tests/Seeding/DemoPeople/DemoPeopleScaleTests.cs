using System.Diagnostics;
using CareerPaths.Api.Seeding.DemoPeople;
using CareerPaths.Api.Seeding.Reading;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Seeding.DemoPeople;

/// <summary>Timing tests run alone, not next to database tests competing for the same two cores.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

[Collection(nameof(TimingCollection))]
public sealed class DemoPeopleScaleTests
{
    [Fact]
    public void AHundredThousandPeopleAreUniqueAndTakeTimeInProportionToTheirNumber()
    {
        var catalogue = SeedCatalogueReader.Read(RepositoryPaths.SeedData, withPeople: false);
        var settings = DemoPeopleSettings.Default;
        Generate(catalogue, settings with { Count = 2_000 }); // warm up the JIT

        var small = Generate(catalogue, settings with { Count = 20_000 });
        var people = DemoPeopleGenerator.Generate(catalogue, settings with { Count = 100_000 }).ToList();
        var large = Generate(catalogue, settings with { Count = 100_000 });

        Assert.Equal(100_000, people.Select(person => person.Email).Distinct().Count());
        Assert.Equal(100_000, people.Select(person => person.IdentityObjectId).Distinct().Count());
        // Five times the people should take about five times as long (a quadratic step would take 25 times);
        // a ratio measured in one run is robust on a shared machine where absolute times are not. About three
        // seconds for 100,000 people when the machine is quiet.
        var ratio = large.TotalMilliseconds / small.TotalMilliseconds;
        Assert.True(ratio < 10, $"20,000 people: {small}, 100,000 people: {large} (×{ratio:0.0})");
        Assert.True(large < TimeSpan.FromMinutes(1), $"100,000 people took {large}");
    }

    private static TimeSpan Generate(CareerPaths.Api.Seeding.Catalogue.SeedCatalogue catalogue, DemoPeopleSettings settings)
    {
        var started = Stopwatch.StartNew();
        Assert.Equal(settings.Count, PeopleFile.Write(Stream.Null, DemoPeopleGenerator.Generate(catalogue, settings)));
        return started.Elapsed;
    }
}
