using System.Text;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>
/// A checked-in text file a test compares with what the code produces now. On a difference the test fails
/// with a line diff; run with <c>UPDATE_SNAPSHOTS=1</c> to accept the new text (the file is rewritten), then
/// review and commit it.
/// </summary>
public static class SnapshotFile
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    public static void AssertMatches(string path, string actual, string command)
    {
        actual = Normalise(actual);
        var expected = File.Exists(path) ? Normalise(File.ReadAllText(path)) : null;
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        var message = new StringBuilder();
        message.AppendLine(expected is null
            ? $"{path} does not exist yet."
            : $"{path} differs from what the code produces (- only in the file, + only in the code):");
        if (expected is not null)
        {
            message.Append(LineDiff.Format(expected, actual));
        }

        message.AppendLine($"If the change is intended, accept it with `{UpdateVariable}=1 {command}`, then review and commit the file.");
        Assert.Fail(message.ToString());
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
