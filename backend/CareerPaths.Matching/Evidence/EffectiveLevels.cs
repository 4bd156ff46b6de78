using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Evidence;

/// <summary>
/// Turns a person's evidence into one effective level per skill (docs/matcher.md, "Effective levels"):
/// verified evidence (manager, assessment, valid certification) outranks self-assessment — when any verified
/// evidence exists for a skill the highest verified level counts, otherwise the highest self-assessed level.
/// </summary>
public static class EffectiveLevels
{
    /// <summary>Effective levels of every skill the person has counted evidence for, ordered by skill id.</summary>
    public static IReadOnlyList<EffectiveLevel> Compute(
        PersonProfile person,
        IReadOnlyDictionary<int, Certification> certifications,
        DateOnly referenceDate,
        MatchingOptions options)
    {
        var staleBefore = referenceDate.AddMonths(-options.StaleAfterMonths);
        var validHeld = person.Certifications
            .Where(h => CertificationValidity.IsValidOn(h, certifications.GetValueOrDefault(h.CertificationId), referenceDate))
            .ToList();
        var best = new Dictionary<int, EffectiveLevel>();
        foreach (var evidence in person.Evidence)
        {
            if (evidence.AssessedOn > referenceDate)
            {
                continue; // not yet known on the reference date
            }
            if (evidence.Source == EvidenceSource.Certification)
            {
                var backing = BackingCertification(evidence, validHeld, certifications);
                if (backing is null)
                {
                    continue; // rests on an expired (or unknown) certification: never counts
                }
                Offer(best, new EffectiveLevel(evidence.SkillId, Clamp(evidence.Level), evidence.Source,
                    evidence.AssessedOn, backing, IsStale: false));
                continue;
            }
            Offer(best, new EffectiveLevel(evidence.SkillId, Clamp(evidence.Level), evidence.Source,
                evidence.AssessedOn, null, evidence.AssessedOn < staleBefore));
        }
        foreach (var held in validHeld)
        {
            if (!certifications.TryGetValue(held.CertificationId, out var definition))
            {
                continue;
            }
            foreach (var evidenced in definition.Evidences)
            {
                Offer(best, new EffectiveLevel(evidenced.SkillId, Clamp(evidenced.Level), EvidenceSource.Certification,
                    held.Earned, held.CertificationId, IsStale: false));
            }
        }
        return [.. best.Values.OrderBy(e => e.SkillId)];
    }

    /// <summary>True for manager-verified, assessed and certification evidence.</summary>
    public static bool IsVerified(EvidenceSource source) => source != EvidenceSource.Self;

    private static int? BackingCertification(
        SkillEvidence evidence, List<HeldCertification> validHeld, IReadOnlyDictionary<int, Certification> certifications)
    {
        if (evidence.CertificationId is { } named)
        {
            return validHeld.Any(h => h.CertificationId == named) ? named : null;
        }
        // No certification named: any valid held certification that evidences this skill backs it.
        return validHeld
            .Where(h => certifications.TryGetValue(h.CertificationId, out var c)
                        && c.Evidences.Any(e => e.SkillId == evidence.SkillId))
            .Select(h => (int?)h.CertificationId)
            .Min();
    }

    private static void Offer(Dictionary<int, EffectiveLevel> best, EffectiveLevel candidate)
    {
        if (!best.TryGetValue(candidate.SkillId, out var current) || Outranks(candidate, current))
        {
            best[candidate.SkillId] = candidate;
        }
    }

    /// <summary>
    /// Verified beats self; then the higher level; then fresh beats stale; then assessment &gt; manager &gt;
    /// certification; then the more recent; then the lower certification id (so the result never depends on input order).
    /// </summary>
    internal static bool Outranks(EffectiveLevel a, EffectiveLevel b)
    {
        var verified = IsVerified(a.Source).CompareTo(IsVerified(b.Source));
        if (verified != 0) return verified > 0;
        if (a.Level != b.Level) return a.Level > b.Level;
        if (a.IsStale != b.IsStale) return !a.IsStale;
        if (a.Source != b.Source) return SourceRank(a.Source) > SourceRank(b.Source);
        if (a.AssessedOn != b.AssessedOn) return a.AssessedOn > b.AssessedOn;
        return (a.CertificationId ?? int.MaxValue) < (b.CertificationId ?? int.MaxValue);
    }

    private static int SourceRank(EvidenceSource source) => source switch
    {
        EvidenceSource.Assessment => 3,
        EvidenceSource.Manager => 2,
        EvidenceSource.Certification => 1,
        _ => 0,
    };

    private static int Clamp(int level) => Math.Clamp(level, 0, 7);
}
