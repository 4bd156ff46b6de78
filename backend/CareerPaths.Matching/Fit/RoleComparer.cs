using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Fit;

/// <summary>Builds the explained comparison of one person with one role (gap analysis, fit, readiness).</summary>
internal static class RoleComparer
{
    public static RoleComparison Compare(MatchingCatalogue catalogue, PersonSnapshot person, IndexedRole role)
    {
        var current = person.CurrentFor(role);
        var satisfied = person.SatisfiedGroups(role);
        var levels = person.Levels.ToDictionary(l => l.SkillId);
        var requirements = new RequirementAssessment[role.RequirementCount];
        for (var q = 0; q < requirements.Length; q++)
        {
            var skillId = catalogue.Skills.Ids[role.Columns[q]];
            var evidence = levels.GetValueOrDefault(skillId);
            var effective = person.LevelAt(role.Columns[q]);
            requirements[q] = new RequirementAssessment(
                skillId, role.Levels[q], effective, Math.Max(0, role.Levels[q] - effective),
                role.Importances[q], role.Essential[q], role.Weights[q], Math.Min(effective, role.Levels[q]) / role.Levels[q],
                evidence?.Source, evidence?.AssessedOn, evidence?.CertificationId, evidence?.IsStale ?? false);
        }
        var certifications = role.Profile.Certifications
            .Select(g => new CertificationAssessment(g.AnyOf, g.Required, HeldFrom(catalogue, person, g.AnyOf)))
            .ToList();
        return new RoleComparison(person.Profile.Id, role.Id, RoleFit.Of(role, current), requirements, certifications,
            Estimate(catalogue, role, current, satisfied));
    }

    /// <summary>Readiness from the effort to close the essential gaps and missing required certifications.</summary>
    public static ReadinessEstimate Estimate(MatchingCatalogue catalogue, IndexedRole role, ReadOnlySpan<double> current, ReadOnlySpan<bool> satisfied)
    {
        var learning = RoleLearning.Close(catalogue, role, current, satisfied, essentialOnly: true, LearningObjective.Hours);
        if (!learning.AnyOpen)
        {
            return ReadinessEstimate.ReadyNow;
        }
        var months = learning.TotalHours / catalogue.Options.DevelopmentHoursPerMonth;
        return new ReadinessEstimate(ReadinessEstimate.Classify(blocked: true, months), learning.OfferingHours,
            learning.SelfStudyHours, months, learning.OfferingIds(catalogue));
    }

    private static int? HeldFrom(MatchingCatalogue catalogue, PersonSnapshot person, IReadOnlyList<int> anyOf) =>
        anyOf.Where(id => catalogue.CertificationIndexOf(id) is var c && c >= 0 && person.ValidCertifications[c])
            .Select(id => (int?)id).Min();
}
