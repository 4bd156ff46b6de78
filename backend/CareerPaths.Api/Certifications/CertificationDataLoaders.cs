using CareerPaths.Api.GraphQL;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Certifications;

/// <summary>The request's loaders of certifications and the skills they evidence, one batched query each.</summary>
internal static class CertificationDataLoaders
{
    public static BatchDataLoader<int, CertificationRecord> CertificationById(this IResolverContext context) =>
        context.BatchLoader<int, CertificationRecord>("Certifications.ById", static (db, ids, cancellationToken) => db.Certifications.AsNoTracking()
            .Where(certification => ids.Contains(certification.Id))
            .Select(CertificationRecord.Projection)
            .ToDictionaryAsync(certification => certification.Id, cancellationToken));

    public static BatchDataLoader<string, CertificationRecord> CertificationByCode(this IResolverContext context) =>
        context.BatchLoader<string, CertificationRecord>("Certifications.ByCode", static (db, codes, cancellationToken) => db.Certifications.AsNoTracking()
            .Where(certification => codes.Contains(certification.Code))
            .Select(CertificationRecord.Projection)
            .ToDictionaryAsync(certification => certification.Code, StringComparer.Ordinal, cancellationToken));

    /// <summary>Each certification's evidenced skills, highest level first, then by skill code.</summary>
    public static GroupDataLoader<int, CertificationEvidenceRecord> EvidencesByCertification(this IResolverContext context) =>
        context.GroupLoader<int, CertificationEvidenceRecord>("Certifications.Evidences", static (db, ids, cancellationToken) => db.CertificationEvidencedSkills.AsNoTracking()
            .Where(evidence => ids.Contains(evidence.CertificationId))
            .OrderBy(evidence => evidence.CertificationId).ThenByDescending(evidence => evidence.Level).ThenBy(evidence => EF.Functions.Collate(evidence.Skill.Code, Ordinal.Collation))
            .Select(evidence => new CertificationEvidenceRecord(evidence.CertificationId, evidence.SkillId, evidence.Level))
            .ToListAsync(cancellationToken),
            evidence => evidence.CertificationId);
}
