using System.Text;
using System.Text.Json;
using static CareerPaths.GraphQL.Tests.Http.GraphQLHttp;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>
/// Bad input of any kind — broken JSON, wrong types, odd Unicode, random bytes, hostile headers — never gets a
/// 500: every answer is a 2xx or 4xx with a JSON body that is a GraphQL response. Inputs come from fixed seeds.
/// </summary>
public sealed class FuzzedRequestTests : IAsyncLifetime
{
    // Pieces of request bodies: JSON syntax, the parameter names, values of every type, GraphQL fragments, odd text.
    private static readonly string[] Atoms =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\"query\"", "\"variables\"", "\"operationName\"", "\"extensions\"",
        "\"documentId\"", "null", "true", "false", "0", "-1", "1e999", "1.5", "\"{ hello }\"", "\"{\"", "\"mutation { increment }\"",
        "\"query($v: [Int!]) { count(items: $v) }\"", "{\"v\":[1,null]}", "{\"persistedQuery\":{\"sha256Hash\":\"abc\"}}",
        "\"\\ud800\"", "\"\\u0000\"", "\"\\\\\"", "\"é😀\"", "\"sha256:\"", " ", "\n", "\uFEFF", "\"\\uDBFF\\uDFFF\"", "{\"\":1}",
    ];

    private const string EditCharacters = "{}[]\":,\\0an";

    private static readonly string[] AcceptHeaders =
    [
        GraphQLResponseJson, Json, "*/*", "text/html", "application/json;q=0", "application/*;q=0.1, image/*", ";;;", "\u00e9/\u00e9",
    ];

    private GraphQLTestHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await GraphQLTestHost.StartAsync(options => options.MaxRequestBodyBytes = 16 * 1024);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RandomJsonSoupNeverGetsA500()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 1500; i++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Atoms[random.Next(Atoms.Length)]));
            await AssertWellAnsweredAsync(Post(body, AcceptHeaders[random.Next(AcceptHeaders.Length)]), body);
        }
    }

    [Fact]
    public async Task RandomlyEditedValidRequestsNeverGetA500()
    {
        var random = new Random(7);
        string[] seeds =
        [
            """{"query":"query Q($items: [Int!]) { count(items: $items) hello(name: \"x\") }","variables":{"items":[1,2]},"operationName":"Q"}""",
            """{"query":"{ __schema { types { name fields { name args { name } } } } }","extensions":{"a":[1,{"b":null}]}}""",
            """{"documentId":"sha256:7dba4bd717b41f10434822356a93c32b1fb4907b983e854300ad839f84cdcd6e"}""",
        ];
        for (var i = 0; i < 1500; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(seeds[random.Next(seeds.Length)]);
            var edits = random.Next(1, 6);
            for (var edit = 0; edit < edits; edit++)
            {
                bytes[random.Next(bytes.Length)] = random.Next(4) == 0 ? (byte)random.Next(256) : (byte)EditCharacters[random.Next(EditCharacters.Length)];
            }

            await AssertWellAnsweredAsync(Post(bytes, random.Next(2) == 0 ? GraphQLResponseJson : Json), Convert.ToBase64String(bytes));
        }
    }

    [Fact]
    public async Task RandomBytesNeverGetA500()
    {
        var random = new Random(99);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 40_000)];
            random.NextBytes(bytes);
            await AssertWellAnsweredAsync(Post(bytes), $"{bytes.Length} random bytes");
        }
    }

    [Fact]
    public async Task RandomQueryStringsNeverGetA500()
    {
        var random = new Random(3);
        string[] names = ["query", "variables", "operationName", "extensions", "documentId", "x"];
        for (var i = 0; i < 800; i++)
        {
            var parameters = Enumerable.Range(0, random.Next(0, 4))
                .Select(_ => (names[random.Next(names.Length)], string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Atoms[random.Next(Atoms.Length)]))))
                .ToArray();
            await AssertWellAnsweredAsync(Get(parameters, AcceptHeaders[random.Next(AcceptHeaders.Length)]), string.Join('&', parameters));
        }
    }

    [Fact]
    public async Task WronglyTypedParametersOfEveryKindNeverGetA500()
    {
        object?[] values = [null, 0, -1.5, true, false, "", "x", new object[] { }, new[] { 1 }, new { }, new { a = new { b = 1 } }];
        string[] names = ["query", "operationName", "variables", "extensions", "documentId"];
        foreach (var name in names)
        {
            foreach (var value in values)
            {
                var body = JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = "{ hello }", [name] = value });
                var answer = await AssertWellAnsweredAsync(Post(body), body);
                Assert.True(answer.Status is 200 or 400, answer.ToString());
            }
        }
    }

    private async Task<Answer> AssertWellAnsweredAsync(HttpRequestMessage request, string input)
    {
        var answer = await _client.ExchangeAsync(request);
        Assert.True(answer.Status is >= 200 and < 500, $"{input}\n→ {answer}");
        if (answer.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            return answer;
        }

        using var json = JsonDocument.Parse(answer.Body);
        Assert.True(json.RootElement.TryGetProperty("data", out _) || json.RootElement.TryGetProperty("errors", out _), $"{input}\n→ {answer}");
        return answer;
    }
}
