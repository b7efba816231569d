using Graph.Domain.Model;
using Xunit;

namespace Graph.Domain.Tests.Model;

public sealed class TextSnippetTests
{
    private const string Text = "一季度，新区产业园签约额增长57%，带动就业。";

    [Fact]
    public void The_span_is_cut_with_context_on_each_side_and_marked()
    {
        var start = Text.IndexOf("产业园", StringComparison.Ordinal);

        var snippet = TextSnippet.Cut(Text, new TextSpan(start, 3), 3)!;

        Assert.Equal("，新区", snippet.Before);
        Assert.Equal("产业园", snippet.Match);
        Assert.Equal("签约额", snippet.After);
        Assert.Equal((start - 3, start + 6), (snippet.Start, snippet.End));
        Assert.True(snippet.TruncatedBefore);
        Assert.True(snippet.TruncatedAfter);
        Assert.Equal("…，新区⟦产业园⟧签约额…", snippet.Marked);
    }

    [Fact]
    public void Context_stops_at_the_ends_of_the_text()
    {
        var snippet = TextSnippet.Cut(Text, new TextSpan(0, 3), 1_000)!;

        Assert.Equal(string.Empty, snippet.Before);
        Assert.Equal(Text[3..], snippet.After);
        Assert.False(snippet.TruncatedBefore);
        Assert.False(snippet.TruncatedAfter);
        Assert.Equal($"⟦一季度⟧{Text[3..]}", snippet.Marked);
    }

    [Fact]
    public void A_span_at_the_very_end_and_an_empty_span_are_cut()
    {
        var atEnd = TextSnippet.Cut(Text, new TextSpan(Text.Length - 1, 1), 2)!;
        var empty = TextSnippet.Cut(Text, new TextSpan(Text.Length, 0), 2)!;

        Assert.Equal("。", atEnd.Match);
        Assert.Equal(string.Empty, atEnd.After);
        Assert.Equal(string.Empty, empty.Match);
        Assert.Equal("业。", empty.Before);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(0, -1)]
    [InlineData(20, 30)]
    [InlineData(25, 0)]
    public void A_span_outside_the_text_has_no_snippet(int start, int length)
    {
        Assert.Null(TextSnippet.Cut(Text, new TextSpan(start, length), 5));
    }

    [Fact]
    public void Context_never_splits_a_surrogate_pair_and_stays_within_its_bound()
    {
        // 𠀀 and 𠀁 are one character each and two UTF-16 code units.
        const string text = "a𠀀b𠀁c";

        // One code unit of context before "b" would end inside 𠀀: it is narrowed to none.
        var snippet = TextSnippet.Cut(text, new TextSpan(3, 1), 1)!;

        Assert.Equal(string.Empty, snippet.Before);
        Assert.Equal(string.Empty, snippet.After);
        Assert.Equal("b", snippet.Match);
        var wider = TextSnippet.Cut(text, new TextSpan(3, 1), 2)!;
        Assert.Equal(("𠀀", "𠀁"), (wider.Before, wider.After));
    }

    [Fact]
    public void A_span_that_starts_or_ends_inside_a_surrogate_pair_is_widened_to_the_whole_character()
    {
        const string text = "a𠀀b";

        var fromInside = TextSnippet.Cut(text, new TextSpan(2, 2), 0)!;
        var toInside = TextSnippet.Cut(text, new TextSpan(0, 2), 0)!;

        Assert.Equal("𠀀b", fromInside.Match);
        Assert.Equal("a𠀀", toInside.Match);
        Assert.All([fromInside.Before, fromInside.After, toInside.Before, toInside.After], s => Assert.Equal(string.Empty, s));
    }

    [Fact]
    public void The_marked_form_joins_wrapped_Chinese_lines_and_collapses_other_white_space()
    {
        const string text = "根据最新数据，今年\n\n1-3 月签约额\r\n增长  57%。";

        var snippet = TextSnippet.Cut(text, new TextSpan(text.IndexOf("签约额", StringComparison.Ordinal), 3), 100)!;

        Assert.Equal("根据最新数据，今年 1-3 月⟦签约额⟧增长 57%。", snippet.Marked);
        Assert.Equal(text, snippet.Before + snippet.Match + snippet.After);
    }
}
