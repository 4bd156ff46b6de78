namespace CareerPaths.Api.Data.Roles;

/// <summary>
/// The stable identity of a role (its code); everything HR edits lives in its <see cref="Versions"/>.
/// </summary>
public class RoleProfile
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// PostgreSQL's <c>xmin</c>: changes on every update of the row, so two HR users editing the same
    /// role cannot silently overwrite each other (optimistic concurrency).
    /// </summary>
    public uint RowVersion { get; set; }

    public ICollection<RoleProfileVersion> Versions { get; } = [];
}
