using CareerPaths.Api.Identity.LocalIssuer;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>The local issuer's key is made on first start, readable by its owner only, and the same key on every later start.</summary>
public sealed class LocalSigningKeyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerpaths-key-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheFirstLoadCreatesTheKeyAndLaterLoadsReadIt()
    {
        var path = Path.Combine(_folder, "identity", "local-issuer-key.pem");

        var first = LocalSigningKey.LoadOrCreate(path);
        var second = LocalSigningKey.LoadOrCreate(path);

        Assert.True(File.Exists(path));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(first.SecurityKey.KeyId, second.SecurityKey.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }
}
