using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.6.4 Input Object Required Fields
/// <summary>An input object literal must give every non-null field that has no default value.</summary>
public sealed class InputObjectRequiredFields() : ValidationRule([SyntaxKind.Argument, SyntaxKind.VariableDefinition])
{
    private static readonly Walk Checks = new();

    public override void Enter(ValidationContext context, SyntaxNode node) => Checks.Run(context);

    private sealed class Walk : LiteralWalk
    {
        protected override void InputObject(ValidationContext context, ValueNode node, InputObjectType type)
        {
            if (node is not ObjectValueNode obj)
            {
                return;
            }

            foreach (var field in type.Fields)
            {
                if (field.IsRequired && FindField(obj, field.Name) is null)
                {
                    context.ReportError($"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", node);
                }
            }
        }
    }
}
