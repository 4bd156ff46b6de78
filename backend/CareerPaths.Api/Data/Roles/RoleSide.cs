namespace CareerPaths.Api.Data.Roles;

/// <summary>Whether a role governs (COBIT's evaluate–direct–monitor), manages (ITIL's plan–build–run), or both.</summary>
public enum RoleSide
{
    Governance,
    Management,
    Both,
}
