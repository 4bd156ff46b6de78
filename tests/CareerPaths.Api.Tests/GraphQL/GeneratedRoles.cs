using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Roles;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>Adds published roles shaped like the seeded ones (requirements, certification groups, education, a transition).</summary>
public static class GeneratedRoles
{
    public static async Task AddAsync(CareerPathsDbContext db, int count, string prefix = "generated-role")
    {
        var skills = await db.Skills.OrderBy(s => s.Id).Select(s => s.Id).Take(12).ToListAsync();
        var certifications = await db.Certifications.OrderBy(c => c.Id).Select(c => c.Id).Take(3).ToListAsync();
        var cio = await db.RoleProfiles.SingleAsync(r => r.Code == "cio");
        var now = DateTimeOffset.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            var role = new RoleProfile { Code = $"{prefix}-{i:000}", CreatedAt = now };
            var version = new RoleProfileVersion
            {
                VersionNumber = 1,
                Status = RoleVersionStatus.Published,
                Name = $"Generated role {prefix} {i:000}",
                Family = (RoleFamily)(i % 5),
                Tier = (RoleTier)(i % 3),
                Side = RoleSide.Management,
                Description = "A role added by a test.",
                Responsibilities = ["Exist for the test."],
                MinimumExperienceYears = i % 10,
                Sources = ["https://example.org"],
                CreatedAt = now,
                PublishedAt = now,
            };
            for (var s = 0; s < 10; s++)
            {
                version.Requirements.Add(new RoleRequirement { SkillId = skills[(i + s) % skills.Count], RequiredLevel = 1 + (s % 7), Importance = 1 + (s % 5), IsEssential = s < 3 });
            }

            var anyOf = new CertificationRequirementGroup { Position = 1, IsRequired = true };
            anyOf.Options.Add(new CertificationRequirementOption { CertificationId = certifications[0] });
            anyOf.Options.Add(new CertificationRequirementOption { CertificationId = certifications[1 + (i % 2)] });
            version.CertificationGroups.Add(anyOf);
            version.EducationRequirements.Add(new EducationRequirement { Level = EducationLevel.Bachelor, Fields = ["Computer Science"], IsRequired = i % 2 == 0 });
            role.Versions.Add(version);
            db.RoleProfiles.Add(role);
            db.CareerTransitions.Add(new CareerTransition { FromRole = role, ToRoleId = cio.Id, TypicalYears = 2.5m });
        }

        await db.SaveChangesAsync();
    }
}
