using System.Text;
using Graph.Storage.Sqlite.Search;
using Xunit;

namespace Graph.Storage.Sqlite.Tests;

/// <summary>The bulk path's packed postings must be the grams SearchText defines, in the order SQLite keys them.</summary>
public sealed class GramPostingTests
{
    [Theory]
    [InlineData("大连市")]
    [InlineData("R")]
    [InlineData("AAA")]
    [InlineData("𠀀𠀁A")] // characters outside the BMP are one code point each, two UTF-16 units
    [InlineData("\uE000\uFFFD")]
    public void A_term_s_postings_are_its_index_grams(string term)
    {
        var postings = new List<GramPosting>();

        GramPosting.AddTo(postings, term, 42);

        Assert.Equal(SearchText.IndexGrams(term), postings.Select(p => p.GramText()));
        Assert.All(postings, p => Assert.Equal((SearchText.Length(term), 42L), (p.Length, p.EntityNo)));
        Span<byte> utf8 = stackalloc byte[GramPosting.MaxUtf8Bytes];
        foreach (var posting in postings)
        {
            Assert.Equal(Encoding.UTF8.GetBytes(posting.GramText()), utf8[..posting.GramUtf8(utf8)].ToArray());
        }
    }

    [Fact]
    public void Postings_sort_as_the_table_key_gram_bytes_then_length_then_entity()
    {
        var postings = new List<GramPosting>();
        string[] terms = ["大连", "𠀀大", "\uFFFD大", "AB", "ABC", "大连市"];
        for (var i = 0; i < terms.Length; i++)
        {
            GramPosting.AddTo(postings, terms[i], terms.Length - i);
        }

        postings.Sort();

        var expected = postings
            .OrderBy(p => Encoding.UTF8.GetBytes(p.GramText()), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)))
            .ThenBy(p => p.Length)
            .ThenBy(p => p.EntityNo);
        Assert.Equal(expected, postings);
    }
}
