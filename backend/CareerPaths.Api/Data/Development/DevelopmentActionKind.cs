namespace CareerPaths.Api.Data.Development;

/// <summary>What a plan step is: take a learning offering, earn a certification, or do an assignment at work.</summary>
public enum DevelopmentActionKind
{
    LearningOffering,
    Certification,
    Assignment,
}
