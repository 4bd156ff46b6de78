using System.Net;
using System.Text.Json;

namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>Reads a probe's HTTP answer as an <see cref="Outcome"/>, or says what else went wrong.</summary>
public static class ProbeAnswer
{
    private static readonly string[] AuthorizationCodes = ["FORBIDDEN", "UNAUTHENTICATED"];

    public static (Outcome? Outcome, string Detail) Read(HttpStatusCode status, string text, IReadOnlyList<string> path)
    {
        if (status == HttpStatusCode.Unauthorized)
        {
            return (Outcome.Unauthorized, "401");
        }

        var body = JsonDocument.Parse(text).RootElement;
        var errors = body.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToArray() : [];
        var codes = errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).ToArray();
        if (codes.Any(code => AuthorizationCodes.Contains(code)))
        {
            return (Outcome.No, string.Join(", ", codes));
        }

        if (status != HttpStatusCode.OK || errors.Length > 0)
        {
            return (null, $"HTTP {(int)status}: {text}");
        }

        return (Reached(body.GetProperty("data"), path, 0) ? Outcome.Yes : Outcome.Hidden, "");
    }

    // Whether any object at the parent level holds the target's key (its value may be null: the field answered).
    private static bool Reached(JsonElement value, IReadOnlyList<string> path, int depth) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Any(item => Reached(item, path, depth)),
        JsonValueKind.Object when depth == path.Count - 1 => value.TryGetProperty(path[depth], out _),
        JsonValueKind.Object => value.TryGetProperty(path[depth], out var next) && Reached(next, path, depth + 1),
        _ => false,
    };
}
