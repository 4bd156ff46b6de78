using System.Text.Encodings.Web;
using System.Text.Json;

namespace CareerPaths.Api.Hosting;

/// <summary>
/// A refusal before GraphQL runs (401, 403, 429), written in the shape of a GraphQL request error —
/// <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c> — so clients read every failure the same way.
/// </summary>
public static class ErrorResponse
{
    // Relaxed escaping keeps messages readable ("'" rather than \u0027); these bodies are JSON with nosniff, never HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        if (response.HasStarted)
        {
            return Task.CompletedTask;
        }

        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
