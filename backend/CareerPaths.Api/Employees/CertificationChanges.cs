using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Employees;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Employees;

/// <summary>addMyCertification and removeMyCertification: the viewer's own certifications only.</summary>
internal static class CertificationChanges
{
    public static async Task<object> AddMyCertificationAsync(IResolverContext context, AddMyCertificationInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var problems = new InputProblems();
        var certification = await change.Db.Certifications
            .Where(c => c.Code == input.Certification)
            .Select(c => new { c.Id, c.ValidityYears })
            .SingleOrDefaultAsync(change.CancellationToken);
        if (certification is null)
        {
            problems.Add(new UnknownCertificationError("certification", input.Certification));
        }

        if (input.EarnedOn > change.Today)
        {
            problems.Add(new InvalidDateError("earnedOn", input.EarnedOn, "is in the future"));
        }

        if (input.ExpiresOn is { } expires && expires < input.EarnedOn)
        {
            problems.Add(new InvalidDateError("expiresOn", expires, "is before earnedOn"));
        }

        if (problems.Any)
        {
            return Payload<HeldCertificationRecord>.Failure(problems.ToArray());
        }

        var employeeId = change.EmployeeId;
        if (await change.Db.EmployeeCertifications.AnyAsync(
            held => held.EmployeeId == employeeId && held.CertificationId == certification!.Id && held.EarnedOn == input.EarnedOn, change.CancellationToken))
        {
            return Payload<HeldCertificationRecord>.Failure(new CertificationAlreadyHeldError(input.Certification, input.EarnedOn));
        }

        var added = new EmployeeCertification
        {
            EmployeeId = employeeId,
            CertificationId = certification!.Id,
            EarnedOn = input.EarnedOn,
            ExpiresOn = input.ExpiresOn ?? (certification.ValidityYears is { } years ? input.EarnedOn.AddYears(years) : null),
        };
        change.Db.EmployeeCertifications.Add(added);
        await change.SaveAsync();
        change.Audit(AuditedEntities.Employee, employeeId, "add-certification", null, Snapshot(added, input.Certification));
        await change.CommitAsync();
        return Payload<HeldCertificationRecord>.Success(new HeldCertificationRecord(added.Id, added.EmployeeId, added.CertificationId, added.EarnedOn, added.ExpiresOn));
    }

    public static async Task<object> RemoveMyCertificationAsync(IResolverContext context, RemoveMyCertificationInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var employeeId = change.EmployeeId;
        var held = GlobalIds.TryParse(input.HeldCertificationId, "HeldCertification", out var id)
            ? await change.Db.EmployeeCertifications.Include(h => h.Certification)
                .SingleOrDefaultAsync(h => h.Id == id && h.EmployeeId == employeeId, change.CancellationToken)
            : null;
        if (held is null)
        {
            return Payload<EmployeeRecord>.Failure(new NotFoundError("heldCertificationId", input.HeldCertificationId));
        }

        change.Db.EmployeeCertifications.Remove(held);
        change.Audit(AuditedEntities.Employee, employeeId, "remove-certification", Snapshot(held, held.Certification.Code), null);
        await change.CommitAsync();
        return Payload<EmployeeRecord>.Success(await EmployeeChanges.ReadAsync(change, employeeId));
    }

    private static object Snapshot(EmployeeCertification held, string code) => new
    {
        heldCertificationId = held.Id,
        certification = code,
        held.EarnedOn,
        held.ExpiresOn,
    };
}
