using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>
/// Every row of the status-code table in docs/graphql-engine/http.md (what the graphql-http 1.23 audits expect),
/// with both response media types.
/// </summary>
public sealed class StatusCodeTableTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.StartAsync();
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, int, bool> Rows => new()
    {
        // body, Accept, expected status, whether the body has a data entry
        { """{"query":"{ hello }"}""", GraphQLResponseJson, 200, true },
        { """{"query":"{ hello }"}""", Json, 200, true },
        { """{ "not a JSON""", GraphQLResponseJson, 400, false },
        { """{ "not a JSON""", Json, 400, false },
        { """{"query":"{"}""", GraphQLResponseJson, 400, false },
        { """{"query":"{"}""", Json, 200, false },
        { """{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}""", GraphQLResponseJson, 400, false },
        { """{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}""", Json, 200, false },
        { """{"query":"query CoerceFailure($id: ID!){ __typename }","variables":{"id":null}}""", GraphQLResponseJson, 400, false },
        { """{"query":"query CoerceFailure($id: ID!){ __typename }","variables":{"id":null}}""", Json, 200, false },
        { """{"query":"query A { hello } query B { hello }"}""", GraphQLResponseJson, 400, false },
        { """{"query":"query A { hello } query B { hello }"}""", Json, 200, false },
        { """{"query":"query A { hello }","operationName":"C"}""", GraphQLResponseJson, 400, false },
        { """{"query":"{ hello fail }"}""", GraphQLResponseJson, 200, true },
        { """{"query":"{ hello fail }"}""", Json, 200, true },
        { """{"query":"{ failNonNull }"}""", GraphQLResponseJson, 200, true },
        { """{"query":"{ failNonNull }"}""", Json, 200, true },
        { """{"notquery":"{ __typename }"}""", GraphQLResponseJson, 400, false },
        { """{"qeury":"{ __typename }"}""", Json, 400, false },
        { """{"query":{"obj":"ect"}}""", Json, 400, false },
        { """{"query":0}""", Json, 400, false },
        { """{"query":false}""", Json, 400, false },
        { """{"query":["array"]}""", Json, 400, false },
        { """{"query":"{ __typename }","operationName":{"obj":"ect"}}""", Json, 400, false },
        { """{"query":"{ __typename }","operationName":0}""", Json, 400, false },
        { """{"query":"{ __typename }","operationName":false}""", Json, 400, false },
        { """{"query":"{ __typename }","operationName":["array"]}""", Json, 400, false },
        { """{"query":"{ __typename }","variables":"string"}""", Json, 400, false },
        { """{"query":"{ __typename }","variables":0}""", Json, 400, false },
        { """{"query":"{ __typename }","variables":false}""", Json, 400, false },
        { """{"query":"{ __typename }","variables":["array"]}""", Json, 400, false },
        { """{"query":"{ __typename }","extensions":"string"}""", Json, 400, false },
        { """{"query":"{ __typename }","extensions":0}""", Json, 400, false },
        { """{"query":"{ __typename }","extensions":false}""", Json, 400, false },
        { """{"query":"{ __typename }","extensions":["array"]}""", GraphQLResponseJson, 400, false },
        { """{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}""", GraphQLResponseJson, 200, true },
        { """{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}""", Json, 200, true },
        { """{"query":"query Query { __typename }","operationName":"Query"}""", Json, 200, true },
        { """{"query":"{ __typename }","extensions":{"some":"value"}}""", Json, 200, true },
        { """[{"query":"{ __typename }"}]""", Json, 400, false },
        { """{"query":"query A { hello } query B { hello } query C { hello } query D { hello } query E { hello } query F { hello }","operationName":"A"}""", GraphQLResponseJson, 400, false },
        { """{"query":"query A { hello } query B { hello } query C { hello } query D { hello } query E { hello } query F { hello }","operationName":"A"}""", Json, 200, false },
        { """{"query":"subscription { hello }"}""", GraphQLResponseJson, 400, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task EachCaseAnswersWithTheAuditedStatus(string body, string accept, int status, bool hasData)
    {
        var answer = await _client.ExchangeAsync(Post(body, accept));

        Assert.True(status == answer.Status, $"expected {status}, got {answer}");
        Assert.StartsWith(accept, answer.ContentType);
        Assert.Contains("charset=utf-8", answer.ContentType);
        Assert.Equal(hasData, answer.HasData);
        Assert.True(answer.HasData || answer.HasErrors, "a response has data or errors");
    }

    [Fact]
    public async Task ASuccessfulRequestHasNoErrorsEntry()
    {
        var answer = await _client.ExchangeAsync(PostJson(new { query = "query Type($name: String!) { __type(name: $name) { name } }", variables = new { name = "sometype" } }, Json));

        Assert.Equal(200, answer.Status);
        Assert.False(answer.HasErrors, answer.Text);
        Assert.Equal("""{"data":{"__type":null}}""", answer.Text);
    }

    [Fact]
    public async Task AFieldErrorIsAPartialResponseWithPathAndAMaskedMessage()
    {
        var answer = await _client.ExchangeAsync(Post("""{"query":"{ hello fail }"}"""));

        Assert.Equal(200, answer.Status);
        Assert.Equal("Hello, world!", answer.Data.GetProperty("hello").GetString());
        Assert.Equal("fail", answer.FirstError.GetProperty("path")[0].GetString());
        Assert.DoesNotContain("secret detail", answer.Text);
    }

    [Fact]
    public async Task ARequestErrorHasNoDataEntryAtAll()
    {
        var answer = await _client.ExchangeAsync(Post("""{"query":"{ hello(name: 1) }"}""", Json));

        Assert.Equal(200, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData("{", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task DocumentErrorsCarryTheirCodeAndLocation(string query, string code)
    {
        var answer = await _client.ExchangeAsync(PostJson(new { query }));

        Assert.Equal(400, answer.Status);
        Assert.Equal(code, answer.FirstErrorCode);
        Assert.Equal(1, answer.FirstError.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }
}
