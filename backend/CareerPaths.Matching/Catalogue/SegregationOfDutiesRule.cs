namespace CareerPaths.Matching.Catalogue;

/// <summary>Two roles (or role families) one person must not hold at the same time, and why.</summary>
public sealed record SegregationOfDutiesRule(int Id, DutySide First, DutySide Second, string Reason);

/// <summary>One side of a rule: exactly one of a role or a role family.</summary>
public sealed record DutySide(int? RoleId, string? Family)
{
    public static DutySide Role(int roleId) => new(roleId, null);

    public static DutySide OfFamily(string family) => new(null, family);

    public bool Covers(RoleProfile role) =>
        RoleId is { } id ? id == role.Id : string.Equals(Family, role.Family, StringComparison.OrdinalIgnoreCase);
}
