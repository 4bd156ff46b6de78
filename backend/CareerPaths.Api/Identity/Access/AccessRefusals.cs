using CareerPaths.Api.Hosting;
using CareerPaths.Api.Identity.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Identity.Access;

/// <summary>
/// Answers a refused request: the scheme's challenge (401 with <c>WWW-Authenticate: Bearer …</c>) or forbid (403),
/// then a GraphQL-shaped body that says what to do about it. Nothing of the token or the person is echoed.
/// </summary>
internal sealed class AccessRefusals(IOptions<SignInOptions> signIn) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Challenged)
        {
            await context.ChallengeAsync();
            await ErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, AccessErrorCodes.Unauthenticated,
                "Sign in: this request needs a valid bearer token (Authorization: Bearer …) from the organisation's Entra ID.");
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await context.ForbidAsync();
            var reason = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).FirstOrDefault();
            var (code, message) = reason == AccessErrorCodes.InsufficientScope
                ? (reason, $"The token does not grant the scope \"{signIn.Value.RequiredScope}\" that this API requires.")
                : (AccessErrorCodes.NotAnEmployee,
                    "You are signed in, but your account is not linked to an employee record in CareerPaths. Ask HR to add you.");
            await ErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, code, message);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
