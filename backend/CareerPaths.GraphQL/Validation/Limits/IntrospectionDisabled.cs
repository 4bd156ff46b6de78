using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>
/// When the schema has introspection switched off, <c>__schema</c> and <c>__type</c> are refused wherever
/// they are selected (under any alias, in any fragment); <c>__typename</c> stays allowed.
/// </summary>
public sealed class IntrospectionDisabled() : ValidationRule([SyntaxKind.Field])
{
    public override ValidationRule? ForDocument(ValidationContext context) => context.Schema.IntrospectionEnabled ? null : this;

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var field = context.FieldDefinition;
        if (ReferenceEquals(field, context.Schema.SchemaMetaField) || ReferenceEquals(field, context.Schema.TypeMetaField))
        {
            context.ReportError(GraphQLError.At(
                $"GraphQL introspection is not allowed, but the query contained {field!.Name}.", node, ErrorCodes.IntrospectionDisabled));
        }
    }
}
