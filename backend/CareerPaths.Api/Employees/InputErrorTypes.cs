using CareerPaths.Api.Audit;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Employees;

/// <summary>The GraphQL error types of the input problems many mutations share (InputErrors.cs).</summary>
internal static class InputErrorTypes
{
    public static SchemaBuilder AddInputErrorTypes(this SchemaBuilder builder) => builder
        .AddDomainErrorType<UnknownSkillError>("UnknownSkillError", t => Coded(t, e => e.Field, e => e.Code))
        .AddDomainErrorType<UnknownCertificationError>("UnknownCertificationError", t => Coded(t, e => e.Field, e => e.Code))
        .AddDomainErrorType<UnknownRoleError>("UnknownRoleError", t => Coded(t, e => e.Field, e => e.Code))
        .AddDomainErrorType<UnknownLearningOfferingError>("UnknownLearningOfferingError", t => Coded(t, e => e.Field, e => e.Code))
        .AddDomainErrorType<ValueOutOfRangeError>("ValueOutOfRangeError", t =>
        {
            t.Description("A number outside its allowed range (levels 0–7 or 1–7, importance 1–5, years …).");
            t.Field(e => e.Field).Description("The input field, e.g. `requirements[2].requiredLevel`.");
            t.Field(e => e.Value);
            t.Field(e => e.Min);
            t.Field(e => e.Max);
        })
        .AddDomainErrorType<TextLengthError>("TextLengthError", t =>
        {
            t.Description("A text that is empty where a value is needed, or longer than allowed.");
            t.Field(e => e.Field);
            t.Field(e => e.Length);
            t.Field(e => e.MinLength);
            t.Field(e => e.MaxLength);
        })
        .AddDomainErrorType<InvalidDateError>("InvalidDateError", t =>
        {
            t.Description("A date that cannot be right: in the future, or before a date it must follow.");
            t.Field(e => e.Field);
            t.Field(e => e.Date);
        })
        .AddDomainErrorType<DuplicateValueError>("DuplicateValueError", t =>
        {
            t.Description("A list that names the same thing twice.");
            t.Field(e => e.Field);
            t.Field(e => e.Value);
        })
        .AddDomainErrorType<NotFoundError>("NotFoundError", t =>
        {
            t.Description("The object to change does not exist, or the viewer may not change it (not told apart, so nothing leaks).");
            t.Field(e => e.Field);
            t.Field(e => e.Id).Type("ID!");
        });

    private static void Coded<TError>(
        ObjectTypeDescriptor<TError> type, System.Linq.Expressions.Expression<Func<TError, string>> field, System.Linq.Expressions.Expression<Func<TError, string>> code)
    {
        type.Description("A code that names nothing in the catalogue (or nothing the viewer may use).");
        type.Field(field).Description("The input field that holds the code.");
        type.Field(code).Description("The code as given.");
    }
}
