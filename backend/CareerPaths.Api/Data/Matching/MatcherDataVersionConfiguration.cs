using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPaths.Api.Data.Matching;

internal sealed class MatcherDataVersionConfiguration : IEntityTypeConfiguration<MatcherDataVersion>
{
    public void Configure(EntityTypeBuilder<MatcherDataVersion> builder)
    {
        builder.ToTable("MatcherDataVersions", table => table.HasCheckConstraint(
            "CK_MatcherDataVersions_Scope",
            $"\"Scope\" IN ('{MatcherDataVersion.CatalogueScope}', '{MatcherDataVersion.PeopleScope}')"));
        builder.HasKey(version => version.Scope);
        builder.Property(version => version.Scope).HasMaxLength(16);
        // Both rows exist from the start: the triggers only ever update them.
        builder.HasData(
            new MatcherDataVersion { Scope = MatcherDataVersion.CatalogueScope, Version = 0 },
            new MatcherDataVersion { Scope = MatcherDataVersion.PeopleScope, Version = 0 });
    }
}
