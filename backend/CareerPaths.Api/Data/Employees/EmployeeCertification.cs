using CareerPaths.Api.Data.Certifications;

namespace CareerPaths.Api.Data.Employees;

/// <summary>A certification a person earned; once <see cref="ExpiresOn"/> has passed it no longer counts as evidence.</summary>
public class EmployeeCertification
{
    public int Id { get; set; }

    public int EmployeeId { get; set; }

    public int CertificationId { get; set; }

    public DateOnly EarnedOn { get; set; }

    /// <summary><c>null</c> for certifications that do not expire.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public Employee Employee { get; set; } = null!;

    public Certification Certification { get; set; } = null!;
}
