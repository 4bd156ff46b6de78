using System.Globalization;
using CareerPaths.Matching.Evaluation.Onet;
using CareerPaths.Matching.Similarity;

// Usage: CareerPaths.Matching.Evaluation [onet-directory] [--details]
// Prints exactly one line on stdout; --details adds the hold-out breakdown on stderr.
var directory = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("..", "shared", "datasets", "onet-29.3");
var data = OnetData.Load(directory);
var roles = OnetRoles.From(data);
var matcher = RoleSimilarity.Build(roles);
Func<int, int, double> ours = (a, b) => matcher.Score(roles[a].Id, roles[b].Id);
var baseline = PlainCosine.Over(data);
var score = RelatedOccupationsScore.Of(data, ours);
var plain = RelatedOccupationsScore.Of(data, baseline);
if (args.Contains("--details"))
{
    // The hubness neighbourhood (50) was chosen on the even positions; the odd ones are the held-out half.
    foreach (var (name, half) in new (string, Func<int, bool>)[] { ("even (tuning half)", a => a % 2 == 0), ("odd (held-out half)", a => a % 2 == 1) })
    {
        var s = RelatedOccupationsScore.Of(data, ours, half);
        var b = RelatedOccupationsScore.Of(data, baseline, half);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: queries={s.Queries} precision@10={s.PrecisionAt10:F4} recall@10_primary={s.RecallAt10Primary:F4} baseline_precision@10={b.PrecisionAt10:F4} baseline_recall@10_primary={b.RecallAt10Primary:F4}"));
    }
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all: queries={score.Queries} baseline_recall@10_primary={plain.RecallAt10Primary:F4}"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"precision@10={score.PrecisionAt10:F4} recall@10_primary={score.RecallAt10Primary:F4} baseline_precision@10={plain.PrecisionAt10:F4}"));
