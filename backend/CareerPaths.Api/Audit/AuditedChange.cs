using CareerPaths.Api.Data;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareerPaths.Api.Audit;

/// <summary>
/// One mutation's unit of work: a context of its own in a transaction, the viewer, and the audit log, so the
/// change and its audit entry commit together or not at all. Disposing without <see cref="CommitAsync"/> rolls
/// everything back (a refused change writes nothing, not even an audit entry).
/// </summary>
internal sealed class AuditedChange : IAsyncDisposable
{
    private readonly AuditLog _log;
    private readonly IDbContextTransaction _transaction;

    private AuditedChange(CareerPathsDbContext db, IDbContextTransaction transaction, Viewer viewer, AuditLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        Db = db;
        _transaction = transaction;
        Viewer = viewer;
        _log = log;
        Now = clock.GetUtcNow();
        CancellationToken = cancellationToken;
    }

    public CareerPathsDbContext Db { get; }

    public Viewer Viewer { get; }

    /// <summary>The viewer's employee id; self-service mutations are behind the Employee policy, which requires one.</summary>
    public int EmployeeId => Viewer.EmployeeId ?? throw new InvalidOperationException("The viewer has no employee record.");

    public DateTimeOffset Now { get; }

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public CancellationToken CancellationToken { get; }

    public static async Task<AuditedChange> BeginAsync(IResolverContext context)
    {
        var services = context.RequestServices;
        var viewer = await services.GetRequiredService<IViewerAccessor>().GetViewerAsync(context.CancellationToken);
        var db = await services.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>().CreateDbContextAsync(context.CancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        return new AuditedChange(db, transaction, viewer, services.GetRequiredService<AuditLog>(), services.GetRequiredService<TimeProvider>(), context.CancellationToken);
    }

    /// <summary>Adds the audit entry of this change (written by the next save, in the same transaction).</summary>
    public void Audit(string entityType, object entityId, string action, object? before, object? after) =>
        _log.Record(Db, Viewer, entityType, Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture)!, action, before, after);

    /// <summary>Writes what is pending so far (e.g. to learn a new row's id) without committing.</summary>
    public Task SaveAsync() => Db.SaveChangesAsync(CancellationToken);

    public async Task CommitAsync()
    {
        await Db.SaveChangesAsync(CancellationToken);
        await _transaction.CommitAsync(CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}
