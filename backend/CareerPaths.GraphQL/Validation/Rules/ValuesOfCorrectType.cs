using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.6.1 Values of Correct Type
/// <summary>
/// Every literal argument and variable default must be coercible to its type: no null where non-null is
/// expected, scalars and enums as their literal coercion accepts, objects where input objects are expected,
/// and OneOf literals with exactly one non-null field. Unknown and missing input fields are §5.6.2 and §5.6.4.
/// </summary>
public sealed class ValuesOfCorrectType() : ValidationRule([SyntaxKind.Argument, SyntaxKind.VariableDefinition])
{
    private static readonly Walk Checks = new();

    public override void Enter(ValidationContext context, SyntaxNode node) => Checks.Run(context);

    private sealed class Walk : LiteralWalk
    {
        protected override void NullForNonNull(ValidationContext context, ValueNode node, NonNullType type) =>
            context.ReportError($"Expected value of non-null type \"{type}\" not to be null.", node);

        protected override void InputObject(ValidationContext context, ValueNode node, InputObjectType type)
        {
            if (node is not ObjectValueNode obj)
            {
                context.ReportError($"Expected value of type \"{type.Name}\" to be an object, found: {Printer.Print(node)}.", node);
                return;
            }

            if (!type.IsOneOf)
            {
                return;
            }

            // OneOf input objects (September 2025): exactly one known field, and it is not null.
            var known = obj.Fields.Where(f => type.GetField(f.Name.Value) is not null).ToList();
            if (known.Count != 1 || known[0].Value is NullValueNode)
            {
                context.ReportError(InputCoercion.OneOfMessage(type), node);
            }
        }

        protected override void Leaf(ValidationContext context, ValueNode node, NamedType type)
        {
            try
            {
                if (type is EnumType enumType)
                {
                    enumType.ParseLiteral(node);
                }
                else
                {
                    ((ScalarType)type).ParseLiteral(node, null);
                }
            }
            catch (ScalarCoercionException exception)
            {
                context.ReportError(exception.Message, node);
            }
#pragma warning disable CA1031 // A custom scalar may fail any way it likes; graphql-js reports any failure as invalid.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                context.ReportError($"Expected value of type \"{type.Name}\", but encountered error \"{exception.Message}\"; found: {Printer.Print(node)}.", node);
            }
        }
    }
}
