using CareerPaths.Matching.Benchmarks.Reference;
using CareerPaths.Matching.Benchmarks.Workload;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Benchmarks.Queries;

/// <summary>The organisation every benchmark reads, with both the read model and the reference people built (not measured).</summary>
internal sealed class BenchmarkOrganisation
{
    public const int Seed = 4;

    private BenchmarkOrganisation(OrganisationShape shape)
    {
        Organisation = SyntheticOrganisation.Generate(shape, Seed);
        Catalogue = MatchingCatalogue.Build(Organisation.Catalogue, Options);
        Workforce = Workforce.Build(Catalogue, Organisation.People, Organisation.OrgUnits, Organisation.ReferenceDate);
        ReferencePeople = ReferencePerson.From(Organisation.People, Organisation.Catalogue, Organisation.ReferenceDate, Options);
    }

    public static MatchingOptions Options { get; } = MatchingOptions.Default;

    public SyntheticOrganisation Organisation { get; }

    public MatchingCatalogue Catalogue { get; }

    public Workforce Workforce { get; }

    public List<ReferencePerson> ReferencePeople { get; }

    /// <summary>100,000 people, 1,000 roles, 200 skills, 200 offerings (<see cref="OrganisationShape.Large"/>).</summary>
    public static BenchmarkOrganisation Large() => new(OrganisationShape.Large);

    public static BenchmarkOrganisation WithPeople(int people) => new(OrganisationShape.Large with { People = people });
}
