namespace CareerPaths.Api.Organisation;

/// <summary>A unit of the organisation tree as the API reads it.</summary>
public sealed record OrgUnitRecord(int Id, string Code, string Name, int? ParentId);
