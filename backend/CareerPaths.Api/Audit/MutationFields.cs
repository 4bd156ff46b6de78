using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Audit;

/// <summary>Declares a mutation the product's way: <c>doThing(input: DoThingInput!): DoThingPayload!</c> behind a policy.</summary>
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
}
