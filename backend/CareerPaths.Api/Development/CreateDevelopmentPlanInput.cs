namespace CareerPaths.Api.Development;

/// <summary>Starts a plan of the viewer's towards a published role.</summary>
public sealed record CreateDevelopmentPlanInput(string TargetRole);
