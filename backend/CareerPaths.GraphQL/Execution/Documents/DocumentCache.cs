using System.Security.Cryptography;
using System.Text;

namespace CareerPaths.GraphQL.Execution.Documents;

/// <summary>
/// A bounded, least-recently-used cache of prepared documents keyed by the SHA-256 of their text, so a
/// repeated query skips parse and validation. Thread-safe. <see cref="Hits"/> and <see cref="Misses"/>
/// count lookups (benchmarks read them).
/// </summary>
public sealed class DocumentCache
{
    public const int DefaultCapacity = 1000;

    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<PreparedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<PreparedDocument> _recency = new();
    private long _hits;
    private long _misses;

    public DocumentCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>How many documents are kept; 0 disables caching.</summary>
    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The lower-case hex SHA-256 of the UTF-8 text: the key of the cache and of trusted documents.</summary>
    public static string ComputeHash(string text)
    {
        var byteCount = Encoding.UTF8.GetByteCount(text);
        var bytes = byteCount <= 4096 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(text, bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }

    public bool TryGet(string hash, out PreparedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                _hits++;
                document = node.Value;
                return true;
            }

            _misses++;
        }

        document = null!;
        return false;
    }

    /// <summary>Adds or replaces the entry for the document's hash, evicting the least recently used beyond capacity.</summary>
    public void Add(PreparedDocument document)
    {
        if (Capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.Remove(document.Hash, out var existing))
            {
                _recency.Remove(existing);
            }

            _entries[document.Hash] = _recency.AddFirst(document);
            while (_entries.Count > Capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Hash);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _recency.Clear();
        }
    }
}
