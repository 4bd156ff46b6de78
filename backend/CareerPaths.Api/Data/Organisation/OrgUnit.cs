namespace CareerPaths.Api.Data.Organisation;

/// <summary>A unit of the organisation tree (division, department, team).</summary>
public class OrgUnit
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The enclosing unit; <c>null</c> for the root(s) of the tree.</summary>
    public int? ParentId { get; set; }

    public OrgUnit? Parent { get; set; }

    public ICollection<OrgUnit> Children { get; } = [];
}
