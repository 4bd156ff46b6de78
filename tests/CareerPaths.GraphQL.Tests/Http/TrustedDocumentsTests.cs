using CareerPaths.GraphQL.Execution.Documents;
using CareerPaths.GraphQL.Http.TrustedDocuments;
using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class TrustedDocumentsTests
{
    private const string Trusted = "query Greeting($name: String) { hello(name: $name) }";
    private const string TrustedMutation = "mutation { increment }";
    private static readonly string TrustedId = "sha256:" + DocumentCache.ComputeHash(Trusted);
    private static readonly string UnknownId = "sha256:" + new string('0', 64);

    private static Task<GraphQLTestHost> StartAsync(TrustedDocumentMode mode) => GraphQLTestHost.StartAsync(options =>
    {
        options.TrustedDocuments.Mode = mode;
        options.TrustedDocuments.Manifest = TrustedDocumentManifest.FromDocuments([Trusted, TrustedMutation]);
    });

    [Theory]
    [InlineData(TrustedDocumentMode.AllowArbitrary)]
    [InlineData(TrustedDocumentMode.TrustedOnly)]
    public async Task ADocumentIdFromTheManifestRunsItsDocument(TrustedDocumentMode mode)
    {
        await using var host = await StartAsync(mode);

        var answer = await host.CreateClient().ExchangeAsync(PostJson(new { documentId = TrustedId, variables = new { name = "trusted" } }));

        Assert.Equal(200, answer.Status);
        Assert.Equal("""{"data":{"hello":"Hello, trusted!"}}""", answer.Text);
    }

    [Fact]
    public async Task TheBareHexIdThatCodegenSendsAndApollosHashExtensionWorkToo()
    {
        await using var host = await StartAsync(TrustedDocumentMode.TrustedOnly);
        var client = host.CreateClient();
        var hash = DocumentCache.ComputeHash(Trusted);

        var bare = await client.ExchangeAsync(PostJson(new { documentId = hash }));
        var apollo = await client.ExchangeAsync(PostJson(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } }));
        var get = await client.ExchangeAsync(Get([("documentId", TrustedId), ("variables", """{"name":"GET"}""")]));

        Assert.Equal(200, bare.Status);
        Assert.Equal(200, apollo.Status);
        Assert.Equal("""{"data":{"hello":"Hello, GET!"}}""", get.Text);
    }

    [Theory]
    [InlineData(TrustedDocumentMode.AllowArbitrary)]
    [InlineData(TrustedDocumentMode.TrustedOnly)]
    public async Task AnUnknownDocumentIdIsPersistedQueryNotFound(TrustedDocumentMode mode)
    {
        await using var host = await StartAsync(mode);

        var answer = await host.CreateClient().ExchangeAsync(PostJson(new { documentId = UnknownId }, Json));

        Assert.Equal(400, answer.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", answer.FirstErrorCode);
    }

    [Fact]
    public async Task OnlyTrustedRefusesAnyOtherDocumentWithAClearError()
    {
        await using var host = await StartAsync(TrustedDocumentMode.TrustedOnly);
        var client = host.CreateClient();

        var arbitrary = await client.ExchangeAsync(PostJson(new { query = "{ hello }" }));
        var introspection = await client.ExchangeAsync(PostJson(new { query = "{ __schema { queryType { name } } }" }, Json));
        var sameTextAsTrusted = await client.ExchangeAsync(PostJson(new { query = Trusted }));

        Assert.Equal(400, arbitrary.Status);
        Assert.Equal("TRUSTED_DOCUMENT_REQUIRED", arbitrary.FirstErrorCode);
        Assert.Contains("trusted", arbitrary.FirstError.GetProperty("message").GetString());
        Assert.Equal(400, introspection.Status);
        Assert.Equal(200, sameTextAsTrusted.Status);
    }

    [Fact]
    public async Task AllowArbitraryRunsAnyDocumentAndAnApolloRetryWithText()
    {
        await using var host = await StartAsync(TrustedDocumentMode.AllowArbitrary);
        var client = host.CreateClient();
        const string other = "{ echo(value: \"x\") }";

        var arbitrary = await client.ExchangeAsync(PostJson(new { query = other }));
        var retry = await client.ExchangeAsync(PostJson(new
        {
            query = other,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentCache.ComputeHash(other) } },
        }));

        Assert.Equal(200, arbitrary.Status);
        Assert.Equal(200, retry.Status);
    }

    [Theory]
    [InlineData(TrustedDocumentMode.Off)]
    [InlineData(TrustedDocumentMode.AllowArbitrary)]
    public async Task TextThatDoesNotMatchItsIdIsRefusedUnlessTrustedDocumentsAreOff(TrustedDocumentMode mode)
    {
        await using var host = mode == TrustedDocumentMode.Off ? await GraphQLTestHost.StartAsync() : await StartAsync(mode);

        var answer = await host.CreateClient().ExchangeAsync(PostJson(new { query = "{ hello }", documentId = TrustedId }));

        Assert.Equal(mode == TrustedDocumentMode.Off ? 200 : 400, answer.Status);
    }

    [Fact]
    public async Task WithTrustedDocumentsOffAnIdAloneIsNotSupported()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var answer = await host.CreateClient().ExchangeAsync(PostJson(new { documentId = TrustedId }));

        Assert.Equal(400, answer.Status);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData("sha256:xyz")]
    [InlineData("md5:0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public async Task AMalformedDocumentIdIs400(string documentId)
    {
        await using var host = await StartAsync(TrustedDocumentMode.TrustedOnly);

        var answer = await host.CreateClient().ExchangeAsync(PostJson(new { documentId }));

        Assert.Equal(400, answer.Status);
        Assert.Equal("BAD_REQUEST", answer.FirstErrorCode);
    }

    [Fact]
    public async Task ATrustedMutationStillCannotRunOverGet()
    {
        await using var host = await StartAsync(TrustedDocumentMode.TrustedOnly);

        var answer = await host.CreateClient().ExchangeAsync(Get([("documentId", "sha256:" + DocumentCache.ComputeHash(TrustedMutation))]));

        Assert.Equal(405, answer.Status);
    }

    [Fact]
    public async Task AModeOtherThanOffNeedsAManifest() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            GraphQLTestHost.StartAsync(options => options.TrustedDocuments.Mode = TrustedDocumentMode.TrustedOnly));
}
