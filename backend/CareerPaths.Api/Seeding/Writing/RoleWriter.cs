using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Seeding.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Seeding.Writing;

internal static class RoleWriter
{
    /// <summary>A seeded role becomes version 1, published at seeding time.</summary>
    public static void AddMissingRoles(SeedWriteContext context, IReadOnlyList<RoleSeed> seeds)
    {
        foreach (var seed in seeds.Where(seed => !context.Roles.Contains(seed.Code)))
        {
            var role = new RoleProfile { Code = seed.Code, CreatedAt = context.Now };
            var version = new RoleProfileVersion
            {
                VersionNumber = 1,
                Status = RoleVersionStatus.Published,
                Name = seed.Name,
                Family = seed.Family,
                Tier = seed.Tier,
                Side = seed.Side,
                Description = seed.Description,
                Responsibilities = [.. seed.Responsibilities],
                MinimumExperienceYears = seed.MinimumExperienceYears,
                Sources = [.. seed.Sources],
                CreatedAt = context.Now,
                PublishedAt = context.Now,
            };
            AddRequirements(context, version, seed);
            role.Versions.Add(version);
            context.Db.RoleProfiles.Add(role);
            context.Roles.Add(seed.Code, role);
        }
    }

    private static void AddRequirements(SeedWriteContext context, RoleProfileVersion version, RoleSeed seed)
    {
        foreach (var requirementSeed in seed.Requirements)
        {
            var requirement = new RoleRequirement
            {
                RequiredLevel = requirementSeed.Level,
                Importance = requirementSeed.Importance,
                IsEssential = requirementSeed.Essential,
            };
            context.Skills.Link(requirementSeed.Skill, id => requirement.SkillId = id, skill => requirement.Skill = skill);
            version.Requirements.Add(requirement);
        }
        for (var position = 1; position <= seed.Certifications.Count; position++)
        {
            var groupSeed = seed.Certifications[position - 1];
            var group = new CertificationRequirementGroup { Position = position, IsRequired = groupSeed.Required };
            foreach (var code in groupSeed.AnyOf)
            {
                var option = new CertificationRequirementOption();
                context.Certifications.Link(code, id => option.CertificationId = id, certification => option.Certification = certification);
                group.Options.Add(option);
            }
            version.CertificationGroups.Add(group);
        }
        foreach (var education in seed.Education)
        {
            version.EducationRequirements.Add(new EducationRequirement
            {
                Level = education.Level,
                Fields = [.. education.Fields],
                IsRequired = education.Required,
            });
        }
    }

    /// <summary>Transitions have no code; they match on their (from, to) pair.</summary>
    public static async Task<int> AddMissingTransitionsAsync(SeedWriteContext context, IReadOnlyList<TransitionSeed> seeds, CancellationToken cancellationToken)
    {
        var existing = (await context.Db.CareerTransitions
                .Select(transition => new { From = transition.FromRole.Code, To = transition.ToRole.Code })
                .ToListAsync(cancellationToken))
            .Select(pair => (pair.From, pair.To))
            .ToHashSet();
        var added = 0;
        foreach (var seed in seeds.Where(seed => !existing.Contains((seed.From, seed.To))))
        {
            var transition = new CareerTransition { TypicalYears = seed.TypicalYears, Note = seed.Note };
            context.Roles.Link(seed.From, id => transition.FromRoleId = id, role => transition.FromRole = role);
            context.Roles.Link(seed.To, id => transition.ToRoleId = id, role => transition.ToRole = role);
            context.Db.CareerTransitions.Add(transition);
            added++;
        }
        return added;
    }
}
