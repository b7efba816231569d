namespace Graph.Extraction.Text;

/// <summary>Character tests shared by repair and the recognizers.</summary>
internal static class CharClass
{
    /// <summary>Clause and sentence punctuation, Chinese and ASCII, that no name spans.</summary>
    public const string Punctuation = "，。；：！？、,.;:!?（）()《》【】“”‘’\"'「」…—\n ";

    public static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\uFEFF' or '\f' or '\v' || (c > '\u007F' && char.IsWhiteSpace(c));

    public static bool IsPunctuation(char c) => Punctuation.Contains(c, StringComparison.Ordinal);

    /// <summary>Full-width digits, Latin letters and % become ASCII so patterns see one form; everything else is kept.</summary>
    public static char Narrow(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' or '\uFF05' => (char)(c - 0xFEE0),
        _ => c,
    };

    /// <summary>True for a character that ends a sentence, so a line ending in it is a real line end, not a PDF wrap.</summary>
    public static bool EndsSentence(char c) => c is '。' or '！' or '？' or '!' or '?' or '…' or '；';
}
