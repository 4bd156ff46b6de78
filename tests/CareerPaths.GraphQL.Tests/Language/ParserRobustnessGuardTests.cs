namespace CareerPaths.GraphQL.Tests.Language;

public class ParserRobustnessGuardTests
{
    [Fact]
    public void TheGuardReportsAnInputThatDoesNotFinishInTime()
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
            ParserRobustness.CheckAll(["fast", "slow"], input => Thread.Sleep(input == "slow" ? 2_000 : 0), TimeSpan.FromMilliseconds(200)));
        Assert.Contains("\"slow\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGuardReportsAnInputThatThrowsSomethingOtherThanASyntaxError()
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
            ParserRobustness.CheckAll(["ok", "bad"], input => _ = input == "bad" ? throw new InvalidOperationException("boom") : 0, TimeSpan.FromSeconds(5)));
        Assert.Contains("\"bad\" threw InvalidOperationException: boom", failure.Message, StringComparison.Ordinal);
    }
}
