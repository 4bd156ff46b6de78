using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.Validation;

/// <summary>
/// What the schemas cannot say (seed-data/README.md, "What the schemas cannot say"): unique codes, references
/// that exist, no self-loops, one org tree, no manager cycles. Runs after every file passed its schema.
/// </summary>
public static class CatalogueChecks
{
    public static IReadOnlyList<SeedProblem> Check(SeedCatalogue catalogue)
    {
        var known = new KnownCodes(catalogue);
        return
        [
            .. SkillAndCertificationChecks.Check(catalogue, known),
            .. RoleChecks.Check(catalogue, known),
            .. LearningAndRuleChecks.Check(catalogue, known),
            .. OrganisationChecks.Check(catalogue),
            .. PeopleChecks.Check(catalogue, known),
        ];
    }
}
