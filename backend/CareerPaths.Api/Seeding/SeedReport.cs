namespace CareerPaths.Api.Seeding;

/// <summary>How many records of each kind one seeding run added (zero everywhere on a database already seeded).</summary>
public sealed record SeedReport(
    int Skills,
    int Certifications,
    int Roles,
    int Transitions,
    int LearningOfferings,
    int SegregationRules,
    int OrgUnits,
    int People)
{
    public int Total => Skills + Certifications + Roles + Transitions + LearningOfferings + SegregationRules + OrgUnits + People;

    public override string ToString() =>
        $"{Skills} skills, {Certifications} certifications, {Roles} roles, {Transitions} transitions, " +
        $"{LearningOfferings} learning offerings, {SegregationRules} segregation-of-duties rules, {OrgUnits} org units, {People} people";
}
