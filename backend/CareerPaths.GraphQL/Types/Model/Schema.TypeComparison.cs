namespace CareerPaths.GraphQL.Types;

/// <summary>Type comparisons used by schema validation and the validator's rules (graphql-js typeComparators).</summary>
public sealed partial class Schema
{
    /// <summary>Structural equality: same named type under the same wrappers (spec "are equal types").</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b)
    {
        while (true)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            switch (a)
            {
                case NonNullType na when b is NonNullType nb:
                    a = na.OfType;
                    b = nb.OfType;
                    continue;
                case ListType la when b is ListType lb:
                    a = la.OfType;
                    b = lb.OfType;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/>
    /// (covariance: non-null may narrow nullable; an object or interface narrows an interface or union).
    /// </summary>
    public bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }

                maybeSubType = subNonNull.OfType;
                superType = superNonNull.OfType;
                continue;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }

                maybeSubType = subList.OfType;
                superType = superList.OfType;
                continue;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is NamedType { IsAbstractType: true } abstractType
                && maybeSubType is InterfaceType or ObjectType
                && IsSubType(abstractType, (NamedType)maybeSubType);
        }
    }

    /// <summary>
    /// Whether two composite types can share an object value: equal, or overlapping possible types
    /// (used by "fragment spread is possible", spec §5.5.2.3).
    /// </summary>
    public bool DoTypesOverlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var type in GetPossibleTypes(a))
                {
                    if (IsSubType(b, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return b is ObjectType bObject && IsSubType(a, bObject);
        }

        return b.IsAbstractType && a is ObjectType aObject && IsSubType(b, aObject);
    }
}
