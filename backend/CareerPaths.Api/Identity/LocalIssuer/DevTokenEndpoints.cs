using System.Text.Encodings.Web;
using System.Text.Json;
using CareerPaths.Api.Data;
using CareerPaths.Api.Identity.Tokens;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>
/// <c>/dev/token</c>, mapped only in Development with the local issuer on: <c>GET</c> lists the personas,
/// <c>POST {"persona": "hr"}</c> or <c>POST {"employeeNumber": "E000012", "roles": ["Manager"]}</c> mints a token.
/// Anyone who can reach it can be anyone, which is the point on a developer's machine and why nothing else has it.
/// </summary>
public static class DevTokenEndpoints
{
    public const string Path = "/dev/token";

    private const int MaxBodyBytes = 4 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WebApplication MapCareerPathsDevTokens(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Configuration.GetSection(SignInOptions.Section).Get<SignInOptions>() ?? new SignInOptions();
        if (!app.Environment.IsDevelopment() || !settings.LocalIssuer.Enabled)
        {
            return app;
        }

        var tokens = app.MapGroup(Path).AllowAnonymous();
        tokens.MapGet("", ListAsync);
        tokens.MapPost("", MintAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(CareerPathsDbContext db, CancellationToken cancellationToken)
    {
        var personas = await PersonaDirectory.PersonasAsync(db, cancellationToken);
        var numbers = personas.Select(persona => persona.EmployeeNumber).OfType<string>().ToArray();
        var names = await db.Employees.AsNoTracking().Where(employee => numbers.Contains(employee.EmployeeNumber))
            .ToDictionaryAsync(employee => employee.EmployeeNumber, employee => employee.Name, cancellationToken);
        return Results.Json(new
        {
            personas = personas.Select(persona => new
            {
                persona.Key,
                persona.Description,
                persona.EmployeeNumber,
                Name = persona.EmployeeNumber is { } number ? names[number] : PersonaDirectory.NotAnEmployeeName,
                persona.Roles,
            }),
        }, Json);
    }

    private static async Task<IResult> MintAsync(HttpContext context, CareerPathsDbContext db, LocalTokenIssuer issuer)
    {
        var cancellationToken = context.RequestAborted;
        var (request, problem) = await ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var persona = request!.Persona is { } key
            ? (await PersonaDirectory.PersonasAsync(db, cancellationToken)).FirstOrDefault(p => p.Key == key)
            : null;
        if (request.Persona is not null && persona is null)
        {
            return BadRequest($"Unknown persona \"{request.Persona}\"; GET {Path} lists them.");
        }

        var roles = persona?.Roles ?? request.Roles ?? [];
        if (roles.FirstOrDefault(role => role is not (AppRoles.HR or AppRoles.Manager or AppRoles.LearningAndDevelopment)) is { } unknown)
        {
            return BadRequest($"Unknown app role \"{unknown}\"; the roles are {AppRoles.HR}, {AppRoles.Manager} and {AppRoles.LearningAndDevelopment}.");
        }

        if (persona is null && request.EmployeeNumber is null)
        {
            return BadRequest($"Give a \"persona\" (GET {Path} lists them) or an \"employeeNumber\".");
        }

        var employeeNumber = persona is null ? request.EmployeeNumber : persona.EmployeeNumber;
        if (await PersonaDirectory.SubjectAsync(db, employeeNumber, roles, cancellationToken) is not { } subject)
        {
            return BadRequest($"No employee has the number \"{request.EmployeeNumber}\".");
        }

        var (token, lifetime) = issuer.Mint(subject);
        return Results.Json(new DevTokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, persona?.Key, employeeNumber, subject.Name, roles), Json);
    }

    private static async Task<(DevTokenRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var body = new MemoryStream();
        var buffer = new byte[1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return (null, TooLarge());
            }

            await body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<DevTokenRequest>(body.GetBuffer().AsSpan(0, (int)body.Length), Json);
            return parsed is null ? (null, BadRequest("The body must be a JSON object.")) : (parsed, null);
        }
        catch (JsonException)
        {
            return (null, BadRequest("The body must be a JSON object such as {\"persona\": \"hr\"}."));
        }
    }

    private static IResult BadRequest(string message) => Results.Json(new { error = message }, Json, statusCode: StatusCodes.Status400BadRequest);

    private static IResult TooLarge() =>
        Results.Json(new { error = $"The body is larger than {MaxBodyBytes} bytes." }, Json, statusCode: StatusCodes.Status413PayloadTooLarge);
}
