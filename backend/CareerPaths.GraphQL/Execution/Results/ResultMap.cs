using System.Collections;
using System.Diagnostics.CodeAnalysis;
using CareerPaths.GraphQL.Execution.Planning;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution;

/// <summary>
/// A completed object of the response: its values in response-key order. The keys live once in the shared
/// grouped field set, so an object costs one array, not a dictionary. Read it as an ordered dictionary.
/// </summary>
public sealed class ResultMap : ResultNode, IReadOnlyDictionary<string, object?>
{
    private readonly CollectedField[] _fields;
    private readonly object?[] _values;

    internal ResultMap(GroupedFieldSet fieldSet, ResultNode? parent, int parentIndex)
        : base(parent, parentIndex)
    {
        _fields = fieldSet.Fields;
        _values = _fields.Length == 0 ? [] : new object?[_fields.Length];
    }

    public int Count => _fields.Length;

    public IEnumerable<string> Keys => _fields.Select(f => f.ResponseKey);

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The response key at <paramref name="index"/> (selection order).</summary>
    public string KeyAt(int index) => _fields[index].ResponseKey;

    /// <summary>The completed value at <paramref name="index"/>: null, a leaf, a <see cref="ResultMap"/> or a <see cref="ResultList"/>.</summary>
    public object? ValueAt(int index) => _values[index];

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_fields[i].ResponseKey, _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal CollectedField FieldAt(int index) => _fields[index];

    internal override void SetValue(int index, object? value) => _values[index] = value;

    internal override object? GetValue(int index) => _values[index];

    internal override GraphQLType PositionType(int index) => _fields[index].Definition.Type;

    internal override object PathStep(int index) => _fields[index].ResponseKey;

    private int IndexOf(string key)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i].ResponseKey == key)
            {
                return i;
            }
        }

        return -1;
    }
}
