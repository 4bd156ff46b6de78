using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerPaths.Matching.Benchmarks.Queries;
using CareerPaths.Matching.Benchmarks.Workload;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Benchmarks;

/// <summary>
/// A fingerprint of many answers over the benchmark organisation (`-- --digest`): suggestions with every role
/// explained, comparisons, learning plans, paths, succession, similarity, the career graph and the packed levels.
/// Doubles are written in round-trip form, so equal digests before and after an optimisation mean bit-identical
/// answers. Answers are taken from a cold cover cache and again warm.
/// </summary>
internal static class Digest
{
    public static void Run()
    {
        var organisation = SyntheticOrganisation.Generate(OrganisationShape.Large, BenchmarkOrganisation.Seed);
        var catalogue = MatchingCatalogue.Build(organisation.Catalogue, BenchmarkOrganisation.Options);
        var workforce = Workforce.Build(catalogue, organisation.People, organisation.OrgUnits, organisation.ReferenceDate);
        var matcher = new Matcher(workforce);
        var roleIds = organisation.Catalogue.Roles.Select(r => r.Id).Order().ToArray();
        var people = organisation.People.Select(p => p.Id).Where(id => id % 997 == 1 || id % 1009 == 2).ToArray();
        Write("people read model", SHA256.HashData(workforce.Levels).Concat(
            workforce.ValidCertifications.SelectMany(w => w.SelectMany(BitConverter.GetBytes))).Concat(
            workforce.CurrentRole.SelectMany(BitConverter.GetBytes)).ToArray());
        Write("similarity", roleIds.Select(a => matcher.Catalogue.Similarity.MostSimilar(a, 20)).ToList(),
            roleIds.Take(150).Select(a => roleIds.Select(b => matcher.Catalogue.Similarity.Score(a, b)).ToArray()).ToList());
        Write("career graph", catalogue.Graph.Outgoing.Select(e => e.Select(x => (x.To, x.Kind, x.TypicalYears).ToString()).ToList()).ToList());
        for (var pass = 0; pass < 2; pass++)
        {
            catalogue.ForgetCoverCaches();
            var label = pass == 0 ? "cold" : "warm";
            Write($"suggestions, {label}", people.Select(p => matcher.SuggestRoles(p, 1_000)).ToList());
            Write($"comparisons, {label}", people.Take(20).SelectMany(p => roleIds.Where(r => r % 7 == p % 7).Select(r => matcher.CompareToRole(p, r))).ToList());
            Write($"plans, {label}", people.Take(10).SelectMany(p => roleIds.Where(r => r % 31 == p % 31).SelectMany(r =>
                new[] { matcher.LearningPlan(p, r), matcher.LearningPlan(p, r, Learning.LearningObjective.Cost) })).ToList());
            Write($"paths, {label}", people.Take(12).Select(p => matcher.DevelopmentPaths(p, roleIds[p * 7 % roleIds.Length], 5)).ToList());
            Write($"succession, {label}", roleIds.Where(r => r % 97 == 3).Select(r => matcher.Succession(r).Take(300).ToList()).ToList(),
                matcher.BenchStrength());
        }
    }

    private static void Write(string what, params object[] answers)
    {
        var json = JsonSerializer.Serialize(answers, new JsonSerializerOptions { IncludeFields = true });
        Console.WriteLine($"{what}: {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16]} ({json.Length:N0} chars)");
    }
}
