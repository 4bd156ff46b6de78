using CareerPaths.Api.Data.Development;

namespace CareerPaths.Api.Development;

/// <summary>A new status and/or due date for a step of one of the viewer's plans (absent: unchanged).</summary>
public sealed record UpdateDevelopmentActionInput(string ActionId, DevelopmentActionStatus? Status, DateOnly? DueOn);
