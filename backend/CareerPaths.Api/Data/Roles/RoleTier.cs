namespace CareerPaths.Api.Data.Roles;

/// <summary>Strategic roles decide the what and why, tactical ones the how and when, operational ones do.</summary>
public enum RoleTier
{
    Strategic,
    Tactical,
    Operational,
}
