using System.Net;
using System.Net.Http.Headers;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// Without a token, only GraphiQL's page, the web app's static files, the health endpoints and (in Development)
/// /dev/token answer; everything else — GraphQL by POST or GET, any other path — is 401 with WWW-Authenticate.
/// </summary>
public sealed class AnonymousAccessTests : ScratchWebRootApiTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData(ScratchWebRoot.AssetPath)]
    [InlineData("/dev/token")]
    public async Task TheseAnswerWithoutSignIn(string path)
    {
        using var client = Server.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GraphiQLsPageAnswersABrowserWithoutSignIn()
    {
        using var client = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("GET", "/graphql?query=%7B__typename%7D", "text/html")]
    [InlineData("GET", "/graphql?query=%7B__typename%7D", "application/graphql-response+json")]
    [InlineData("GET", "/graphql", "application/json")]
    [InlineData("POST", "/graphql", "application/json")]
    [InlineData("GET", "/anything-else", "*/*")]
    [InlineData("GET", "/assets/missing.js", "*/*")]
    public async Task EverythingElseIsUnauthorizedWithABearerChallenge(string method, string path, string accept)
    {
        using var client = Server.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (method == "POST")
        {
            request.Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task WithGraphiQLSwitchedOffItsPageNeedsSignInLikeEverythingElse()
    {
        await using var api = CareerPathsApiFactory.On(Database, new Dictionary<string, string?>(WebRoot.Settings) { ["GraphQL:GraphiQL:Enabled"] = "false" });
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
