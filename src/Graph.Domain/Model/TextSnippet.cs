using System.Text;

namespace Graph.Domain.Model;

/// <summary>
/// A span of a document's text with some text on either side: <see cref="Before"/>, <see cref="Match"/> and
/// <see cref="After"/> are exact slices of the original (their concatenation is the text from <see cref="Start"/> to
/// <see cref="End"/>); <see cref="Marked"/> is the same for reading, with the span between <see cref="MarkOpen"/> and
/// <see cref="MarkClose"/>, white space runs collapsed and an ellipsis where the text goes on.
/// </summary>
public sealed record TextSnippet(string Before, string Match, string After, int Start, int End)
{
    /// <summary>Opens the span in <see cref="Marked"/> (U+27E6, a bracket newsletters do not use, unlike 【】).</summary>
    public const char MarkOpen = '⟦';

    /// <summary>Closes the span in <see cref="Marked"/> (U+27E7).</summary>
    public const char MarkClose = '⟧';

    private const char Ellipsis = '…';

    /// <summary>Whether the text goes on before <see cref="Start"/>.</summary>
    public bool TruncatedBefore => Start > 0;

    /// <summary>Whether the text goes on after <see cref="End"/>; needs the text's length, so it is set by <see cref="Cut"/>.</summary>
    public bool TruncatedAfter { get; init; }

    /// <summary>The snippet for reading: <c>…before⟦match⟧after…</c>.</summary>
    public string Marked
    {
        get
        {
            var builder = new StringBuilder(Before.Length + Match.Length + After.Length + 4);
            if (TruncatedBefore)
            {
                builder.Append(Ellipsis);
            }

            AppendCollapsed(builder, Before + Match + After, Before.Length, Before.Length + Match.Length);
            if (TruncatedAfter)
            {
                builder.Append(Ellipsis);
            }

            return builder.ToString();
        }
    }

    /// <summary>
    /// The span of <paramref name="text"/> with up to <paramref name="context"/> UTF-16 code units on each side; null when the
    /// span does not lie inside the text. No slice splits a surrogate pair: a span that starts or ends inside a pair is
    /// widened to the whole character, and context that would end inside one is narrowed (so it never exceeds the bound).
    /// </summary>
    public static TextSnippet? Cut(string text, TextSpan span, int context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            return null;
        }

        var start = InsidePair(text, span.Start) ? span.Start - 1 : span.Start;
        var end = InsidePair(text, span.End) ? span.End + 1 : span.End;
        var from = Math.Max(0, start - context);
        from = InsidePair(text, from) ? from + 1 : from;
        var to = (int)Math.Min(text.Length, (long)end + context);
        to = InsidePair(text, to) ? to - 1 : to;
        return new TextSnippet(text[from..start], text[start..end], text[end..to], from, to) { TruncatedAfter = to < text.Length };
    }

    // True when index falls between the high and the low half of a surrogate pair.
    private static bool InsidePair(string text, int index) =>
        index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    // Appends value with MarkOpen at index open and MarkClose at index close. A run of white space becomes one space, or
    // nothing when it holds a line break between two CJK characters (a wrapped Chinese line); marks inside a run follow it.
    private static void AppendCollapsed(StringBuilder builder, string value, int open, int close)
    {
        var i = 0;
        while (i < value.Length)
        {
            Marks(i, i);
            if (!char.IsWhiteSpace(value[i]))
            {
                builder.Append(value[i++]);
                continue;
            }

            var run = i;
            var lineBreak = false;
            while (i < value.Length && char.IsWhiteSpace(value[i]))
            {
                lineBreak |= value[i] is '\n' or '\r';
                i++;
            }

            var joinsCjk = lineBreak && run > 0 && i < value.Length && IsCjk(value[run - 1]) && IsCjk(value[i]);
            if (!joinsCjk)
            {
                builder.Append(' ');
            }

            Marks(run + 1, i - 1);
        }

        Marks(value.Length, value.Length);

        void Marks(int from, int to)
        {
            if (open >= from && open <= to)
            {
                builder.Append(MarkOpen);
            }

            if (close >= from && close <= to)
            {
                builder.Append(MarkClose);
            }
        }
    }

    // CJK ideographs and punctuation, fullwidth forms and surrogates (the supplementary ideographs).
    private static bool IsCjk(char c) => c >= '\u2E80' && c is not (>= '\uE000' and <= '\uF8FF');
}
