namespace CareerPaths.Api.Data.Learning;

public enum LearningOfferingKind
{
    Course,
    CertificationPreparation,
    Mentoring,
    StretchAssignment,
}
