using System.Security.Claims;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Authorization;

/// <summary>
/// One policy to evaluate: the policy name as written on the schema, the member that carries it (a
/// <see cref="FieldDefinition"/> or a <see cref="NamedType"/>), and the request's user and services.
/// </summary>
public sealed record AuthorizationRequest(
    string Policy,
    ITypeSystemMember Target,
    ClaimsPrincipal User,
    IServiceProvider Services,
    CancellationToken CancellationToken);
