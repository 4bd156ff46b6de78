using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CareerPaths.Matching.Tests.Support;

/// <summary>Runs an FsCheck property from an xunit fact with a fixed seed, so every run checks the same cases.</summary>
internal static class Properties
{
    public const ulong Seed = 20261121;

    public static void Hold<T>(Gen<T> generator, Func<T, bool> property, int runs = 100, ulong seed = Seed)
    {
        var replay = new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None);
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(runs)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(replay));
        Check.One(config, Prop.ForAll(generator.ToArbitrary(), property));
    }

    /// <summary>A seed for a generated instance; FsCheck picks it, the instance generator expands it.</summary>
    public static Gen<int> Seeds { get; } = Gen.Choose(0, int.MaxValue - 1);
}
