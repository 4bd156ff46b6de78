using System.Collections.Concurrent;
using System.Text.Json;
using CareerPaths.Matching.Benchmarks.Workload;
using CareerPaths.Matching.Tests.Support;

namespace CareerPaths.Matching.Tests;

/// <summary>
/// One read model shared by concurrent requests, as the API keeps it: the per-role cover caches are the only state
/// that changes, and answers must not depend on who else is asking. This holds the whole request path (a scratch
/// buffer shared by mistake fails it at once); races inside the cache itself are <c>CoverCacheConcurrencyTests</c>'
/// job — here most requests are lookups, too few publications to catch them reliably.
/// </summary>
public class MatcherConcurrencyTests
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    [Fact]
    public void Requests_from_many_threads_on_a_cold_read_model_answer_as_one_thread_does_on_a_fresh_one()
    {
        // People who hold the same role share gap patterns, so threads ask the same role for the same sets at once;
        // explaining every role asks every role's cache, and paths ask for covers with skills carried forward.
        var organisation = SyntheticOrganisation.Generate(new OrganisationShape(120, 80, 60, 50, 8, 8, 6, 12), seed: 11);
        var options = new MatchingOptions();
        var shared = World.Of(organisation, options);
        var people = organisation.People.Select(p => p.Id).ToArray();
        var roles = organisation.Catalogue.Roles.Select(r => r.Id).ToArray();
        var fresh = World.Of(organisation, options).Matcher;
        var expected = people.ToDictionary(p => p, p => Answers(fresh, p, roles));

        var threads = Math.Max(8, 4 * Environment.ProcessorCount);
        for (var round = 0; round < 2; round++)
        {
            shared.Catalogue.ForgetCoverCaches();
            var matcher = shared.Matcher;
            var failures = new ConcurrentQueue<string>();
            using var start = new Barrier(threads);
            var workers = Enumerable.Range(0, threads).Select(worker => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    // Every worker asks about everyone in the same order (odd rounds: each from its own place in the list).
                    for (var i = 0; i < people.Length; i++)
                    {
                        var person = people[(i + (round % 2) * worker * people.Length / threads) % people.Length];
                        if (Answers(matcher, person, roles) != expected[person]) failures.Enqueue($"round {round}, worker {worker}: person {person}");
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue($"worker {worker}: {e}");
                }
            }) { IsBackground = true }).ToList();
            workers.ForEach(t => t.Start());
            Assert.All(workers, t => Assert.True(t.Join(TimeSpan.FromMinutes(2)), "a worker did not finish in two minutes"));
            Assert.Empty(failures);
        }
    }

    /// <summary>Everything that goes through the cover caches for one person, as text: suggestions with every role explained, and paths.</summary>
    private static string Answers(Matcher matcher, int person, int[] roles) => JsonSerializer.Serialize(new object[]
    {
        matcher.SuggestRoles(person, roles.Length),
        matcher.DevelopmentPaths(person, roles[person * 7 % roles.Length], 3),
    }, Json);
}
