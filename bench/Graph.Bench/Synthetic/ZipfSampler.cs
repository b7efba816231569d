namespace Graph.Bench.Synthetic;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: rank 0 is the hub (中国, 商务部), the tail is long.
/// This is what gives the graph its skewed degree distribution.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _cumulative = new double[count];
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = sum;
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return index >= 0 ? index : Math.Min(~index, _cumulative.Length - 1);
    }
}
