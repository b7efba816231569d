using Graph.Storage.Sqlite.Writing;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

public sealed class MentionRowTests
{
    [Fact]
    public void Rows_sort_in_the_order_of_the_mentions_key()
    {
        var random = new Random(7);
        // Few distinct values per column, so rows tie on every prefix of the key.
        var rows = Enumerable.Range(0, 2000)
            .Select(_ => new MentionRow(
                (MentionTargetKind)random.Next(3), random.Next(3), random.Next(3), random.Next(3), random.Next(3), random.Next(3)))
            .ToArray();
        var expected = rows
            .OrderBy(r => r.Kind).ThenBy(r => r.TargetNo).ThenBy(r => r.DocumentNo)
            .ThenBy(r => r.SpanStart).ThenBy(r => r.SpanLength).ThenBy(r => r.ArticleNo)
            .ToArray();

        Array.Sort(rows);

        Assert.Equal(expected, rows);
    }
}
