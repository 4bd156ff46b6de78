using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Benchmarks.Workload;

/// <summary>A generated organisation: the catalogue, the people and the org tree, on a fixed reference date.</summary>
public sealed record SyntheticOrganisation(
    CatalogueData Catalogue,
    IReadOnlyList<PersonProfile> People,
    IReadOnlyList<OrgUnit> OrgUnits,
    DateOnly ReferenceDate)
{
    public static readonly DateOnly Today = new(2026, 11, 21);

    /// <summary>Same shape and seed, same organisation, on every machine (System.Random with a seed is stable).</summary>
    public static SyntheticOrganisation Generate(OrganisationShape shape, int seed)
    {
        var random = new Random(seed);
        var catalogue = CatalogueGenerator.Generate(shape, random);
        var units = Enumerable.Range(1, shape.OrgUnits)
            .Select(id => new OrgUnit(id, id == 1 ? null : random.Next(1, id)))
            .ToList();
        var people = PeopleGenerator.Generate(shape, catalogue, random, Today);
        return new SyntheticOrganisation(catalogue, people, units, Today);
    }
}
