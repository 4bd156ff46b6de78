using CareerPaths.Api.Identity.Tokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CareerPaths.Api.Identity.Access;

/// <summary>
/// The fallback authorization policy of every endpoint that does not allow anonymous access: a validated token
/// (else 401) with the required scope, for a person linked to an Employee record (else 403). GraphiQL's page is
/// the exception. GraphQL's per-field policies come after this, inside the engine.
/// </summary>
public sealed class ApiAccessRequirement : IAuthorizationRequirement;

/// <summary>Decides <see cref="ApiAccessRequirement"/>; a failure carries the reason that the 403 body names.</summary>
internal sealed class ApiAccessHandler(GraphiQLPageRequest graphiql, IOptions<SignInOptions> signIn) : AuthorizationHandler<ApiAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiAccessRequirement requirement)
    {
        if (context.Resource is not HttpContext http)
        {
            return;
        }

        if (graphiql.Matches(http))
        {
            context.Succeed(requirement);
            return;
        }

        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var scope = signIn.Value.RequiredScope;
        if (scope.Length > 0 && !TokenClaims.HasScope(context.User, scope))
        {
            context.Fail(new AuthorizationFailureReason(this, AccessErrorCodes.InsufficientScope));
            return;
        }

        var viewer = await http.RequestServices.GetRequiredService<IViewerAccessor>().GetViewerAsync(http.RequestAborted);
        if (viewer.IsEmployee)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, AccessErrorCodes.NotAnEmployee));
        }
    }
}
