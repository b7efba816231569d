namespace Graph.Extraction.Text;

/// <summary>
/// The document as the recognizers read it, character for character as long as the original so offsets carry over unchanged:
/// Traditional characters as Simplified (<see cref="TraditionalChinese"/>), full-width digits, letters and % narrowed, and the
/// ASCII punctuation of a Chinese text widened to its Chinese form (，：；（）“” ！？) — except where it belongs to a number
/// (288,938; 19:32).
/// </summary>
internal static class ReadingForm
{
    public static string Of(string original)
    {
        var text = original.ToCharArray();
        if (TraditionalChinese.IsTraditional(original))
        {
            TraditionalChinese.ToSimplified(text);
        }

        var openQuote = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = CharClass.Narrow(text[i]);
            if (c is not (',' or ':' or ';' or '(' or ')' or '!' or '?' or '"' or '\n'))
            {
                // Most characters are none of these: no neighbour to look at.
                text[i] = c;
                continue;
            }

            text[i] = c switch
            {
                ',' when !BetweenDigits(text, i) => '，',
                ':' when !BetweenDigits(text, i) => '：',
                ';' => '；',
                '(' => '（',
                ')' => '）',
                '!' => '！',
                '?' => '？',
                '"' => (openQuote = !openQuote) ? '”' : '“',
                '\n' => ResetQuotes(ref openQuote, c),
                _ => c,
            };
        }

        return new string(text);
    }

    private static bool BetweenDigits(char[] text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsAsciiDigit(CharClass.Narrow(text[i - 1])) && char.IsAsciiDigit(CharClass.Narrow(text[i + 1]));

    /// <summary>Quotes pair up within a line: a stray one does not turn every later quote around.</summary>
    private static char ResetQuotes(ref bool openQuote, char c)
    {
        openQuote = true;
        return c;
    }
}
