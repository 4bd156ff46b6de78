using CareerPaths.GraphQL.Http;
using Microsoft.Extensions.Primitives;
using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

public sealed class MediaTypeNegotiationTests
{
    [Theory]
    [InlineData(null, ResponseMediaType.Json)]
    [InlineData("", ResponseMediaType.Json)]
    [InlineData("*/*", ResponseMediaType.Json)]
    [InlineData("application/*", ResponseMediaType.Json)]
    [InlineData("application/json", ResponseMediaType.Json)]
    [InlineData("application/json; charset=utf-8", ResponseMediaType.Json)]
    [InlineData("application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON; charset=UTF-8", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", ResponseMediaType.Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", ResponseMediaType.Json)]
    [InlineData("application/graphql-response+json, multipart/mixed", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ResponseMediaType.Json)]
    [InlineData("*/*, application/json;q=0", ResponseMediaType.GraphQLResponseJson)]
    [InlineData("not a media type", ResponseMediaType.Json)]
    public void AcceptHeadersChooseTheResponseMediaType(string? accept, ResponseMediaType expected) =>
        Assert.Equal(expected, MediaTypes.Negotiate(accept is null ? StringValues.Empty : new StringValues(accept)));

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/png, text/plain")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/xml, */*;q=0")]
    public void AcceptHeadersThatAllowNeitherTypeAreNotAcceptable(string accept) =>
        Assert.Null(MediaTypes.Negotiate(accept));

    [Theory]
    [InlineData(null, RequestContentType.Missing)]
    [InlineData("", RequestContentType.Missing)]
    [InlineData("application/json", RequestContentType.Json)]
    [InlineData("Application/JSON; charset=utf-8", RequestContentType.Json)]
    [InlineData("application/json; charset=\"UTF-8\"", RequestContentType.Json)]
    [InlineData("application/json; charset=latin1", RequestContentType.Unsupported)]
    [InlineData("text/plain;charset=UTF-8", RequestContentType.Unsupported)]
    [InlineData("application/graphql", RequestContentType.Unsupported)]
    [InlineData("application/x-www-form-urlencoded", RequestContentType.Unsupported)]
    [InlineData("multipart/form-data; boundary=x", RequestContentType.Unsupported)]
    [InlineData("nonsense", RequestContentType.Unsupported)]
    public void RequestContentTypesAreClassified(string? contentType, RequestContentType expected) =>
        Assert.Equal(expected, MediaTypes.ClassifyRequestContentType(contentType));

    [Theory]
    [InlineData("text/html", true)]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", true)]
    [InlineData("text/html;q=0, */*", false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    public void OnlyAnExplicitTextHtmlCountsAsABrowser(string accept, bool expected) =>
        Assert.Equal(expected, MediaTypes.AcceptsHtml(accept));

    [Theory]
    [InlineData(GraphQLResponseJson, "application/graphql-response+json; charset=utf-8")]
    [InlineData(Json, "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData(null, "application/json; charset=utf-8")]
    public async Task TheResponseContentTypeMatchesTheNegotiatedTypeAndNamesUtf8(string? accept, string contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var answer = await host.CreateClient().ExchangeAsync(Post("""{"query":"{ __typename }"}""", accept));

        Assert.Equal(200, answer.Status);
        Assert.Equal(contentType, answer.ContentType);
        Assert.Equal("Accept", answer.Header("Vary"));
    }

    [Fact]
    public async Task NothingAcceptableIs406WithAJsonErrorBody()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var answer = await host.CreateClient().ExchangeAsync(Post("""{"query":"{ __typename }"}""", "image/png"));

        Assert.Equal(406, answer.Status);
        Assert.StartsWith(Json, answer.ContentType);
        Assert.Equal("NOT_ACCEPTABLE", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task ABodyThatIsNotUtf8JsonIs415(string? contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var answer = await host.CreateClient().ExchangeAsync(Post("""{"query":"{ __typename }"}""", GraphQLResponseJson, contentType));

        Assert.Equal(415, answer.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", answer.FirstErrorCode);
        Assert.StartsWith(GraphQLResponseJson, answer.ContentType);
    }

    [Fact]
    public async Task Utf8RequestsWithAnyCharsetSpellingAndNonAsciiTextWork()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var answer = await host.CreateClient().ExchangeAsync(Post(
            """{"query":"{ __type(name: \"Run🏃Swim🏊\") { name } echo(value: \"é😀\") }"}""", Json, "application/json; charset=utf-8"));

        Assert.Equal(200, answer.Status);
        Assert.Equal("é😀", answer.Data.GetProperty("echo").GetString());
        Assert.Contains("é", answer.Text); // written as UTF-8, not escaped
    }
}
