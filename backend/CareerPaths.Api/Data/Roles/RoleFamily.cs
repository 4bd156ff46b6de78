namespace CareerPaths.Api.Data.Roles;

/// <summary>The family a role belongs to; segregation-of-duties rules may name a whole family.</summary>
public enum RoleFamily
{
    Governance,
    Management,
    InformationSystems,
    Security,
    Technical,
}
