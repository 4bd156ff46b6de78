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
/// list would read as "hidden" for everyone). Add what new fixtures need here.
/// </summary>
public sealed class MatrixSubjects
{
    public const string SkillCode = "cloud-security";
    public const string RoleCode = "it-manager";
    public const string CertificationCode = "cissp";
    public const string LearningOfferingCode = "prep-ceh";

    /// <summary>A well-formed global id of TYPE that names no row.</summary>
    public static string Missing(string type) => GlobalId.Encode(type, 999_999);

    private MatrixSubjects(TestPersonas personas, int skillId, int roleId, int certificationId)
    {
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

    public static async Task<MatrixSubjects> LoadAsync(CareerPathsApiFactory api)
    {
        await using var db = api.Database.CreateContext();
        var personas = await api.PersonasAsync();
        await GiveEmployeeAPlanAsync(db, personas.EmployeeId("employee"));
        return new MatrixSubjects(
            personas,
            await db.Skills.Where(s => s.Code == SkillCode).Select(s => s.Id).SingleAsync(),
            await db.RoleProfiles.Where(r => r.Code == RoleCode).Select(r => r.Id).SingleAsync(),
            await db.Certifications.Where(c => c.Code == CertificationCode).Select(c => c.Id).SingleAsync());
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
}
