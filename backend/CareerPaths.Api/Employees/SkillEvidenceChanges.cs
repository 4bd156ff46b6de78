using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Data.Skills;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Employees;

/// <summary>
/// assessMySkill and verifySkill. Each source keeps one current statement per person and skill: a new
/// self-assessment replaces the person's last one, a new verdict the last verdict; the audit log keeps the history.
/// </summary>
internal static class SkillEvidenceChanges
{
    public const int NoteMaxLength = 1000;

    public static async Task<object> AssessMySkillAsync(IResolverContext context, AssessMySkillInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        return await RecordAsync(change, change.EmployeeId, input.Skill, input.Level, input.Note, EvidenceSource.Self, "assess-skill");
    }

    public static async Task<object> VerifySkillAsync(IResolverContext context, VerifySkillInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        if (!GlobalIds.TryParse(input.EmployeeId, EmployeeLookup.TypeName, out var employeeId)
            || await context.EmployeeScope().Visible(change.Db.Employees, change.Viewer)
                .Where(employee => employee.Id == employeeId)
                .Select(employee => new { employee.ManagerId })
                .SingleOrDefaultAsync(change.CancellationToken) is not { } target)
        {
            return Payload<SkillEvidenceRecord>.Failure(new NotFoundError("employeeId", input.EmployeeId));
        }

        if (employeeId == change.Viewer.EmployeeId)
        {
            return Payload<SkillEvidenceRecord>.Failure(new CannotVerifyOwnSkillError());
        }

        // Managers verify their direct reports only (product: "verify the skills of their direct reports"); HR anyone.
        if (!change.Viewer.IsHR && target.ManagerId != change.Viewer.EmployeeId)
        {
            return Payload<SkillEvidenceRecord>.Failure(new NotDirectReportError(input.EmployeeId));
        }

        return await RecordAsync(change, employeeId, input.Skill, input.Level, input.Note, EvidenceSource.Manager, "verify-skill");
    }

    private static async Task<Payload<SkillEvidenceRecord>> RecordAsync(
        AuditedChange change, int employeeId, string skillCode, int level, string? note, EvidenceSource source, string action)
    {
        var problems = new InputProblems();
        problems.Range("level", level, ProficiencyLevels.None, ProficiencyLevels.Highest);
        note = problems.Text("note", note, NoteMaxLength);
        var skillId = await change.Db.Skills.Where(skill => skill.Code == skillCode).Select(skill => (int?)skill.Id).SingleOrDefaultAsync(change.CancellationToken);
        if (skillId is null)
        {
            problems.Add(new UnknownSkillError("skill", skillCode));
        }

        if (problems.Any)
        {
            return Payload<SkillEvidenceRecord>.Failure(problems.ToArray());
        }

        var evidence = await change.Db.SkillEvidence
            .Where(e => e.EmployeeId == employeeId && e.SkillId == skillId && e.Source == source)
            .OrderByDescending(e => e.AssessedOn).ThenByDescending(e => e.Id)
            .FirstOrDefaultAsync(change.CancellationToken);
        var before = evidence is null ? null : Snapshot(evidence, skillCode);
        if (evidence is null)
        {
            evidence = new SkillEvidence { EmployeeId = employeeId, SkillId = skillId!.Value, Source = source };
            change.Db.SkillEvidence.Add(evidence);
        }

        evidence.Level = level;
        evidence.Note = note;
        evidence.AssessedOn = change.Today;
        evidence.RecordedById = change.Viewer.EmployeeId;
        await change.SaveAsync();
        change.Audit(AuditedEntities.Employee, employeeId, action, before, Snapshot(evidence, skillCode));
        await change.CommitAsync();
        return Payload<SkillEvidenceRecord>.Success(new SkillEvidenceRecord(
            evidence.Id, evidence.EmployeeId, evidence.SkillId, evidence.Level, evidence.Source, evidence.AssessedOn, evidence.Note, evidence.RecordedById));
    }

    private static object Snapshot(SkillEvidence evidence, string skillCode) => new
    {
        evidenceId = evidence.Id,
        skill = skillCode,
        evidence.Level,
        source = EnumText<EvidenceSource>.ToText(evidence.Source),
        evidence.AssessedOn,
        evidence.Note,
        evidence.RecordedById,
    };
}
