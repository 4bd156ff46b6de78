using System.Numerics;

namespace CareerPaths.Matching.Similarity;

/// <summary>In-place transforms over a row-major matrix of role vectors (rows = roles, columns = skills).</summary>
internal static class SimilarityVectors
{
    public static void CentreRows(double[] m, int rows, int columns)
    {
        for (var r = 0; r < rows; r++)
        {
            var row = m.AsSpan(r * columns, columns);
            var mean = columns == 0 ? 0 : Sum(row) / columns;
            foreach (ref var x in row)
            {
                x -= mean;
            }
        }
    }

    public static void CentreColumns(double[] m, int rows, int columns)
    {
        for (var c = 0; c < columns; c++)
        {
            var mean = 0.0;
            for (var r = 0; r < rows; r++) mean += m[r * columns + c];
            mean /= rows;
            for (var r = 0; r < rows; r++) m[r * columns + c] -= mean;
        }
    }

    /// <summary>Scales every row to unit length; an all-zero row stays zero (cosine 0 with everything).</summary>
    public static void Normalise(double[] m, int rows, int columns)
    {
        for (var r = 0; r < rows; r++)
        {
            var row = m.AsSpan(r * columns, columns);
            var norm = Math.Sqrt(Dot(row, row));
            if (norm <= 1e-12)
            {
                row.Clear();
                continue;
            }
            foreach (ref var x in row)
            {
                x /= norm;
            }
        }
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = Vector<double>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            sum += new Vector<double>(a[i..]) * new Vector<double>(b[i..]);
        }
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }
        return total;
    }

    private static double Sum(ReadOnlySpan<double> row)
    {
        var total = 0.0;
        foreach (var x in row) total += x;
        return total;
    }
}
