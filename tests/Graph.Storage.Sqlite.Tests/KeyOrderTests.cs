using Graph.Storage.Sqlite.Writing;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>A batch's rows go in in the ordinal order of their IDs; the numeric shortcut must give exactly that order.</summary>
public sealed class KeyOrderTests
{
    [Fact]
    public void Hash_ids_come_out_in_ordinal_order_with_ties_in_batch_order()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 2000)
            .Select(i => (Id: "rel_" + ((ulong)random.NextInt64()).ToString("x16", System.Globalization.CultureInfo.InvariantCulture), No: i))
            .ToList();
        rows.Add((rows[10].Id, 2000)); // the same ID twice: the first keeps its place before the second
        rows.Add(("rel_0000000000000000", 2001));
        rows.Add(("rel_ffffffffffffffff", 2002));

        var sorted = KeyOrder.ById(rows, r => r.Id, "rel_");

        Assert.Equal(rows.OrderBy(r => r.Id, StringComparer.Ordinal), sorted);
    }

    [Theory]
    [InlineData("rel_00000000000000AB")] // upper-case digits sort after lower-case ones as text
    [InlineData("rel_123")]
    [InlineData("obs_0000000000000001")]
    [InlineData("rel_00000000000000g1")]
    [InlineData("rel_+000000000000001")]
    public void Ids_of_any_other_shape_are_ordered_as_text(string odd)
    {
        string[] rows = ["rel_00000000000000ab", odd, "rel_0000000000000001", "rel_00000000000000ff"];

        Assert.Equal(rows.Order(StringComparer.Ordinal), KeyOrder.ById(rows, r => r, "rel_"));
    }
}
