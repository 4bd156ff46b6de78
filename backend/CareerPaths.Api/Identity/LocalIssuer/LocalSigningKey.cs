using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>
/// The local issuer's RSA key: read from its PEM file, or created there on first start (owner-only permissions).
/// Tests make one in memory instead.
/// </summary>
public sealed class LocalSigningKey
{
    private const int KeySizeBits = 3072;

    public LocalSigningKey(RSA rsa)
    {
        ArgumentNullException.ThrowIfNull(rsa);
        var modulus = rsa.ExportParameters(includePrivateParameters: false).Modulus!;
        // A stable key id (the modulus's hash), so a token names the key that signed it.
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(modulus)[..12]) };
    }

    public RsaSecurityKey SecurityKey { get; }

    public SigningCredentials SigningCredentials => new(SecurityKey, SecurityAlgorithms.RsaSha256);

    public static LocalSigningKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Create(path);
        }

        // The key lives as long as the application: the singleton holding it is never disposed before exit.
#pragma warning disable CA2000
        var rsa = RSA.Create();
#pragma warning restore CA2000
        rsa.ImportFromPem(File.ReadAllText(path));
        return new LocalSigningKey(rsa);
    }

    // Written to a temporary file and moved into place, so a half-written key is never read; when two processes
    // race, the first move wins and the other reads the winner's key.
    private static void Create(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, ownerOnly | UnixFileMode.UserExecute);
        }

        using var rsa = RSA.Create(KeySizeBits);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = ownerOnly;
        }

        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
