namespace CareerPaths.GraphQL.Http.TrustedDocuments;

/// <summary>Trusted documents: the mode, and the manifest as a file or an instance.</summary>
public sealed class TrustedDocumentsOptions
{
    public TrustedDocumentMode Mode { get; set; } = TrustedDocumentMode.Off;

    /// <summary>The manifest file (see <see cref="TrustedDocumentManifest.Parse"/>), loaded when the endpoint is mapped.</summary>
    public string? ManifestPath { get; set; }

    /// <summary>A manifest built in code; takes precedence over <see cref="ManifestPath"/>.</summary>
    public TrustedDocumentManifest? Manifest { get; set; }
}
