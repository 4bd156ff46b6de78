using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Skills;
using CareerPaths.Api.Employees;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Roles;

/// <summary>
/// Checks every field of an updateRoleDraft input before anything is written, reporting all problems at once,
/// and resolves the skill and certification codes it names to ids.
/// </summary>
internal sealed class RoleDraftValidation
{
    public const int MaxDescription = 4000;
    public const int MaxListItems = 50;
    public const int MaxItemText = 500;
    public const int MaxCertificationsPerGroup = 10;
    public const int MaxExperienceYears = 50;

    public InputProblems Problems { get; } = new();

    public Dictionary<string, int> SkillIds { get; private set; } = [];

    public Dictionary<string, int> CertificationIds { get; private set; } = [];

    public string? Name { get; private set; }

    public string? Description { get; private set; }

    public static async Task<RoleDraftValidation> CheckAsync(AuditedChange change, UpdateRoleDraftInput input)
    {
        var check = new RoleDraftValidation();
        var problems = check.Problems;
        check.Name = input.Name is null ? null : problems.Text("name", input.Name, ColumnLengths.Name, required: true);
        check.Description = input.Description is null ? null : problems.Text("description", input.Description, MaxDescription, required: true);
        if (input.MinimumExperienceYears is { } years)
        {
            problems.Range("minimumExperienceYears", years, 0, MaxExperienceYears);
        }

        check.TextList("responsibilities", input.Responsibilities);
        check.TextList("sources", input.Sources);
        if (input.Requirements is { } requirements)
        {
            problems.Range("requirements", requirements.Count, 0, MaxListItems);
            problems.Distinct("requirements.skill", requirements.Select(r => r.Skill));
            for (var i = 0; i < requirements.Count; i++)
            {
                problems.Range($"requirements[{i}].requiredLevel", requirements[i].RequiredLevel, ProficiencyLevels.Lowest, ProficiencyLevels.Highest);
                problems.Range($"requirements[{i}].importance", requirements[i].Importance, 1, 5);
            }

            var codes = requirements.Select(r => r.Skill).Distinct().ToArray();
            check.SkillIds = await change.Db.Skills.Where(s => codes.Contains(s.Code))
                .ToDictionaryAsync(s => s.Code, s => s.Id, StringComparer.Ordinal, change.CancellationToken);
            for (var i = 0; i < requirements.Count; i++)
            {
                if (!check.SkillIds.ContainsKey(requirements[i].Skill))
                {
                    problems.Add(new UnknownSkillError($"requirements[{i}].skill", requirements[i].Skill));
                }
            }
        }

        if (input.CertificationGroups is { } groups)
        {
            problems.Range("certificationGroups", groups.Count, 0, MaxListItems);
            for (var i = 0; i < groups.Count; i++)
            {
                problems.Range($"certificationGroups[{i}].certifications", groups[i].Certifications.Count, 1, MaxCertificationsPerGroup);
                problems.Distinct($"certificationGroups[{i}].certifications", groups[i].Certifications);
            }

            var codes = groups.SelectMany(g => g.Certifications).Distinct().ToArray();
            check.CertificationIds = await change.Db.Certifications.Where(c => codes.Contains(c.Code))
                .ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal, change.CancellationToken);
            for (var i = 0; i < groups.Count; i++)
            {
                foreach (var code in groups[i].Certifications.Where(code => !check.CertificationIds.ContainsKey(code)).Distinct())
                {
                    problems.Add(new UnknownCertificationError($"certificationGroups[{i}].certifications", code));
                }
            }
        }

        if (input.Education is { } education)
        {
            problems.Range("education", education.Count, 0, MaxListItems);
            for (var i = 0; i < education.Count; i++)
            {
                check.TextList($"education[{i}].fields", education[i].Fields);
            }
        }

        return check;
    }

    private void TextList(string field, IReadOnlyList<string>? items)
    {
        if (items is null)
        {
            return;
        }

        Problems.Range(field, items.Count, 0, MaxListItems);
        for (var i = 0; i < items.Count; i++)
        {
            Problems.Text($"{field}[{i}]", items[i], MaxItemText, required: true);
        }
    }
}
