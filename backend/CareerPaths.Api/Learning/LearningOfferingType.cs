using CareerPaths.Api.Certifications;
using CareerPaths.Api.Data.Learning;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Skills;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Learning;

/// <summary>The GraphQL types of the learning catalogue: LearningOffering, LearningCoverage, LearningSession, Money and enums.</summary>
internal static class LearningOfferingType
{
    public static SchemaBuilder AddLearningTypes(this SchemaBuilder builder) => builder
        .Enum<LearningOfferingKind>("LearningOfferingKind", e => e.Description("What kind of learning an offering is."))
        .Enum<LearningFormat>("LearningFormat", e => e.Description("How an offering is delivered."))
        .AddConnectionType<LearningOfferingRecord>("LearningOffering")
        .AuthorizeConnection("LearningOffering", Policies.Employee)
        .Object<LearningOfferingRecord>("LearningOffering", t =>
        {
            t.Description("A course, certification preparation, mentoring or stretch assignment, and the skills it raises.");
            t.Authorize(Policies.Employee);
            t.AsNode(offering => offering.Id, static (context, id) => context.LearningOfferingById().LoadAsync(id));
            t.Field(offering => offering.Code).Description("Stable kebab-case code.");
            t.Field(offering => offering.Title);
            t.Field(offering => offering.Kind);
            t.Field(offering => offering.Provider);
            t.Field(offering => offering.Format);
            t.Field("hours", offering => (double)offering.Hours).Description("Hours of a participant's time.");
            t.Field("cost", offering => new MoneyRecord((double)offering.CostAmount, offering.CostCurrency)).Type("Money!")
                .Description("What one participant costs.");
            t.Field(offering => offering.Capacity).Description("Most participants one session can take.");
            t.Field("certification").Type("Certification").Description("The certification it prepares for, if any.")
                .ResolveAsync(static (offering, context) => offering.CertificationId is { } id
                    ? context.CertificationById().LoadAsync(id) : Task.FromResult<CertificationRecord?>(null)!);
            t.Field("covers").Type("[LearningCoverage!]!").Description("The skills it raises, highest level first.")
                .ResolveAsync(static (offering, context) => context.CoverageByOffering().LoadAsync(offering.Id));
            t.Field("sessions").Type("[LearningSession!]!").Description("Scheduled runs, by start date.")
                .ResolveAsync(static (offering, context) => context.SessionsByOffering().LoadAsync(offering.Id));
        })
        .Object<LearningCoverageRecord>("LearningCoverage", t =>
        {
            t.Description("A skill an offering raises, and the level it can take a participant to.");
            t.Authorize(Policies.Employee);
            t.Field("skill").Type("Skill!").ResolveAsync(static (covered, context) => context.SkillById().LoadAsync(covered.SkillId));
            t.Field(covered => covered.ToLevel).Description("1–7.");
        })
        .Object<LearningSessionRecord>("LearningSession", t =>
        {
            t.Description("One scheduled run of an offering.");
            t.Authorize(Policies.Employee);
            t.Field(session => session.Code);
            t.Field(session => session.StartsOn);
            t.Field(session => session.EndsOn);
        })
        .Object<MoneyRecord>("Money", t =>
        {
            t.Description("An amount in a currency.");
            t.Authorize(Policies.Employee);
            t.Field(money => money.Amount);
            t.Field(money => money.Currency).Description("ISO 4217 code, e.g. `EUR`.");
        });
}

/// <summary>An amount of money (GraphQL Money).</summary>
public sealed record MoneyRecord(double Amount, string Currency);
