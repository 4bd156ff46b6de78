using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>The catalogue by code, for the generator's many look-ups.</summary>
internal sealed class CatalogueIndex(SeedCatalogue catalogue)
{
    public SeedCatalogue Catalogue { get; } = catalogue;

    public IReadOnlyDictionary<string, RoleSeed> Roles { get; } = catalogue.Roles.ToDictionary(role => role.Code, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, CertificationSeed> Certifications { get; } =
        catalogue.Certifications.ToDictionary(certification => certification.Code, StringComparer.Ordinal);

    /// <summary>Curated moves out of each role, in file order.</summary>
    public ILookup<string, TransitionSeed> TransitionsFrom { get; } = catalogue.Transitions.ToLookup(transition => transition.From, StringComparer.Ordinal);
}
