using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Model;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Evidence;

/// <summary>
/// The effective level and stale flag of every skill of one person — all the workforce stores — without building
/// the explained <see cref="EffectiveLevel"/> records: building the workforce resolves 100,000 people, and the
/// records (with a dictionary and a sort per person) were most of its time and all of its garbage.
/// </summary>
/// <remarks>
/// <see cref="EffectiveLevels.Outranks"/> orders evidence by verified, then level, then fresh, then tie-breaks that
/// only pick which source is reported. So one byte per piece of evidence — 1 + verified·16 + level·2 + fresh — orders
/// exactly as the first three criteria, and the highest byte per skill carries the winner's level and staleness. The
/// rules for what counts (dates, certifications behind certification evidence) are <see cref="EffectiveLevels.Compute"/>'s;
/// a property test holds the two to the same levels on random evidence of every kind.
/// </remarks>
internal static class LevelKeys
{
    /// <summary>
    /// Sets <paramref name="keys"/>[column] to the highest key of the person's counted evidence for each skill column
    /// (skills the catalogue does not mention are skipped) and lists the columns set in <paramref name="touched"/>.
    /// Columns not listed are left as they were (0, when the caller resets what it read).
    /// </summary>
    public static void Collect(PersonProfile person, MatchingCatalogue catalogue, DateOnly referenceDate, Span<byte> keys, List<int> touched)
    {
        var certifications = catalogue.Certifications;
        var staleBefore = referenceDate.AddMonths(-catalogue.Options.StaleAfterMonths);
        var held = person.Certifications;
        Span<bool> valid = held.Count <= 64 ? stackalloc bool[held.Count] : new bool[held.Count];
        for (var h = 0; h < held.Count; h++)
        {
            valid[h] = CertificationValidity.IsValidOn(held[h], certifications.GetValueOrDefault(held[h].CertificationId), referenceDate);
        }
        var evidence = person.Evidence;
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            if (e.AssessedOn > referenceDate)
            {
                continue; // not yet known on the reference date
            }
            if (e.Source == EvidenceSource.Certification)
            {
                if (Backed(e, held, valid, certifications))
                {
                    Offer(keys, touched, catalogue.Skills.ColumnOf(e.SkillId), Key(verified: true, e.Level, stale: false));
                }
                continue;
            }
            Offer(keys, touched, catalogue.Skills.ColumnOf(e.SkillId), Key(EffectiveLevels.IsVerified(e.Source), e.Level, e.AssessedOn < staleBefore));
        }
        for (var h = 0; h < held.Count; h++)
        {
            if (valid[h] && certifications.TryGetValue(held[h].CertificationId, out var definition))
            {
                for (var i = 0; i < definition.Evidences.Count; i++)
                {
                    var evidenced = definition.Evidences[i];
                    Offer(keys, touched, catalogue.Skills.ColumnOf(evidenced.SkillId), Key(verified: true, evidenced.Level, stale: false));
                }
            }
        }
    }

    /// <summary>The workforce's byte for a key: the level in bits 0–2, <see cref="Workforce.StaleBit"/> when stale.</summary>
    public static byte Packed(byte key) => (byte)(((key - 1) >> 1 & Workforce.LevelMask) | (((key - 1) & 1) == 0 ? Workforce.StaleBit : 0));

    private static byte Key(bool verified, int level, bool stale) =>
        (byte)(1 + (verified ? 16 : 0) + (Math.Clamp(level, 0, 7) << 1) + (stale ? 0 : 1));

    private static void Offer(Span<byte> keys, List<int> touched, int column, byte key)
    {
        if (column < 0)
        {
            return;
        }
        if (keys[column] == 0)
        {
            touched.Add(column);
        }
        keys[column] = Math.Max(keys[column], key);
    }

    /// <summary>Certification evidence counts while a certification behind it is valid: the named one, or any that evidences the skill.</summary>
    private static bool Backed(
        SkillEvidence evidence, IReadOnlyList<HeldCertification> held, ReadOnlySpan<bool> valid, IReadOnlyDictionary<int, Certification> certifications)
    {
        for (var h = 0; h < held.Count; h++)
        {
            if (!valid[h])
            {
                continue;
            }
            if (evidence.CertificationId is { } named)
            {
                if (held[h].CertificationId == named) return true;
            }
            else if (certifications.TryGetValue(held[h].CertificationId, out var c) && Evidences(c, evidence.SkillId))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Evidences(Certification certification, int skillId)
    {
        for (var i = 0; i < certification.Evidences.Count; i++)
        {
            if (certification.Evidences[i].SkillId == skillId) return true;
        }
        return false;
    }
}
