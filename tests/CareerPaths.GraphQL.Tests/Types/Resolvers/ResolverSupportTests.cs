using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.Resolvers;

public class ResolverSupportTests
{
    private enum Tone
    {
        Warm,
        SeniorEngineer,
    }

    [Fact]
    public void ValueConverterTurnsCoercedValuesIntoTheRequestedDotNetTypes()
    {
        Assert.Equal(5L, ValueConverter.Convert<long>(5));
        Assert.Equal(2.0, ValueConverter.Convert<double>(2));
        Assert.Equal((int?)null, ValueConverter.Convert<int?>(null));
        Assert.Equal(0, ValueConverter.Convert<int>(null));
        Assert.Equal(Tone.SeniorEngineer, ValueConverter.Convert<Tone>("SENIOR_ENGINEER"));
        Assert.Equal(Guid.Empty, ValueConverter.Convert<Guid>("00000000-0000-0000-0000-000000000000"));
        Assert.Equal(["a", "b"], ValueConverter.Convert<IReadOnlyList<string>>(new object?[] { "a", "b" }));
        Assert.Equal([1L, 2L], ValueConverter.Convert<List<long>>(new object?[] { 1, 2 }));
        Assert.Equal([7], ValueConverter.Convert<int[]>(7));
    }

    [Theory]
    [InlineData("Warm", "WARM")]
    [InlineData("SeniorEngineer", "SENIOR_ENGINEER")]
    [InlineData("HTTPStatus", "HTTP_STATUS")]
    [InlineData("Level2Lead", "LEVEL2_LEAD")]
    [InlineData("Already_Split", "ALREADY_SPLIT")]
    public void EnumMembersBecomeScreamingCase(string member, string expected) =>
        Assert.Equal(expected, NameConventions.ToScreamingCase(member));

    [Fact]
    public void ResponsePathsListKeysAndIndicesFromTheRoot()
    {
        var path = ResponsePath.Root("roles").Append(3).Append("name");

        Assert.Equal(["roles", 3, "name"], path.ToArray());
        Assert.Equal("roles.3.name", path.ToString());
        Assert.True(path.Parent!.IsIndex);
    }

    [Fact]
    public void ResolversReportTheirKind()
    {
        Assert.True(FieldResolver.FromSource(s => s).IsSynchronous);
        Assert.True(FieldResolver.FromSync(_ => 1).IsSynchronous);
        Assert.False(FieldResolver.FromAsync(_ => ValueTask.FromResult<object?>(1)).IsSynchronous);
        Assert.True(DefaultFieldResolver.For("a").IsDefault);
    }
}
