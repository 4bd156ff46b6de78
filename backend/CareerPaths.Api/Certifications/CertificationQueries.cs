using CareerPaths.Api.GraphQL;
using CareerPaths.Api.Identity;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Certifications;

/// <summary>The query fields of certifications: <c>certifications</c> (a connection) and <c>certification(code:)</c>.</summary>
internal static class CertificationQueries
{
    public static SchemaBuilder AddCertificationQueries(this SchemaBuilder builder) => builder
        .AddConnectionType<CertificationRecord>("Certification")
        .AuthorizeConnection("Certification", Policies.Employee)
        .Object("Query", query =>
        {
            query.Field("certifications").UseConnection("Certification")
                .Description("The certification catalogue in code order.")
                .ResolveAsync(static context => context.ToConnectionAsync(db => db.Certifications.AsNoTracking()
                    .OrderBy(certification => EF.Functions.Collate(certification.Code, Ordinal.Collation))
                    .Select(CertificationRecord.Projection)));
            query.Field("certification").Type("Certification")
                .Description("The certification with this code; null when there is none.")
                .Argument("code", "String!", "A certification code, e.g. `cissp`.")
                .ResolveAsync(static context => context.CertificationByCode().LoadAsync(context.Argument<string>("code")));
        });
}
