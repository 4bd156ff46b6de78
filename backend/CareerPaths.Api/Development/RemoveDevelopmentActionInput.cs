namespace CareerPaths.Api.Development;

/// <summary>Removes a step from one of the viewer's plans.</summary>
public sealed record RemoveDevelopmentActionInput(string ActionId);
