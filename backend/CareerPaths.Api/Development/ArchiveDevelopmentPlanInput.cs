namespace CareerPaths.Api.Development;

/// <summary>Closes one of the viewer's plans: completed (the target was reached) or abandoned (the default).</summary>
public sealed record ArchiveDevelopmentPlanInput(string PlanId, bool Completed = false);
