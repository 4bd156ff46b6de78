using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// Content negotiation for the endpoint: which response media type an <c>Accept</c> header asks for, whether a
/// request body's <c>Content-Type</c> is one we read, and whether a browser asks for HTML (GraphiQL).
/// </summary>
public static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Html = "text/html";

    public static string ContentType(ResponseMediaType mediaType) => mediaType == ResponseMediaType.GraphQLResponseJson
        ? "application/graphql-response+json; charset=utf-8"
        : "application/json; charset=utf-8";

    /// <summary>
    /// The response media type for an <c>Accept</c> header, or null when it accepts neither (406). Each type
    /// gets the quality of the most specific range that matches it (RFC 9110 §12.5.1); the higher quality
    /// wins, then the one the client listed first. No header, an empty or unreadable one, and <c>*/*</c>
    /// alone all give <c>application/json</c>: the graphql-http 1.23 audits 80D8 and 47DE expect that, although
    /// the spec's watershed (2025) would default a missing header to <c>application/graphql-response+json</c>.
    /// </summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var json = Match(ranges, Json);
        var graphql = Match(ranges, GraphQLResponseJson);
        if (json.Quality <= 0 && graphql.Quality <= 0)
        {
            return null;
        }

        if (graphql.Quality > json.Quality || (graphql.Quality == json.Quality && graphql.Position < json.Position))
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        return ResponseMediaType.Json;
    }

    /// <summary>True when the client lists <c>text/html</c> itself (a browser navigating), not merely <c>*/*</c>.</summary>
    public static bool AcceptsHtml(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return false;
        }

        foreach (var range in ranges)
        {
            if (range.MediaType.Equals(Html, StringComparison.OrdinalIgnoreCase) && (range.Quality ?? 1) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a request body's <c>Content-Type</c> is <c>application/json</c> in UTF-8 (no charset means UTF-8).</summary>
    public static RequestContentType ClassifyRequestContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return RequestContentType.Missing;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) ||
            !parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return RequestContentType.Unsupported;
        }

        return IsUtf8(parsed) ? RequestContentType.Json : RequestContentType.Unsupported;
    }

    private static (double Quality, int Position) Match(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        // Specificity: 3 exact, 2 "application/*", 1 "*/*"; the most specific matching range decides.
        var best = (Quality: 0.0, Position: int.MaxValue, Specificity: 0);
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            var specificity = Specificity(range.MediaType, mediaType);
            if (specificity > best.Specificity && IsUtf8(range))
            {
                best = (range.Quality ?? 1, i, specificity);
            }
        }

        return (best.Quality, best.Position);
    }

    private static int Specificity(StringSegment range, string mediaType)
    {
        if (range.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (range.Equals("application/*", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        return range.Equals("*/*", StringComparison.Ordinal) ? 1 : 0;
    }

    private static bool IsUtf8(MediaTypeHeaderValue value)
    {
        var charset = HeaderUtilities.RemoveQuotes(value.Charset);
        return charset.Length == 0 ||
            charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ||
            charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>What a POST's <c>Content-Type</c> says about its body.</summary>
public enum RequestContentType
{
    Missing,
    Unsupported,
    Json,
}
