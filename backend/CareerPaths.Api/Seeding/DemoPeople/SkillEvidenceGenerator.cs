using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// A person's skill evidence: levels near what their role requires (some below, a few above), some skills toward
/// their goals, now and then an unrelated one. Some people have only self-assessments; for others managers verified
/// or assessments measured a level, sometimes disagreeing with the person's own view; some evidence is stale.
/// </summary>
internal static class SkillEvidenceGenerator
{
    public static IReadOnlyList<SkillEvidenceSeed> Generate(CatalogueIndex index, PersonDraft person, SplitMix64 random)
    {
        var evidence = new List<SkillEvidenceSeed>();
        var selfOnly = random.Percent(20);
        foreach (var requirement in person.Role.Requirements)
        {
            // Not everyone has been assessed on everything their role needs.
            if (random.Percent(8))
            {
                continue;
            }
            var level = Math.Clamp(requirement.Level + LevelNoise(random), 0, 7);
            var source = selfOnly ? EvidenceSource.Self : PickSource(random, person.HasManager);
            var assessedOn = AssessedOn(random, person.ReferenceDate);
            evidence.Add(new SkillEvidenceSeed(requirement.Skill, level, source, assessedOn, Note(source, assessedOn, random)));
            if (source != EvidenceSource.Self && random.Percent(30))
            {
                // People tend to rate themselves a little higher than their manager or an assessment does.
                var ownView = Math.Clamp(level + random.NextInt(1, 2), 0, 7);
                evidence.Add(new SkillEvidenceSeed(requirement.Skill, ownView, EvidenceSource.Self, assessedOn.AddDays(-random.NextInt(20, 200))));
            }
        }
        AddGoalSkills(index, person, evidence, random);
        AddCertificationEvidence(index, person, evidence, random);
        if (random.Percent(25))
        {
            var extra = random.Pick(index.Catalogue.Skills);
            if (evidence.All(existing => existing.Skill != extra.Code))
            {
                evidence.Add(new SkillEvidenceSeed(extra.Code, random.NextInt(1, 3), EvidenceSource.Self, AssessedOn(random, person.ReferenceDate)));
            }
        }
        return evidence;
    }

    private static void AddGoalSkills(CatalogueIndex index, PersonDraft person, List<SkillEvidenceSeed> evidence, SplitMix64 random)
    {
        foreach (var goal in person.Goals)
        {
            foreach (var requirement in index.Roles[goal].Requirements)
            {
                if (evidence.Any(existing => existing.Skill == requirement.Skill) || !random.Percent(40))
                {
                    continue;
                }
                var level = Math.Clamp(requirement.Level - random.NextInt(1, 3), 0, 7);
                evidence.Add(new SkillEvidenceSeed(requirement.Skill, level, EvidenceSource.Self, AssessedOn(random, person.ReferenceDate)));
            }
        }
    }

    /// <summary>Half of the people who hold an active certification recorded the skill levels it evidences.</summary>
    private static void AddCertificationEvidence(CatalogueIndex index, PersonDraft person, List<SkillEvidenceSeed> evidence, SplitMix64 random)
    {
        foreach (var held in person.Certifications.Where(held => held.Expires is null || held.Expires >= person.ReferenceDate))
        {
            if (!random.Percent(50))
            {
                continue;
            }
            var certification = index.Certifications[held.Certification];
            foreach (var evidenced in certification.Evidences)
            {
                evidence.Add(new SkillEvidenceSeed(evidenced.Skill, evidenced.Level, EvidenceSource.Certification, held.Earned,
                    $"Evidenced by {certification.Name}"));
            }
        }
    }

    private static int LevelNoise(SplitMix64 random) => random.NextInt(100) switch
    {
        < 10 => -2,
        < 35 => -1,
        < 75 => 0,
        < 95 => 1,
        _ => 2,
    };

    private static EvidenceSource PickSource(SplitMix64 random, bool hasManager) => random.NextInt(100) switch
    {
        < 50 when hasManager => EvidenceSource.Manager,
        < 65 => EvidenceSource.Assessment,
        _ => EvidenceSource.Self,
    };

    /// <summary>Mostly within the last two years; one in seven is three to five years old, i.e. stale.</summary>
    private static DateOnly AssessedOn(SplitMix64 random, DateOnly referenceDate) =>
        referenceDate.AddDays(-(random.Percent(14) ? random.NextInt(1100, 1800) : random.NextInt(1, 730)));

    private static string? Note(EvidenceSource source, DateOnly assessedOn, SplitMix64 random) => source switch
    {
        EvidenceSource.Manager => $"Verified by their manager in the {assessedOn.Year} performance review",
        EvidenceSource.Assessment => "Measured at the skills assessment centre",
        _ => random.Percent(30) ? "Self-assessment" : null,
    };
}
