using System.Collections;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution;

/// <summary>A completed list of the response; items are null, leaves, <see cref="ResultMap"/>s or nested lists.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private object?[] _items;
    private int _count;

    internal ResultList(CollectedField field, GraphQLType itemType, int capacity, ResultNode parent, int parentIndex)
        : base(parent, parentIndex)
    {
        Field = field;
        ItemType = itemType;
        _items = capacity == 0 ? [] : new object?[capacity];
    }

    public int Count => _count;

    public object? this[int index] => (uint)index < (uint)_count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The field whose value this list is (its nodes locate the items' errors).</summary>
    internal CollectedField Field { get; }

    internal GraphQLType ItemType { get; }

    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _items[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Appends a slot for the next item and returns its index.</summary>
    internal int AddSlot()
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, _items.Length * 2));
        }

        return _count++;
    }

    internal override void SetValue(int index, object? value) => _items[index] = value;

    internal override object? GetValue(int index) => _items[index];

    internal override GraphQLType PositionType(int index) => ItemType;

    internal override object PathStep(int index) => index;
}
