using System.Linq.Expressions;
using CareerPaths.Api.Data.Skills;

namespace CareerPaths.Api.Skills;

/// <summary>A skill as the API reads it: the skill's own columns, nothing related.</summary>
public sealed record SkillRecord(
    int Id, string Code, string Name, SkillCategory Category, string Description,
    string? OnetElementId, string? EscoUri, string? SfiaCode, string? Source)
{
    public static readonly Expression<Func<Skill, SkillRecord>> Projection = skill => new SkillRecord(
        skill.Id, skill.Code, skill.Name, skill.Category, skill.Description,
        skill.OnetElementId, skill.EscoUri, skill.SfiaCode, skill.Source);

    /// <summary>The skill's codes in other frameworks; null when it has none.</summary>
    public SkillExternalCodes? ExternalCodes =>
        OnetElementId is null && EscoUri is null && SfiaCode is null ? null : new SkillExternalCodes(OnetElementId, EscoUri, SfiaCode);
}

/// <summary>Where a skill sits in O*NET, ESCO and SFIA.</summary>
public sealed record SkillExternalCodes(string? Onet, string? Esco, string? Sfia);

/// <summary>What one proficiency level of a skill looks like.</summary>
public sealed record SkillLevelRecord(int SkillId, int Level, string Descriptor);
