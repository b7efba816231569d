using System.Diagnostics;
using System.Globalization;

namespace Graph.Bench.Measure;

/// <summary>
/// Durations of one operation, and their percentiles (nearest rank). A run that stops at its query budget (the analytics
/// time bound, <see cref="OperationCanceledException"/>) counts with the time it took and is reported apart: on a loaded
/// machine some paths queries reach the bound, and that is a measurement, not a reason to end the benchmark.
/// </summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> _milliseconds = [];

    public string Name { get; } = name;

    public int Count => _milliseconds.Count;

    /// <summary>Runs that stopped at their query budget.</summary>
    public int OverBudget { get; private set; }

    public async Task<T?> TimeAsync<T>(Func<Task<T>> operation)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            OverBudget++;
            return default;
        }
        finally
        {
            _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    public double Percentile(double p)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public double Mean => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Average();

    public string Row() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {Count} | {Mean:F3} | {Percentile(50):F3} | {Percentile(95):F3} | {Percentile(99):F3} | {Percentile(100):F3} | {OverBudget} |");

    public const string Header = "| operation | n | mean ms | p50 ms | p95 ms | p99 ms | max ms | over budget |\n|---|---:|---:|---:|---:|---:|---:|---:|";
}
