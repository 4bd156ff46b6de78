using CareerPaths.Api.Data;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Data.Roles;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>Adds employees shaped like the seeded ones: a unit, a published role, evidence from every source, a certification, a goal.</summary>
public static class GeneratedPeople
{
    public static async Task<int> AddAsync(CareerPathsDbContext db, int count, string prefix = "gen")
    {
        var units = await db.OrgUnits.OrderBy(unit => unit.Id).Select(unit => unit.Id).ToListAsync();
        var roles = await db.RoleProfileVersions.Where(version => version.Status == RoleVersionStatus.Published)
            .OrderBy(version => version.RoleProfileId).Select(version => version.RoleProfileId).ToListAsync();
        var skills = await db.Skills.OrderBy(skill => skill.Id).Select(skill => skill.Id).ToListAsync();
        var certifications = await db.Certifications.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var sources = Enum.GetValues<EvidenceSource>();
        for (var i = 0; i < count; i++)
        {
            var employee = new Employee
            {
                EmployeeNumber = $"{prefix}{i:00000}",
                Name = $"Generated Person {prefix} {i}",
                Email = $"{prefix}.{i}@generated.example",
                IdentityObjectId = Guid.NewGuid(),
                OrgUnitId = units[i % units.Count],
                CurrentRoleId = i % 7 == 0 ? null : roles[i % roles.Count],
            };
            for (var s = 0; s < 8; s++)
            {
                employee.SkillEvidence.Add(new SkillEvidence
                {
                    SkillId = skills[(i * 3 + s * 5) % skills.Count],
                    Level = (i + s) % 8,
                    Source = sources[(i + s) % sources.Length],
                    AssessedOn = new DateOnly(2023, 1, 1).AddDays((i * 37 + s * 11) % 1400),
                });
            }
            employee.Certifications.Add(new EmployeeCertification
            {
                CertificationId = certifications[i % certifications.Count],
                EarnedOn = new DateOnly(2020, 1, 1).AddDays(i * 13 % 2000),
            });
            employee.CareerGoals.Add(new CareerGoal { TargetRoleId = roles[(i * 5 + 3) % roles.Count], Priority = 1 });
            db.Employees.Add(employee);
        }
        await db.SaveChangesAsync();
        return count;
    }
}
