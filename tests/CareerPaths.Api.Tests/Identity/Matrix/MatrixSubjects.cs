using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>
/// The seeded things the matrix's arguments point at: the personas (employee A is the subject whose data the
/// table's columns are about) and a few catalogue ids. Add what new fixtures need here.
/// </summary>
public sealed class MatrixSubjects
{
    public const string SkillCode = "cloud-security";
    public const string RoleCode = "it-manager";
    public const string CertificationCode = "cissp";

    private MatrixSubjects(TestPersonas personas, int skillId, int roleId, int certificationId)
    {
        Personas = personas;
        SkillId = GlobalId.Encode("Skill", skillId);
        RoleId = GlobalId.Encode("Role", roleId);
        CertificationId = GlobalId.Encode("Certification", certificationId);
    }

    public TestPersonas Personas { get; }

    /// <summary>Global ids of the fixtures' skill, role and certification.</summary>
    public string SkillId { get; }

    public string RoleId { get; }

    public string CertificationId { get; }

    public static async Task<MatrixSubjects> LoadAsync(CareerPathsApiFactory api)
    {
        await using var db = api.Database.CreateContext();
        return new MatrixSubjects(
            await api.PersonasAsync(),
            await db.Skills.Where(s => s.Code == SkillCode).Select(s => s.Id).SingleAsync(),
            await db.RoleProfiles.Where(r => r.Code == RoleCode).Select(r => r.Id).SingleAsync(),
            await db.Certifications.Where(c => c.Code == CertificationCode).Select(c => c.Id).SingleAsync());
    }
}
