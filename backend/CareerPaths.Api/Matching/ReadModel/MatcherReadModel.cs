using System.Data;
using System.Diagnostics;
using CareerPaths.Api.Data;
using CareerPaths.Matching;
using CareerPaths.Matching.Model;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Matching.ReadModel;

/// <summary>
/// The matcher's in-memory read model (a singleton): the catalogue and workforce built from the database, rebuilt
/// lazily when the data versions in PostgreSQL or the date move on. Each request reads the versions (one small
/// query) and gets a snapshot at least that new, so no answer is older than the last change committed before the
/// request, whichever instance made it. One rebuild runs at a time; requests that need it wait for it and never
/// see a half-built model (snapshots are immutable and swapped in whole). docs/matcher.md, "API: the read model".
/// </summary>
public sealed class MatcherReadModel(
    IDbContextFactory<CareerPathsDbContext> contexts, TimeProvider clock, ILogger<MatcherReadModel> logger)
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile MatcherSnapshot? _current;
    private int _loads;
    private int _builds;

    /// <summary>How many times the data was read from the database (a whole or a people-only load).</summary>
    public int Loads => _loads;

    /// <summary>How many snapshots were built (loads, and workforce rebuilds for a new date).</summary>
    public int Builds => _builds;

    /// <summary>The reference date of answers given now: today in UTC.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>A snapshot holding every change committed before this call, for today's date.</summary>
    public async Task<MatcherSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var today = Today();
        MatcherDataStamp stamp;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            stamp = await MatcherDataStamp.ReadAsync(db, cancellationToken);
        }
        if (_current is { } current && current.Serves(stamp, today))
        {
            return current;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            // Another request may have rebuilt while this one waited.
            if (_current is { } rebuilt && rebuilt.Serves(stamp, today))
            {
                return rebuilt;
            }
            var next = await BuildAsync(_current, stamp, today, cancellationToken);
            _current = next;
            return next;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private async Task<MatcherSnapshot> BuildAsync(MatcherSnapshot? previous, MatcherDataStamp stamp, DateOnly today, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        Interlocked.Increment(ref _builds);
        if (previous is not null && previous.Stamp.IsAtLeast(stamp))
        {
            // Only the date moved on: effective levels and certificate validity change, the records do not.
            var redated = new MatcherSnapshot(previous.Catalogue, previous.BuiltCatalogue, previous.People, previous.Stamp, today);
            logger.LogInformation("Matcher read model rebuilt for {Date} in {Elapsed} ms", today, watch.ElapsedMilliseconds);
            return redated;
        }

        Interlocked.Increment(ref _loads);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One snapshot of the database for the versions and every table, so the model is exactly one committed state.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var loaded = await MatcherDataStamp.ReadAsync(db, cancellationToken);
        var keepCatalogue = previous is not null && previous.Stamp.Catalogue == loaded.Catalogue;
        var catalogue = keepCatalogue ? previous!.Catalogue : await CatalogueLoader.LoadAsync(db, cancellationToken);
        var people = await PeopleLoader.LoadAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var built = keepCatalogue ? previous!.BuiltCatalogue : MatchingCatalogue.Build(catalogue.Data, MatchingOptions.Default);
        var snapshot = new MatcherSnapshot(catalogue, built, people, loaded, today);
        logger.LogInformation(
            "Matcher read model loaded ({Stamp}; {Roles} roles, {People} people{Reuse}) for {Date} in {Elapsed} ms",
            loaded, catalogue.Data.Roles.Count, people.People.Count, keepCatalogue ? ", catalogue kept" : "", today, watch.ElapsedMilliseconds);
        return snapshot;
    }
}
