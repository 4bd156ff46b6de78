namespace CareerPaths.Api.Employees;

/// <summary>Removes one of the viewer's own certifications (a HeldCertification id).</summary>
public sealed record RemoveMyCertificationInput(string HeldCertificationId);
