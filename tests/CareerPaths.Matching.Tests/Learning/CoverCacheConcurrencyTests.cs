using System.Collections.Concurrent;
using CareerPaths.Matching.Learning;

namespace CareerPaths.Matching.Tests.Learning;

/// <summary>
/// The cover cache's lock-free reads under real contention: dedicated threads released together by a barrier ask
/// several roles' caches for covers while every cache grows from empty. Each answer is held to a fresh
/// single-threaded solve; afterwards each cache must hold exactly what was asked — an entry lost to a racing growth,
/// a duplicate, or an entry whose result is not its target's shows up here even though the reader that missed it
/// simply solved again. Checked by breaking the cache on purpose: writers without the lock, an entry published
/// before its result is set, growth copied from the table read before solving. The first two fail every run, the
/// last about one run in three on two cores. A missing volatile alone cannot fail on x64, whose stores stay in order.
/// </summary>
public class CoverCacheConcurrencyTests
{
    private const int NodeLimit = 200_000;
    private const int Rounds = 300;
    private const int SmallRoundSets = 64;

    [Fact]
    public void Threads_asking_many_roles_at_once_get_single_threaded_answers_and_no_entry_is_lost_while_tables_grow()
    {
        // Three roles stay under the capacity (every asked set must be remembered); the last goes past it.
        (int Elements, int Sets, int Asked)[] shapes = [(10, 24, 700), (12, 32, 1_500), (14, 40, 3_000), (13, 36, CoverCache.Capacity + 900)];
        var roles = shapes.Select((shape, r) => Role.Random(new Random(40 + r), shape.Elements, shape.Sets, shape.Asked))
            .ToArray();
        var threads = Math.Max(16, 8 * Environment.ProcessorCount);
        for (var round = 0; round < Rounds; round++)
        {
            // Most rounds ask for a few sets, for many races of the first growths; every twentieth asks for them all.
            var size = round % 20 == 0 ? int.MaxValue : SmallRoundSets;
            var caches = roles.Select(r => new CoverCache(r.Table)).ToArray();
            var failures = new ConcurrentQueue<string>();
            RunTogether(threads, worker =>
            {
                foreach (var (role, target) in Requests(roles, size, worker, threads, round))
                {
                    var answer = caches[role].FewestHours(target, NodeLimit);
                    if (!Same(answer, roles[role].Expected[target]))
                    {
                        failures.Enqueue($"round {round}, role {role}, target {target:X}: {Describe(answer)} instead of {Describe(roles[role].Expected[target])}");
                    }
                }
            }, failures);
            Assert.Empty(failures);
            for (var r = 0; r < roles.Length; r++)
            {
                var remembered = caches[r].Remembered();
                var asked = Math.Min(size, roles[r].Pool.Length);
                Assert.Equal(Math.Min(asked, CoverCache.Capacity), remembered.Count);
                Assert.Equal(remembered.Count, remembered.Select(e => e.Target).Distinct().Count());
                Assert.All(remembered, e => Assert.True(
                    roles[r].Expected.TryGetValue(e.Target, out var expected) && Same(e.Result, expected),
                    $"round {round}, role {r}: entry {e.Target:X} holds {Describe(e.Result)}"));
            }
        }
    }

    /// <summary>
    /// One worker's requests for the first <paramref name="size"/> sets of each role's pool, in three phases. Its own
    /// share of the second half: all workers start on different sets of empty tables, so the first growths race each
    /// other. Then the first half in one order shared by all workers: they ask for the same set at the same moment,
    /// and a late one reads the entry just as it is published. Then the first half again in an order of its own.
    /// </summary>
    private static List<(int Role, ulong Target)> Requests(Role[] roles, int size, int worker, int workers, int round)
    {
        var own = new List<(int, ulong)>();
        var shared = new List<(int, ulong)>();
        for (var r = 0; r < roles.Length; r++)
        {
            var pool = roles[r].Pool.AsSpan(0, Math.Min(size, roles[r].Pool.Length));
            for (var i = 0; i < pool.Length; i++)
            {
                if (i < pool.Length / 2) shared.Add((r, pool[i]));
                else if (i % workers == worker) own.Add((r, pool[i]));
            }
        }
        var mine = new Random(round * 1_000 + worker + 1);
        mine.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(own));
        new Random(round).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shared));
        var again = shared.ToArray();
        mine.Shuffle(again);
        return [.. own, .. shared, .. again];
    }

    /// <summary>Dedicated threads (not pool work items, which a 2-core machine would run a few at a time), released together.</summary>
    private static void RunTogether(int count, Action<int> work, ConcurrentQueue<string> failures)
    {
        using var start = new Barrier(count);
        var threads = Enumerable.Range(0, count).Select(worker => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                work(worker);
            }
            catch (Exception e)
            {
                failures.Enqueue($"worker {worker}: {e}");
            }
        }) { IsBackground = true }).ToList();
        threads.ForEach(t => t.Start());
        // A table filled past its last empty slot makes a probe loop for ever: fail instead of hanging the suite.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        Assert.All(threads, t => Assert.True(t.Join(TimeSpan.FromTicks(Math.Max(0, (deadline - DateTime.UtcNow).Ticks))), "a worker did not finish in two minutes"));
    }

    private static bool Same(CoverResult a, CoverResult b) =>
        a.Sets is not null && a.Sets.SequenceEqual(b.Sets) && a.Hours == b.Hours && a.Cost == b.Cost && a.Exact == b.Exact;

    private static string Describe(CoverResult c) =>
        c.Sets is null ? "no sets" : $"[{string.Join(",", c.Sets)}] {c.Hours} h {c.Cost} cost exact={c.Exact}";

    /// <summary>A role's cover table, the distinct gap sets the test asks for, and their single-threaded answers.</summary>
    private sealed record Role(CoverTable Table, ulong[] Pool, Dictionary<ulong, CoverResult> Expected)
    {
        public static Role Random(Random random, int elements, int sets, int asked)
        {
            var masks = Enumerable.Range(0, sets).Select(_ => (ulong)random.Next(1, 1 << elements) & (ulong)random.Next(1, 1 << elements)).ToArray();
            var hours = masks.Select(_ => random.Next(1, 20) * 4.0).ToArray();
            var costs = masks.Select(_ => random.Next(1, 50) * 100.0).ToArray();
            var table = new CoverTable(masks, hours, costs, [.. Enumerable.Range(0, sets)], elements);
            if (table.Coverable != (1UL << elements) - 1) throw new InvalidOperationException("pick another seed: some element is not coverable");
            var pool = new HashSet<ulong>();
            while (pool.Count < asked) pool.Add((ulong)random.Next(1, 1 << elements));
            var ordered = pool.ToArray();
            var expected = ordered.ToDictionary(t => t, t => RoleCover.Solve(table, t, LearningObjective.Hours, NodeLimit));
            return new Role(table, ordered, expected);
        }
    }
}
