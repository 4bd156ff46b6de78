using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.6.2 Input Object Field Names
/// <summary>Every field of an input object literal must be defined by the input object type expected there.</summary>
public sealed class InputObjectFieldNames() : ValidationRule([SyntaxKind.Argument, SyntaxKind.VariableDefinition])
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

            foreach (var field in obj.Fields)
            {
                var name = field.Name.Value;
                if (type.GetField(name) is null)
                {
                    var hint = context.DidYouMean(name, type.Fields.Select(f => f.Name));
                    var found = hint.Length > 0 ? $".{hint} Found" : ", found";
                    context.ReportError($"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{found}: {Printer.Print(node)}.", field);
                }
            }
        }
    }
}
