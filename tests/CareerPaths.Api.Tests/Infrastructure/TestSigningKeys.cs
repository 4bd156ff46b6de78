using System.Security.Cryptography;
using CareerPaths.Api.Identity.LocalIssuer;

namespace CareerPaths.Api.Tests.Infrastructure;

/// <summary>
/// RSA keys made in memory for this test run (none is ever written anywhere): the one the API under test
/// trusts — as the local issuer's key, or as the Entra tenant's signing key — and one it has never seen.
/// </summary>
public static class TestSigningKeys
{
    public static LocalSigningKey Trusted { get; } = new(RSA.Create(2048));

    public static LocalSigningKey Forger { get; } = new(RSA.Create(2048));
}
