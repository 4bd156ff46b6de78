using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Tests.Validation;

/// <summary>Rules and rule sets are shared by every request: validating in parallel must give the same answers.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void ParallelValidationsAgreeWithSequentialOnes()
    {
        string[] queries =
        [
            "{ dog { name: nickname name } }",
            "query Q($a: Int, $a: Int) { dog { ...F } }\nfragment F on Dog { ...F }",
            "{ arguments { complexArgField(complexArg: {nme: 1}) } }",
            "{ dog { name @include(if: true) @include(if: false) } }",
            "subscription { newMessage { body } disallowedSecondRootField }",
        ];
        var documents = queries.Select(q => Parser.Parse(q)).ToArray();
        var options = new ValidationOptions { Limits = QueryLimits.Default, IncludeSuggestions = true };
        var expected = documents.Select(d => Describe(DocumentValidator.Validate(TestSchema.Instance, d, options))).ToArray();

        var actual = new string[documents.Length * 200];
        Parallel.For(0, actual.Length, i => actual[i] = Describe(DocumentValidator.Validate(TestSchema.Instance, documents[i % documents.Length], options)));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % documents.Length], actual[i]);
        }
    }

    private static string Describe(IReadOnlyList<Errors.GraphQLError> errors) => string.Join("\n", errors.Select(ValidationAssert.Describe));
}
