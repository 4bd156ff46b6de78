using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Audit;

/// <summary>
/// Declares mutations the product's way: <c>doThing(input: DoThingInput!): DoThingPayload!</c> behind a policy,
/// with payload and error types that carry the Employee policy like every other type (docs/security.md).
/// </summary>
internal static class MutationFields
{
    public static FieldDescriptor<object> Mutation<TInput>(
        this ObjectTypeDescriptor<object> mutation, string name, string policy, string description, Func<IResolverContext, TInput, Task<object>> resolve)
    {
        var field = char.ToLowerInvariant(name[0]) + name[1..];
        return mutation.Field(field).Type(name + "Payload!").Authorize(policy).Description(description)
            .Argument("input", name + "Input!")
            .ResolveAsync(context => resolve(context, context.Argument<TInput>("input")));
    }

    public static SchemaBuilder AddMutationPayload<TValue>(
        this SchemaBuilder builder, string mutation, string valueField, string valueType, params string[] errorTypes) => builder
        .AddPayloadType<TValue>(mutation, valueField, valueType, errorTypes)
        .Object<Payload<TValue>>(mutation + "Payload", payload => payload.Authorize(Policies.Employee));

    public static SchemaBuilder AddDomainErrorType<TError>(this SchemaBuilder builder, string name, Action<ObjectTypeDescriptor<TError>>? configure = null)
        where TError : IDomainError => builder
        .AddErrorType<TError>(name, error =>
        {
            error.Authorize(Policies.Employee);
            configure?.Invoke(error);
        });
}
