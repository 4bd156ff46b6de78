using System.Security.Claims;

namespace CareerPaths.Api.Identity.Tokens;

/// <summary>
/// The claims of a Microsoft Entra ID v2.0 access token that the API reads, by their names in the token
/// (inbound claim mapping is off, so <c>oid</c> stays <c>oid</c>).
/// </summary>
public static class TokenClaims
{
    /// <summary>The person's immutable object id in the tenant: what links them to their Employee record.</summary>
    public const string ObjectId = "oid";

    public const string TenantId = "tid";

    /// <summary>App roles assigned to the person on the API's app registration (a JSON array in the token).</summary>
    public const string Roles = "roles";

    /// <summary>Delegated permissions (space-separated) the client was granted, e.g. <c>access_as_user</c>.</summary>
    public const string Scope = "scp";

    public const string Name = "name";

    public const string PreferredUserName = "preferred_username";

    /// <summary>The object id of a principal whose token passed validation; false when it has none or it is no GUID.</summary>
    public static bool TryGetObjectId(ClaimsPrincipal? user, out Guid objectId)
    {
        objectId = Guid.Empty;
        return user?.FindFirst(ObjectId)?.Value is { } value && Guid.TryParse(value, out objectId) && objectId != Guid.Empty;
    }

    /// <summary>The app roles of the principal that this API knows (others are ignored).</summary>
    public static IReadOnlySet<string> AppRolesOf(ClaimsPrincipal user)
    {
        var roles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in user.FindAll(Roles))
        {
            if (claim.Value is Identity.AppRoles.HR or Identity.AppRoles.Manager or Identity.AppRoles.LearningAndDevelopment)
            {
                roles.Add(claim.Value);
            }
        }

        return roles;
    }

    /// <summary>Whether the token's <c>scp</c> claim grants <paramref name="scope"/>.</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.FindAll(Scope).Any(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(scope, StringComparer.Ordinal));
}
