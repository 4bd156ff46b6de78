using CareerPaths.GraphQL.Execution.Documents;
using CareerPaths.GraphQL.Http.TrustedDocuments;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class TrustedDocumentManifestTests
{
    private const string Document = "query ($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}";

    [Fact]
    public void IdsAreTheSpecsSha256OfTheUtf8Text()
    {
        // The example of the GraphQL-over-HTTP persisted documents appendix.
        Assert.Equal("7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e", DocumentCache.ComputeHash(Document));
        Assert.Equal("71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b", DocumentCache.ComputeHash("query($id:ID!){user(id:$id){name}}"));
    }

    [Fact]
    public void ReadsTheCodegenClientPresetFormatWithOrWithoutThePrefix()
    {
        var manifest = TrustedDocumentManifest.Parse("""
            {
              "7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e": "query ($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}",
              "sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b": "query($id:ID!){user(id:$id){name}}"
            }
            """);

        Assert.Equal(2, manifest.Count);
        Assert.True(manifest.TryGetDocument("7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e", out var text));
        Assert.Equal(Document, text);
    }

    [Fact]
    public void AnIdThatIsNotTheHashOfItsTextIsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Parse(
            """{ "sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b": "mutation { dropEverything }" }"""));

        Assert.Contains("SHA-256", error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{ "abc": "{ a }" }""")]
    [InlineData("""{ "sha1:0123": "{ a }" }""")]
    [InlineData("""{ "7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e": 1 }""")]
    [InlineData("not json")]
    public void AManifestOfAnotherShapeIsRefused(string json) =>
        Assert.Throws<InvalidDataException>(() => TrustedDocumentManifest.Parse(json));

    [Theory]
    [InlineData("sha256:7DBA4BD717B41F10434822356A93C32B1FB4907B983E854300AD839F84CDCD6E", true)]
    [InlineData("7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e", true)]
    [InlineData("sha256:7dba", false)]
    [InlineData("x-custom:abc", false)]
    [InlineData("sha256:7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6g", false)]
    public void DocumentIdsAreSha256HexWithAnOptionalPrefix(string id, bool valid)
    {
        Assert.Equal(valid, TrustedDocumentManifest.TryParseDocumentId(id, out var hash));
        if (valid)
        {
            Assert.Equal("7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e", hash);
        }
    }

    [Fact]
    public void LoadsAManifestFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "sha256:71f7dc5758652baac68e4a10c50be732b741c892ade2883a99358f52b555286b": "query($id:ID!){user(id:$id){name}}" }""");

            Assert.Equal(1, TrustedDocumentManifest.Load(path).Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
