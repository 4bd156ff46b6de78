namespace CareerPaths.GraphQL.Language.Lexing;

/// <summary>
/// Names repeat within and across documents (fields, types, keywords), so the lexer shares one string per name
/// through this small lossy cache instead of allocating each time. It is bounded in entries and name length, so
/// hostile documents can only evict entries. Threads race on slots harmlessly: a slot always holds a whole string,
/// and a hit is only taken after comparing its characters.
/// </summary>
internal static class NameCache
{
    private const int MaxLength = 32;
    private const int SlotCount = 4096;

    private static readonly string?[] Slots = new string?[SlotCount];

    public static string Get(string source, int start, int length, uint hash)
    {
        if (length > MaxLength)
        {
            return source.Substring(start, length);
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        ref var slot = ref Slots[hash & (SlotCount - 1)];
        var cached = slot;
        if (cached is not null && source.AsSpan(start, length).SequenceEqual(cached))
        {
            return cached;
        }

        var name = source.Substring(start, length);
        slot = name;
        return name;
    }
}
