using CareerPaths.Api.Audit;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Employees;

/// <summary>
/// The mutations of a person's skill profile: self-service (<c>assessMySkill</c>, <c>addMyCertification</c>,
/// <c>removeMyCertification</c>, <c>setMyCareerGoals</c>) and the manager's <c>verifySkill</c>. Each is audited.
/// </summary>
internal static class EmployeeMutations
{
    public static SchemaBuilder AddEmployeeMutations(this SchemaBuilder builder) => builder
        .InputObject<AssessMySkillInput>("AssessMySkillInput", t => t.Description("A self-assessment: a skill code, a level 0–7, an optional note."))
        .InputObject<VerifySkillInput>("VerifySkillInput", t =>
        {
            t.Description("A manager's verdict on a direct report's level in a skill.");
            t.Field(i => i.EmployeeId).Type("ID!");
            t.Field(i => i.Skill);
            t.Field(i => i.Level);
            t.Field(i => i.Note);
        })
        .InputObject<AddMyCertificationInput>("AddMyCertificationInput", t => t.Description("A certification code and when it was earned (and expires)."))
        .InputObject<RemoveMyCertificationInput>("RemoveMyCertificationInput", t =>
        {
            t.Description("The HeldCertification to remove.");
            t.Field(i => i.HeldCertificationId).Type("ID!");
        })
        .InputObject<SetMyCareerGoalsInput>("SetMyCareerGoalsInput", t => t.Description("Published role codes, most wanted first (at most five)."))
        .AddDomainErrorType<CannotVerifyOwnSkillError>("CannotVerifyOwnSkillError")
        .AddDomainErrorType<NotDirectReportError>("NotDirectReportError", t => t.Field(e => e.EmployeeId).Type("ID!"))
        .AddDomainErrorType<CertificationAlreadyHeldError>("CertificationAlreadyHeldError", t =>
        {
            t.Field(e => e.Code);
            t.Field(e => e.EarnedOn);
        })
        .AddMutationPayload<SkillEvidenceRecord>("AssessMySkill", "evidence", "SkillEvidence", "UnknownSkillError", "ValueOutOfRangeError", "TextLengthError")
        .AddMutationPayload<SkillEvidenceRecord>("VerifySkill", "evidence", "SkillEvidence",
            "NotFoundError", "CannotVerifyOwnSkillError", "NotDirectReportError", "UnknownSkillError", "ValueOutOfRangeError", "TextLengthError")
        .AddMutationPayload<HeldCertificationRecord>("AddMyCertification", "certification", "HeldCertification",
            "UnknownCertificationError", "InvalidDateError", "CertificationAlreadyHeldError")
        .AddMutationPayload<EmployeeRecord>("RemoveMyCertification", "employee", "Employee", "NotFoundError")
        .AddMutationPayload<EmployeeRecord>("SetMyCareerGoals", "employee", "Employee", "UnknownRoleError", "DuplicateValueError", "ValueOutOfRangeError")
        .Object("Mutation", mutation =>
        {
            mutation.Mutation<AssessMySkillInput>("AssessMySkill", Policies.Employee,
                "Records the viewer's own level in a skill (source SELF), replacing their earlier self-assessment of it.",
                SkillEvidenceChanges.AssessMySkillAsync);
            mutation.Mutation<VerifySkillInput>("VerifySkill", Policies.Manager,
                "Records a manager's verdict (source MANAGER) on a direct report's skill; HR may verify anyone; nobody their own.",
                SkillEvidenceChanges.VerifySkillAsync);
            mutation.Mutation<AddMyCertificationInput>("AddMyCertification", Policies.Employee,
                "Adds a certification the viewer earned.", CertificationChanges.AddMyCertificationAsync);
            mutation.Mutation<RemoveMyCertificationInput>("RemoveMyCertification", Policies.Employee,
                "Removes one of the viewer's certifications.", CertificationChanges.RemoveMyCertificationAsync);
            mutation.Mutation<SetMyCareerGoalsInput>("SetMyCareerGoals", Policies.Employee,
                "Replaces the viewer's career goals.", CareerGoalChanges.SetMyCareerGoalsAsync);
        });
}
