using CareerPaths.Api.Certifications;
using CareerPaths.Api.Employees;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Learning;
using CareerPaths.Api.Roles;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Types;
using CareerPaths.Matching.Fit;
using DataEvidenceSource = CareerPaths.Api.Data.Employees.EvidenceSource;
using MatchingEvidenceSource = CareerPaths.Matching.People.EvidenceSource;

namespace CareerPaths.Api.Matching;

/// <summary>
/// One person against one role, explained item by item: RoleComparison, RequirementAssessment,
/// CertificationAssessment, ReadinessEstimate and the Readiness enum (bound to the matcher's own records).
/// </summary>
internal static class ComparisonTypes
{
    public static SchemaBuilder AddComparisonTypes(this SchemaBuilder builder) => builder
        .Enum<Readiness>("Readiness", e => e.Description("How soon a person could take a role, from the effort to close the essential gaps and missing required certifications."))
        .Object<RoleComparison>("RoleComparison", t =>
        {
            t.Description("A person against a published role: fit, every requirement and certification group explained, readiness.");
            t.Authorize(Policies.Employee);
            t.Field("employee").Type("Employee!").ResolveAsync(static (c, context) => context.EmployeeById().LoadAsync(c.PersonId));
            t.Field("role").Type("Role!").ResolveAsync(static (c, context) => context.PublishedRoleById().LoadAsync(c.RoleId));
            t.Field(c => c.Fit).Description("Σ wᵢ·min(effᵢ, reqᵢ)/reqᵢ ÷ Σ wᵢ over the requirements, in [0, 1]; 1 for a role without requirements. Certifications act through readiness.");
            t.Field("readiness", c => c.Readiness.Readiness).Description("Ready now, within a year, in one to three years, or later.");
            t.Field("readinessEstimate", c => c.Readiness).Type("ReadinessEstimate!").Description("The effort behind the readiness class.");
            t.Field(c => c.Requirements).Type("[RequirementAssessment!]!").Description("Every skill requirement, in the role's order.");
            t.Field("gaps", c => c.SkillGaps.ToList()).Type("[RequirementAssessment!]!").Description("The requirements the person falls short of.");
            t.Field(c => c.Certifications).Type("[CertificationAssessment!]!").Description("Every certification group of the role, required or recommended.");
            t.Field("missingCertifications", c => c.MissingCertifications.ToList()).Type("[CertificationAssessment!]!")
                .Description("Required groups the person holds no valid certification of: gap items of their own.");
            t.Field("referenceDate").Type("Date!").Description("The day the comparison is for: evidence after it does not count, staleness and certificate validity are judged on it.")
                .ResolveAsync(static async (_, context) => (await context.MatcherAsync()).ReferenceDate);
        })
        .Object<RequirementAssessment>("RequirementAssessment", t =>
        {
            t.Description("One skill requirement: what is needed, what the person has, and where that level comes from.");
            t.Authorize(Policies.Employee);
            t.Field("skill").Type("Skill!").ResolveAsync(static (r, context) => context.SkillById().LoadAsync(r.SkillId));
            t.Field(r => r.Required).Description("The level the role needs.");
            t.Field(r => r.Effective).Description("The person's effective level (0 without evidence).");
            t.Field(r => r.Gap).Description("max(0, required − effective).");
            t.Field(r => r.Importance).Description("1–5.");
            t.Field(r => r.Essential).Description("Essential gaps block \"ready now\".");
            t.Field(r => r.Weight).Description("importance × 2 when essential: the requirement's weight in the fit.");
            t.Field(r => r.Coverage).Description("min(effective, required) / required: this item's share of the fit is weight × coverage / Σ weights.");
            t.Field("source", r => Source(r.Source)).Type("EvidenceSource").Description("Who vouches for the effective level; null without evidence.");
            t.Field(r => r.AssessedOn).Description("When the deciding evidence was assessed.");
            t.Field("certification").Type("Certification").Description("The certification the deciding evidence rests on, when it is one.")
                .ResolveAsync(static (r, context) => r.CertificationId is { } id ? context.CertificationById().LoadAsync(id) : Task.FromResult<CertificationRecord?>(null));
            t.Field("stale", r => r.IsStale).Description("The deciding evidence is older than 24 months (it still counts).");
        })
        .Object<CertificationAssessment>("CertificationAssessment", t =>
        {
            t.Description("A certification group of the role (any one of its certifications satisfies it) and the valid one the person holds.");
            t.Authorize(Policies.Employee);
            t.Field("anyOf").Type("[Certification!]!").Description("The certifications that satisfy it, by id.")
                .ResolveAsync(static (c, context) => context.CertificationById().LoadManyAsync(c.AnyOf));
            t.Field(c => c.Required).Description("Required groups block \"ready now\"; recommended ones are reported only.");
            t.Field("held").Type("Certification").Description("The valid certification of the group the person holds (lowest id); null when none.")
                .ResolveAsync(static (c, context) => c.HeldCertificationId is { } id ? context.CertificationById().LoadAsync(id) : Task.FromResult<CertificationRecord?>(null));
            t.Field("missing", c => c.IsGap).Description("Required and not held: a gap item of its own.");
        })
        .Object<ReadinessEstimate>("ReadinessEstimate", t =>
        {
            t.Description("The effort to close the blocking items (essential gaps, missing required certifications) with the learning catalogue.");
            t.Authorize(Policies.Employee);
            t.Field(r => r.Readiness);
            t.Field(r => r.Months).Description("(offering hours + self-study hours) ÷ 16 development hours a month.");
            t.Field(r => r.OfferingHours).Description("Hours of the offerings chosen (fewest hours) to close what the catalogue can close.");
            t.Field(r => r.SelfStudyHours).Description("Essential gaps no offering reaches (80 hours a level) and certification preparation.");
            t.Field("offerings").Type("[LearningOffering!]!").Description("The offerings behind the estimate.")
                .ResolveAsync(static (r, context) => context.LearningOfferingById().LoadManyAsync(r.OfferingIds));
        });

    /// <summary>The matcher's evidence source as the schema's EvidenceSource enum (the data model's).</summary>
    public static DataEvidenceSource? Source(MatchingEvidenceSource? source) => source switch
    {
        null => null,
        MatchingEvidenceSource.Self => DataEvidenceSource.Self,
        MatchingEvidenceSource.Manager => DataEvidenceSource.Manager,
        MatchingEvidenceSource.Assessment => DataEvidenceSource.Assessment,
        MatchingEvidenceSource.Certification => DataEvidenceSource.Certification,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "An evidence source the schema does not know."),
    };
}
