namespace CareerPaths.GraphQL.Types;

/// <summary>Pre-boxed common results, so coercing small integers and booleans does not allocate per value.</summary>
internal static class BoxedValues
{
    public static readonly object True = true;
    public static readonly object False = false;
    public static readonly object Zero = 0;
    public static readonly object One = 1;

    private const int CacheMin = -128;
    private const int CacheMax = 1024;
    private static readonly object[] Ints = Enumerable.Range(CacheMin, CacheMax - CacheMin + 1).Select(i => (object)i).ToArray();

    public static object Bool(bool value) => value ? True : False;

    public static object Int(int value) => value is >= CacheMin and <= CacheMax ? Ints[value - CacheMin] : value;
}
