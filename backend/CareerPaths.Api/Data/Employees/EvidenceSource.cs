namespace CareerPaths.Api.Data.Employees;

/// <summary>
/// Who vouches for a skill level. The matcher ranks manager-verified and assessed levels above
/// self-assessed ones when they disagree.
/// </summary>
public enum EvidenceSource
{
    Self,
    Manager,
    Assessment,
    Certification,
}
