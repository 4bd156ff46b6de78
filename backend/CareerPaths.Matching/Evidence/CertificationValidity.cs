using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.People;

namespace CareerPaths.Matching.Evidence;

/// <summary>Whether a held certification counts on a reference date.</summary>
public static class CertificationValidity
{
    /// <summary>
    /// Valid from the day it was earned through its expiry date, both inclusive. The expiry is the held record's
    /// own date when it has one, else earned + the catalogue's validity years; no expiry at all means it never expires.
    /// A certification earned after the reference date does not count yet.
    /// </summary>
    public static bool IsValidOn(HeldCertification held, Certification? definition, DateOnly referenceDate)
    {
        if (held.Earned > referenceDate)
        {
            return false;
        }
        var expires = ExpiresOn(held, definition);
        return expires is null || referenceDate <= expires.Value;
    }

    public static DateOnly? ExpiresOn(HeldCertification held, Certification? definition) =>
        held.Expires ?? (definition?.ValidityYears is { } years ? held.Earned.AddYears(years) : null);
}
