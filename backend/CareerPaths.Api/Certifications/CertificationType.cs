using CareerPaths.Api.Identity;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Certifications;

/// <summary>The GraphQL types of certifications: Certification and CertificationEvidence.</summary>
internal static class CertificationType
{
    public static SchemaBuilder AddCertificationTypes(this SchemaBuilder builder) => builder
        .Object<CertificationRecord>("Certification", t =>
        {
            t.Description("A professional certification (CISSP, CISM, ITIL …) and what it takes to earn and keep it.");
            t.Authorize(Policies.Employee);
            t.AsNode(certification => certification.Id, static (context, id) => context.CertificationById().LoadAsync(id));
            t.Field(certification => certification.Code).Description("Stable kebab-case code, e.g. `cissp`.");
            t.Field(certification => certification.Name);
            t.Field(certification => certification.Issuer).Description("The body that awards it.");
            t.Field(certification => certification.Description);
            t.Field(certification => certification.ValidityYears).Description("Years an earned certification stays valid; null when it never expires.");
            t.Field(certification => certification.Renewal).Description("How it is kept valid.");
            t.Field(certification => certification.Prerequisites).Description("What a candidate needs before the exam.");
            t.Field(certification => certification.PrerequisiteExperienceYears).Description("Years of relevant experience required.");
            t.Field(certification => certification.PreparationHours).Description("Typical hours of preparation.");
            t.Field("evidences").Type("[CertificationEvidence!]!")
                .Description("The skill levels holding this certification (while valid) is evidence of, highest level first.")
                .ResolveAsync(static (certification, context) => context.EvidencesByCertification().LoadAsync(certification.Id));
            t.Field(certification => certification.Source).Description("Where the facts come from (a URL or a source article).");
        })
        .Object<CertificationEvidenceRecord>("CertificationEvidence", t =>
        {
            t.Description("A skill level that holding a valid certification is evidence of.");
            t.Authorize(Policies.Employee);
            t.Field("skill").Type("Skill!")
                .ResolveAsync(static (evidence, context) => context.SkillById().LoadAsync(evidence.SkillId));
            t.Field(evidence => evidence.Level).Description("The level evidenced, 1–7.");
        });
}
