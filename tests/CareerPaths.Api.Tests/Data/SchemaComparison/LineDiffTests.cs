namespace CareerPaths.Api.Tests.Data.SchemaComparison;

public sealed class LineDiffTests
{
    [Fact]
    public void IdenticalTextsHaveNoChangedLines()
    {
        var diff = LineDiff.Describe("a\nb\nc", "a\nb\nc");

        Assert.DoesNotContain("- ", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("+ ", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangedLineIsShownAsRemovedAndAddedWithItsContext()
    {
        var diff = LineDiff.Describe("one\ntwo\nthree\nfour\nfive\nsix\nseven", "one\ntwo\nthree\nFOUR\nfive\nsix\nseven", context: 1);

        Assert.Equal("  three\n- four\n+ FOUR\n  five\n", diff.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void DistantChangesAreSeparatedByAnEllipsis()
    {
        var diff = LineDiff.Describe("a\nb\nc\nd\ne\nf\ng", "A\nb\nc\nd\ne\nf\nG", context: 0);

        Assert.Equal("- a\n+ A\n  …\n- g\n+ G\n", diff.ReplaceLineEndings("\n"));
    }
}
