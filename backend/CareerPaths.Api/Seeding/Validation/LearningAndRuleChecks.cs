using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Learning;
using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.Validation;

/// <summary>Learning offerings (with their sessions) and segregation-of-duties rules.</summary>
internal static class LearningAndRuleChecks
{
    public static IEnumerable<SeedProblem> Check(SeedCatalogue catalogue, KnownCodes known) =>
        CheckOfferings(catalogue, known).Concat(CheckRules(catalogue, known));

    private static IEnumerable<SeedProblem> CheckOfferings(SeedCatalogue catalogue, KnownCodes known)
    {
        var file = SeedFile.LearningOfferings;
        foreach (var problem in Duplicates.In(file, catalogue.LearningOfferings, offering => offering.Code, "code"))
        {
            yield return problem;
        }
        // Session codes are unique across the whole file, not only within an offering.
        var firstSession = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < catalogue.LearningOfferings.Count; index++)
        {
            var offering = catalogue.LearningOfferings[index];
            var path = file.ItemPath(index);
            for (var item = 0; item < offering.Covers.Count; item++)
            {
                if (known.Skill(file, $"{path}.covers[{item}].skill", offering.Covers[item].Skill) is { } unknown)
                {
                    yield return unknown;
                }
            }
            foreach (var problem in Duplicates.Within(file, $"{path}.covers", offering.Covers, covered => covered.Skill, "skill", "the skill"))
            {
                yield return problem;
            }
            if (offering.Certification is { } certification && known.Certification(file, $"{path}.certification", certification) is { } unknownCertification)
            {
                yield return unknownCertification;
            }
            // Only certification preparation prepares for a certification, and it always names which.
            var preparation = offering.Kind == LearningOfferingKind.CertificationPreparation;
            if (preparation != offering.Certification is not null)
            {
                yield return new SeedProblem(file.FileName, preparation ? path : $"{path}.certification", preparation
                    ? "a certification-preparation offering must name the certification it prepares for"
                    : $"only certification-preparation offerings name a certification, this one is a {EnumText<LearningOfferingKind>.ToText(offering.Kind)}");
            }
            for (var item = 0; item < offering.Sessions.Count; item++)
            {
                var session = offering.Sessions[item];
                var sessionPath = $"{path}.sessions[{item}]";
                if (session.Ends < session.Starts)
                {
                    yield return new SeedProblem(file.FileName, $"{sessionPath}.ends", $"the session ends ({session.Ends:yyyy-MM-dd}) before it starts ({session.Starts:yyyy-MM-dd})");
                }
                if (!firstSession.TryAdd(session.Code, $"{sessionPath}"))
                {
                    yield return new SeedProblem(file.FileName, $"{sessionPath}.code", $"duplicate session code '{session.Code}' (already used at {firstSession[session.Code]})");
                }
            }
        }
    }

    private static IEnumerable<SeedProblem> CheckRules(SeedCatalogue catalogue, KnownCodes known)
    {
        var file = SeedFile.SegregationOfDuties;
        foreach (var problem in Duplicates.In(file, catalogue.SegregationRules, rule => rule.Code, "code"))
        {
            yield return problem;
        }
        var firstPair = new Dictionary<(RuleSideSeed, RuleSideSeed), int>();
        for (var index = 0; index < catalogue.SegregationRules.Count; index++)
        {
            var rule = catalogue.SegregationRules[index];
            // A pair forbids holding both sides, so (a, b) and (b, a) are the same rule.
            if (firstPair.TryGetValue((rule.First, rule.Second), out var earlier) || firstPair.TryGetValue((rule.Second, rule.First), out earlier))
            {
                yield return new SeedProblem(file.FileName, file.ItemPath(index), $"the same pair is already forbidden at {file.ItemPath(earlier)}");
            }
            else
            {
                firstPair[(rule.First, rule.Second)] = index;
            }
            foreach (var (side, name) in new[] { (rule.First, "first"), (rule.Second, "second") })
            {
                if (side.Role is { } role && known.Role(file, $"{file.ItemPath(index)}.{name}.role", role) is { } unknown)
                {
                    yield return unknown;
                }
            }
            if (rule.First == rule.Second)
            {
                yield return new SeedProblem(file.FileName, $"{file.ItemPath(index)}.second", "a side cannot be paired with itself");
            }
        }
    }
}
