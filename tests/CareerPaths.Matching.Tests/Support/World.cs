using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Benchmarks.Workload;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Tests.Support;

/// <summary>A generated organisation with its read model built, for property tests.</summary>
internal sealed record World(SyntheticOrganisation Organisation, MatchingCatalogue Catalogue, Workforce Workforce, MatchingOptions Options)
{
    public CatalogueData Data => Organisation.Catalogue;

    public IReadOnlyList<PersonProfile> People => Organisation.People;

    public Matcher Matcher => new(Workforce);

    public List<ReferencePerson> ReferencePeople() => ReferencePerson.From(People, Data, Organisation.ReferenceDate, Options);

    /// <summary>A small organisation whose size varies with the seed.</summary>
    public static World Small(int seed, MatchingOptions? options = null)
    {
        var random = new Random(seed);
        var shape = OrganisationShape.Small with
        {
            People = random.Next(5, 40),
            Roles = random.Next(2, 12),
            Skills = random.Next(6, 24),
            Offerings = random.Next(0, 14),
            Certifications = random.Next(0, 5),
            OrgUnits = random.Next(1, 6),
        };
        return Of(SyntheticOrganisation.Generate(shape, seed), options ?? new MatchingOptions { SimilarityEdgesPerRole = random.Next(1, 4) });
    }

    public static World Of(SyntheticOrganisation organisation, MatchingOptions options)
    {
        var catalogue = MatchingCatalogue.Build(organisation.Catalogue, options);
        return new World(organisation, catalogue, Workforce.Build(catalogue, organisation.People, organisation.OrgUnits, organisation.ReferenceDate), options);
    }

    /// <summary>The same organisation with one person's evidence replaced.</summary>
    public World WithPerson(PersonProfile changed) => Of(Organisation with
    {
        People = [.. People.Select(p => p.Id == changed.Id ? changed : p)],
    }, Options);
}
