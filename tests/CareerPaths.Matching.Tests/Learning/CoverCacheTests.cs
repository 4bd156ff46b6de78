using CareerPaths.Matching.Learning;

namespace CareerPaths.Matching.Tests.Learning;

public class CoverCacheTests
{
    /// <summary>
    /// The memo never changes an answer: from several threads at once, across its growth and past its capacity,
    /// and after being forgotten halfway, every answer is the solver's own.
    /// </summary>
    [Fact]
    public void The_cache_answers_as_the_solver_does_from_many_threads_and_past_its_capacity()
    {
        var random = new Random(7);
        const int elements = 14;
        var masks = Enumerable.Range(0, 40).Select(_ => (ulong)random.Next(1, 1 << elements)).ToArray();
        var hours = masks.Select(_ => random.Next(1, 20) * 4.0).ToArray();
        var table = new CoverTable(masks, hours, hours, [.. Enumerable.Range(0, masks.Length)], elements);
        var targets = Enumerable.Range(1, CoverCache.Capacity + 1_500).Select(t => (ulong)t & table.Coverable).Where(t => t != 0).ToArray();
        var expected = targets.ToDictionary(t => t, t => RoleCover.Solve(table, t, LearningObjective.Hours, 200_000));
        var cache = new CoverCache(table);
        Parallel.For(0, 8, worker =>
        {
            var order = new Random(worker);
            for (var i = 0; i < targets.Length * 2; i++)
            {
                var target = targets[order.Next(targets.Length)];
                var answer = cache.FewestHours(target, 200_000);
                Assert.Equal(expected[target].Sets, answer.Sets);
                Assert.Equal(expected[target].Hours, answer.Hours);
                if (worker == 0 && i == targets.Length) cache.Forget();
            }
        });
    }
}
