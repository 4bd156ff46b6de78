namespace CareerPaths.Api.Roles;

/// <summary>Publishes a draft (the published version it replaces is archived), if the role is still at <see cref="ExpectedRowVersion"/>.</summary>
public sealed record PublishRoleDraftInput(string DraftId, string ExpectedRowVersion);
