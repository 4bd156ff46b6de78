using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Tests.Validation;

/// <summary>
/// Documents built to make validation explode finish, with graphql-js 17's answers (checked with node).
/// There are no timing asserts: the deadline only keeps a regression from hanging the test run.
/// </summary>
public class HostileDocumentTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static string Repeat(int count, Func<int, string> item) => string.Join(" ", Enumerable.Range(0, count).Select(item));

    private static IReadOnlyList<GraphQLError> ValidateWithinDeadline(string query, ValidationOptions? options = null)
    {
        // No token limit: the parser's limits are not what is tested here.
        var document = Parser.Parse(query, ParserOptions.Trusted);
        var validation = Task.Run(() => DocumentValidator.Validate(TestSchema.Instance, document, options));
        Assert.True(validation.Wait(Deadline), "validation did not finish");
        return validation.Result;
    }

    [Fact]
    public void AThousandIdenticalFieldsExhaustTheMergeBudgetAsInGraphQLJs()
    {
        var errors = ValidateWithinDeadline($"{{ dog {{ {Repeat(1000, _ => "name")} }} }}");
        var error = Assert.Single(errors);
        Assert.Equal("Validation aborted.", error.Message);
        Assert.Null(error.Locations);
    }

    [Fact]
    public void AThousandDistinctAliasesAreValid() =>
        Assert.Empty(ValidateWithinDeadline($"{{ dog {{ {Repeat(1000, i => $"a{i}: name")} }} }}"));

    [Fact]
    public void AThousandFragmentsSpreadSideBySideExhaustTheBudget() =>
        Assert.Equal(
            "Validation aborted.",
            Assert.Single(ValidateWithinDeadline($"{{ dog {{ {Repeat(1000, i => $"...F{i}")} }} }}\n" + Repeat(1000, i => $"fragment F{i} on Dog {{ name }}"))).Message);

    [Fact]
    public void AChainOfTwoThousandFragmentsIsValidAndTooDeepForTheLimit()
    {
        var chain = "{ dog { ...F0 } }\n" + Repeat(2000, i => $"fragment F{i} on Dog {{ friends {{ ...F{i + 1} }} }}") + "\nfragment F2000 on Dog { name }";
        Assert.Empty(ValidateWithinDeadline(chain));
        var limited = ValidateWithinDeadline(chain, new ValidationOptions { Limits = QueryLimits.Default });
        Assert.Contains(limited, e => e.Message == "Query depth 2002 exceeds the maximum of 15.");
    }

    [Fact]
    public void ACycleOfFiveHundredFragmentsIsReportedOnceWithEverySpread()
    {
        var errors = ValidateWithinDeadline("{ dog { ...F0 } }\n" + Repeat(500, i => $"fragment F{i} on Dog {{ name ...F{(i + 1) % 500} }}"));
        var cycle = errors[0];
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", cycle.Message, StringComparison.Ordinal);
        Assert.Equal(500, cycle.Locations!.Count);
    }

    [Fact]
    public void FragmentsThatDoubleAtEveryLevelAreValidAndFast()
    {
        var laughs = "{ dog { ...F0 } }\n" + Repeat(40, i => $"fragment F{i} on Dog {{ a: friends {{ ...F{i + 1} }} b: friends {{ ...F{i + 1} }} }}") + "\nfragment F40 on Dog { name }";
        Assert.Empty(ValidateWithinDeadline(laughs));
        var limited = ValidateWithinDeadline(laughs, new ValidationOptions { Limits = QueryLimits.Default with { MaxDepth = null } });
        Assert.Contains(limited, e => e.Message.StartsWith("The query selects", StringComparison.Ordinal));
        Assert.Contains(limited, e => e.Message.StartsWith("Query cost", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDeepestDocumentTheParserAcceptsValidates() =>
        Assert.Empty(ValidateWithinDeadline("{ dog " + string.Concat(Enumerable.Repeat("{ friends ", 120)) + "{ name }" + string.Concat(Enumerable.Repeat(" }", 120)) + " }"));
}
