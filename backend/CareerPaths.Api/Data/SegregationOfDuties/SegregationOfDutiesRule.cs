using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Data.SegregationOfDuties;

/// <summary>
/// Two roles (or role families) one person must not hold at the same time, e.g. the IT auditor and the
/// service manager whose service they audit. Each side names exactly one role or one family.
/// </summary>
public class SegregationOfDutiesRule
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public int? FirstRoleId { get; set; }

    public RoleFamily? FirstFamily { get; set; }

    public int? SecondRoleId { get; set; }

    public RoleFamily? SecondFamily { get; set; }

    public required string Reason { get; set; }

    public string? Source { get; set; }

    public RoleProfile? FirstRole { get; set; }

    public RoleProfile? SecondRole { get; set; }
}
