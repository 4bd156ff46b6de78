namespace CareerPaths.GraphQL.Types;

/// <summary>The eight kinds of type (spec §4.2, <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
