using System.Linq.Expressions;
using CareerPaths.Api.Data.Certifications;

namespace CareerPaths.Api.Certifications;

/// <summary>A certification as the API reads it: its own columns, nothing related.</summary>
public sealed record CertificationRecord(
    int Id, string Code, string Name, string Issuer, string Description, int? ValidityYears, string Renewal,
    string Prerequisites, int PrerequisiteExperienceYears, int PreparationHours, string? Source)
{
    public static readonly Expression<Func<Certification, CertificationRecord>> Projection = c => new CertificationRecord(
        c.Id, c.Code, c.Name, c.Issuer, c.Description, c.ValidityYears, c.Renewal,
        c.Prerequisites, c.PrerequisiteExperienceYears, c.PreparationHours, c.Source);
}

/// <summary>A skill level that an active certification is evidence of.</summary>
public sealed record CertificationEvidenceRecord(int CertificationId, int SkillId, int Level);
