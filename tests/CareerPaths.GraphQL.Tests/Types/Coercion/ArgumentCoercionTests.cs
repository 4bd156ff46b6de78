using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Tests.Types.Coercion;

// Spec §6.4.1 CoerceArgumentValues.
public class ArgumentCoercionTests
{
    private static readonly FieldDefinition Field = ((ObjectType)CoercionSchema.Instance.GetType("Query")!).GetField("field")!;

    private static (bool Ok, IReadOnlyDictionary<string, object?> Values, string? Error) Coerce(string arguments, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse("{ field" + arguments + " }");
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var ok = ArgumentCoercion.TryCoerceArgumentValues(Field.Arguments, field.Arguments, variables, out var values, out var error);
        return (ok, values, error?.Message);
    }

    [Fact]
    public void DefaultsApplyAndAbsentOptionalArgumentsStayAbsent()
    {
        var (ok, values, _) = Coerce("(req: 1, nonNullList: [2])");

        Assert.True(ok);
        Assert.Equal(7, values["withDefault"]);
        Assert.False(values.ContainsKey("int"));
        Assert.Equal(new object?[] { 2 }, (object?[])values["nonNullList"]!);
    }

    [Fact]
    public void AnAbsentVariableMeansTheArgumentIsAbsentSoTheDefaultApplies()
    {
        var (_, values, _) = Coerce("(req: 1, nonNullList: 2, withDefault: $missing, int: $missing)", new Dictionary<string, object?>());

        Assert.Equal(7, values["withDefault"]);
        Assert.False(values.ContainsKey("int"));
    }

    [Fact]
    public void AnExplicitNullIsKept()
    {
        var (_, values, _) = Coerce("(req: 1, nonNullList: 2, withDefault: null)");

        Assert.True(values.ContainsKey("withDefault"));
        Assert.Null(values["withDefault"]);
    }

    [Fact]
    public void MissingRequiredArgumentsAreReported() =>
        Assert.Equal("Argument \"Query.field(req:)\" of required type \"Int!\" was not provided.", Coerce("(nonNullList: 1)").Error);

    [Fact]
    public void InvalidValuesAreReportedWithTheArgumentAndPath()
    {
        Assert.Equal("Argument \"Query.field(req:)\" has invalid value: Expected value of non-null type \"Int!\" not to be null.", Coerce("(req: null, nonNullList: 1)").Error);
        Assert.Equal("Argument \"Query.field(point:)\" has invalid value at .x: Int cannot represent non-integer value: \"a\"", Coerce("(req: 1, nonNullList: 1, point: {x: \"a\"})").Error);
        Assert.Equal(
            "Argument \"Query.field(req:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.",
            Coerce("(req: $v, nonNullList: 1)", new Dictionary<string, object?> { ["v"] = null }).Error);
    }

    [Fact]
    public void FieldsWithoutArgumentsShareOneEmptyResult()
    {
        Assert.True(ArgumentCoercion.TryCoerceArgumentValues([], [], null, out var values, out _));
        Assert.Same(ArgumentCoercion.Empty, values);
    }
}
