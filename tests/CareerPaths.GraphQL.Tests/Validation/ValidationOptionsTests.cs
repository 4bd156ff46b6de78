using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Validation;
using CareerPaths.GraphQL.Validation.Rules;

namespace CareerPaths.GraphQL.Tests.Validation;

public class ValidationOptionsTests
{
    private static IReadOnlyList<GraphQLError> Validate(string query, ValidationOptions? options) =>
        DocumentValidator.Validate(TestSchema.Instance, Parser.Parse(query), options);

    private static string UnknownFields(int count) => "{ dog { " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"f{i}")) + " } }";

    [Fact]
    public void AfterOneHundredErrorsValidationStopsWithOneMoreAsGraphQLJsDoes()
    {
        var errors = Validate(UnknownFields(150), null);
        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, errors[^1].Code);
    }

    [Fact]
    public void TheErrorLimitIsConfigurable()
    {
        Assert.Equal(4, Validate(UnknownFields(10), new ValidationOptions { MaxErrors = 3 }).Count);
        Assert.Equal(3, Validate(UnknownFields(3), new ValidationOptions { MaxErrors = 3 }).Count);
    }

    [Fact]
    public void ByDefaultNoMessageSuggestsNamesFromTheSchema()
    {
        const string query = """
            query Q($v: Dgo) { dog { nam doesKnowCommand(dogComand: SIT) owner } pet { nickname } arguments { complexArgField(complexArg: {nme: "x", required: true}) } }
            """;
        var withSuggestions = Validate(query, new ValidationOptions { IncludeSuggestions = true });
        var without = Validate(query, null);
        Assert.Equal(withSuggestions.Count, without.Count);
        Assert.All(without, e => Assert.DoesNotContain("Did you mean", e.Message, StringComparison.Ordinal));
        Assert.True(withSuggestions.Count(e => e.Message.Contains("Did you mean", StringComparison.Ordinal)) >= 5);
    }

    [Fact]
    public void ARuleSetRunsOnlyItsRules()
    {
        var onlyFieldSelections = new ValidationOptions { Rules = new ValidationRuleSet([new FieldSelections()]) };
        var errors = Validate("query Q($unused: Int) { dog { nope ...Missing } }", onlyFieldSelections);
        Assert.Equal("Cannot query field \"nope\" on type \"Dog\".", Assert.Single(errors).Message);
    }

    [Fact]
    public void CustomRulesSeeTheTypesInScope()
    {
        var rule = new FieldTypeRecorder();
        Validate("{ dog { name owner { iq } } }", new ValidationOptions { Rules = ValidationRuleSet.Specified.With(rule) });
        Assert.Equal(["Query.dog: Dog", "Dog.name: String!", "Dog.owner: Human", "Human.iq: Int"], rule.Seen);
    }

    private sealed class FieldTypeRecorder() : ValidationRule([SyntaxKind.Field])
    {
        public List<string> Seen { get; } = [];

        public override void Enter(ValidationContext context, SyntaxNode node) =>
            Seen.Add($"{context.ParentType}.{((FieldNode)node).Name.Value}: {context.Type}");
    }
}
