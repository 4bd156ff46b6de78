using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// The mutation convention: <c>doThing(input: DoThingInput!): DoThingPayload!</c>, where
/// <c>DoThingPayload { thing: Thing, errors: [DoThingError!]! }</c> and <c>union DoThingError</c> lists the
/// domain error types the mutation can report, each implementing <c>interface Error { message: String! }</c>.
/// </summary>
public static class MutationPayloads
{
    public const string ErrorInterfaceName = "Error";

    /// <summary>Adds <c>interface Error { message: String! }</c>. Safe to call again.</summary>
    public static SchemaBuilder AddErrorInterface(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Interface(ErrorInterfaceName, i => i
            .Description("A domain error a mutation reports in its payload: the change was refused for this reason.")
            .Field("message").Type("String!").Description("What went wrong, for people; branch on the error's type, not on this text."));
    }

    /// <summary>A domain error type: an object implementing <c>Error</c>, bound to <typeparamref name="TError"/>.</summary>
    public static SchemaBuilder AddErrorType<TError>(this SchemaBuilder builder, string name, Action<ObjectTypeDescriptor<TError>>? configure = null)
        where TError : IDomainError
    {
        builder.AddErrorInterface();
        return builder.Object<TError>(name, t =>
        {
            t.Implements(ErrorInterfaceName);
            t.Field("message", e => e.Message).Type("String!");
            configure?.Invoke(t);
        });
    }

    /// <summary>
    /// Adds <c>{mutation}Payload { {valueField}: {valueType}, errors: [{mutation}Error!]! }</c> and
    /// <c>union {mutation}Error = …errorTypes</c>, for a mutation named in PascalCase (e.g. "PublishRole").
    /// </summary>
    public static SchemaBuilder AddPayloadType<TValue>(
        this SchemaBuilder builder, string mutation, string valueField, string valueType, params string[] errorTypes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (errorTypes.Length == 0)
        {
            throw new ArgumentException("A payload lists at least one error type (a union cannot be empty).", nameof(errorTypes));
        }

        var errorUnion = mutation + "Error";
        builder.Union(errorUnion, u => u
            .Description($"The domain errors {mutation} can report.")
            .Types(errorTypes));
        return builder.Object<Payload<TValue>>(mutation + "Payload", t =>
        {
            t.Description($"The result of {mutation}: the changed object, or why the change was refused.");
            t.Field(valueField, p => p.Value).Type(valueType.TrimEnd('!')).Description("The object after the change; null when it was refused.");
            t.Field("errors", p => p.Errors).Type($"[{errorUnion}!]!").Description("Why the change was refused; empty on success.");
        });
    }
}
