using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Conventions;
using CareerPaths.Api.Data.Development;
using CareerPaths.Api.Employees;
using CareerPaths.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Development;

/// <summary>Checks what a new step refers to against its kind, and names the step.</summary>
internal static class ActionReferences
{
    public static async Task<(DevelopmentAction Action, IDomainError[] Problems)> ResolveAsync(AuditedChange change, AddDevelopmentActionInput input)
    {
        var problems = new InputProblems();
        var description = problems.Text("description", input.Description, ColumnLengths.Name);
        Expect(problems, input.Kind, "offering", input.Offering, input.Kind == DevelopmentActionKind.LearningOffering);
        Expect(problems, input.Kind, "certification", input.Certification, input.Kind == DevelopmentActionKind.Certification);
        Expect(problems, input.Kind, "description", description, input.Kind == DevelopmentActionKind.Assignment, onlyRequired: true);
        var action = new DevelopmentAction { Kind = input.Kind, Title = description ?? string.Empty };
        if (input.Kind == DevelopmentActionKind.LearningOffering && input.Offering is { } offeringCode)
        {
            var offering = await change.Db.LearningOfferings.Where(o => o.Code == offeringCode)
                .Select(o => new { o.Id, o.Title }).SingleOrDefaultAsync(change.CancellationToken);
            if (offering is null)
            {
                problems.Add(new UnknownLearningOfferingError("offering", offeringCode));
            }
            else
            {
                action.LearningOfferingId = offering.Id;
                action.Title = description ?? offering.Title;
            }
        }

        if (input.Kind == DevelopmentActionKind.Certification && input.Certification is { } certificationCode)
        {
            var certification = await change.Db.Certifications.Where(c => c.Code == certificationCode)
                .Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(change.CancellationToken);
            if (certification is null)
            {
                problems.Add(new UnknownCertificationError("certification", certificationCode));
            }
            else
            {
                action.CertificationId = certification.Id;
                action.Title = description ?? certification.Name;
            }
        }

        return (action, problems.ToArray());
    }

    private static void Expect(InputProblems problems, DevelopmentActionKind kind, string field, string? value, bool expected, bool onlyRequired = false)
    {
        if (expected && value is null)
        {
            problems.Add(new ActionReferenceError(kind, field, Missing: true));
        }
        else if (!expected && !onlyRequired && value is not null)
        {
            problems.Add(new ActionReferenceError(kind, field, Missing: false));
        }
    }
}
