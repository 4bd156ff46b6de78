using CareerPaths.Matching.Paths;
using static CareerPaths.Api.Tests.Matching.Support.ComparisonShapes;

namespace CareerPaths.Api.Tests.Matching.Support;

/// <summary>The selection the tests send for development paths, and the same shape built from the library's paths.</summary>
public static class PathShapes
{
    public const string Path = """
        totalMonths totalHours breaksSegregationOfDuties
        steps {
          from { id } role { id } edge typicalYears offeringHours selfStudyHours months
          closesSkills { skill { id } from to essential }
          certificationsToEarn { anyOf { id } }
          offerings { id }
          segregationConflicts { with { id } reason }
        }
        """;

    public static object Of(DevelopmentPath path) => new
    {
        totalMonths = path.TotalMonths,
        totalHours = path.TotalHours,
        breaksSegregationOfDuties = path.BreaksSegregationOfDuties,
        steps = path.Steps.Select(step => new
        {
            from = RefOrNull("Role", step.FromRoleId),
            role = Ref("Role", step.RoleId),
            edge = JsonAssert.EnumName(step.Edge),
            typicalYears = step.TypicalYears,
            offeringHours = step.OfferingHours,
            selfStudyHours = step.SelfStudyHours,
            months = step.Months,
            closesSkills = step.ClosesSkills.Select(gap => new { skill = Ref("Skill", gap.SkillId), from = gap.From, to = gap.To, essential = gap.Essential }),
            certificationsToEarn = step.EarnsCertificationFrom.Select(anyOf => new { anyOf = Refs("Certification", anyOf) }),
            offerings = Refs("LearningOffering", step.OfferingIds),
            segregationConflicts = step.Conflicts.Select(conflict => new { with = Ref("Role", conflict.WithRoleId), reason = conflict.Reason }),
        }),
    };
}
