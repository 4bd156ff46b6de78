using CareerPaths.Api.Data.Audit;
using CareerPaths.Api.Data.Development;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>
/// The seeded things the matrix's arguments point at: the personas (employee A is the subject whose data the
/// table's columns are about) and a few catalogue ids. Employee A is also given a development plan with one action,
/// and the log an entry, so that the fields of those types answer with data where the viewer may see it (an empty
/// list would read as "hidden" for everyone). For the same reason A sits in a stored cohort, and the matcher's role
/// requires a certification no offering prepares for (so A's learning plan lists one as self-study), and every
/// offering has a session next month (the matrix runs on today's date, and cohorts are planned for sessions to
/// come, whenever the seeded ones are). Add what new fixtures need here.
/// </summary>
public sealed class MatrixSubjects
{
    public const string SkillCode = "cloud-security";
    public const string RoleCode = "it-manager";
    public const string CertificationCode = "cissp";
    public const string LearningOfferingCode = "prep-ceh";

    /// <summary>
    /// The target of the matcher's probes: employee A's routes there earn certifications and break a segregation
    /// rule, and A misses one of its required certifications, so every type of those answers holds data.
    /// </summary>
    public const string MatcherRoleCode = "it-governance-manager";

    /// <summary>A well-formed global id of TYPE that names no row.</summary>
    public static string Missing(string type) => GlobalId.Encode(type, 999_999);

    private MatrixSubjects(TestPersonas personas, int skillId, int roleId, int certificationId, int matcherRoleId)
    {
        MatcherRoleId = GlobalId.Encode("Role", matcherRoleId);
        Personas = personas;
        EmployeeAId = GlobalId.Encode("Employee", personas.EmployeeId("employee"));
        SkillId = GlobalId.Encode("Skill", skillId);
        RoleId = GlobalId.Encode("Role", roleId);
        CertificationId = GlobalId.Encode("Certification", certificationId);
    }

    public TestPersonas Personas { get; }

    /// <summary>The global id of employee A, whose data the table's columns are about.</summary>
    public string EmployeeAId { get; }

    /// <summary>Global ids of the fixtures' skill, role and certification.</summary>
    public string SkillId { get; }

    public string RoleId { get; }

    public string CertificationId { get; }

    /// <summary>The global id of <see cref="MatcherRoleCode"/>.</summary>
    public string MatcherRoleId { get; }

    public static async Task<MatrixSubjects> LoadAsync(CareerPathsApiFactory api)
    {
        await using var db = api.Database.CreateContext();
        var personas = await api.PersonasAsync();
        await GiveEmployeeAPlanAsync(db, personas.EmployeeId("employee"));
        await GiveEmployeeACohortAsync(db, personas.EmployeeId("employee"));
        await GiveTheMatcherRoleAnUnpreparedCertificationAsync(db);
        await GiveEveryOfferingASessionNextMonthAsync(db);
        return new MatrixSubjects(
            personas,
            await db.Skills.Where(s => s.Code == SkillCode).Select(s => s.Id).SingleAsync(),
            await db.RoleProfiles.Where(r => r.Code == RoleCode).Select(r => r.Id).SingleAsync(),
            await db.Certifications.Where(c => c.Code == CertificationCode).Select(c => c.Id).SingleAsync(),
            await db.RoleProfiles.Where(r => r.Code == MatcherRoleCode).Select(r => r.Id).SingleAsync());
    }

    private static async Task GiveEmployeeAPlanAsync(CareerPaths.Api.Data.CareerPathsDbContext db, int employeeId)
    {
        if (await db.DevelopmentPlans.AnyAsync(plan => plan.EmployeeId == employeeId))
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var plan = new DevelopmentPlan
        {
            EmployeeId = employeeId,
            TargetRoleId = await db.RoleProfiles.Where(r => r.Code == RoleCode).Select(r => r.Id).SingleAsync(),
            Status = DevelopmentPlanStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        plan.Actions.Add(new DevelopmentAction { Position = 1, Kind = DevelopmentActionKind.Assignment, Title = "Shadow the change advisory board", Status = DevelopmentActionStatus.Planned });
        db.DevelopmentPlans.Add(plan);
        db.AuditEntries.Add(new AuditEntry { OccurredAt = now, Actor = "matrix-fixture", EntityType = "DevelopmentPlan", EntityId = "fixture", Action = "created", After = "{}" });
        await db.SaveChangesAsync();
    }

    private static async Task GiveEmployeeACohortAsync(CareerPaths.Api.Data.CareerPathsDbContext db, int employeeId)
    {
        if (await db.CohortMembers.AnyAsync(member => member.EmployeeId == employeeId))
        {
            return;
        }

        var session = await db.LearningSessions.Where(s => s.LearningOffering.Code == LearningOfferingCode).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var cohort = new CareerPaths.Api.Data.Cohorts.Cohort { LearningSessionId = session, CreatedBy = "matrix-fixture", CreatedAt = DateTimeOffset.UtcNow };
        cohort.Members.Add(new CareerPaths.Api.Data.Cohorts.CohortMember { EmployeeId = employeeId, AddedAt = DateTimeOffset.UtcNow });
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
    }

    private static async Task GiveTheMatcherRoleAnUnpreparedCertificationAsync(CareerPaths.Api.Data.CareerPathsDbContext db)
    {
        const string Code = "matrix-unprepared";
        if (await db.Certifications.AnyAsync(c => c.Code == Code))
        {
            return;
        }

        var certification = new CareerPaths.Api.Data.Certifications.Certification
        {
            Code = Code, Name = "Unprepared", Issuer = "Matrix", Description = "No offering prepares for it.",
            Renewal = "None", Prerequisites = "None", PreparationHours = 40,
        };
        db.Certifications.Add(certification);
        await db.SaveChangesAsync();
        var version = await db.RoleProfileVersions.Include(v => v.CertificationGroups)
            .SingleAsync(v => v.RoleProfile.Code == MatcherRoleCode && v.Status == CareerPaths.Api.Data.Roles.RoleVersionStatus.Published);
        var group = new CareerPaths.Api.Data.Roles.CertificationRequirementGroup
        {
            Position = version.CertificationGroups.Select(g => g.Position).DefaultIfEmpty(0).Max() + 1,
            IsRequired = true,
        };
        group.Options.Add(new CareerPaths.Api.Data.Roles.CertificationRequirementOption { CertificationId = certification.Id });
        version.CertificationGroups.Add(group);
        await db.SaveChangesAsync();
    }

    private static async Task GiveEveryOfferingASessionNextMonthAsync(CareerPaths.Api.Data.CareerPathsDbContext db)
    {
        if (await db.LearningSessions.AnyAsync(session => session.Code.StartsWith("matrix-")))
        {
            return;
        }

        var starts = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        foreach (var offering in await db.LearningOfferings.Select(o => new { o.Id, o.Code }).ToListAsync())
        {
            db.LearningSessions.Add(new CareerPaths.Api.Data.Learning.LearningSession
            {
                LearningOfferingId = offering.Id, Code = "matrix-" + offering.Code, StartsOn = starts, EndsOn = starts.AddDays(1),
            });
        }

        await db.SaveChangesAsync();
    }
}
