using System.Text;

namespace Graph.Extraction.Observations;

internal static partial class IndicatorNamer
{
    private static int TrimTrailing(string text, int start, int end)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var word in TrailingWords)
            {
                if (end - start > word.Length && text.AsSpan(start, end - start).EndsWith(word))
                {
                    end -= word.Length;
                    changed = true;
                    break;
                }
            }
        }

        return end;
    }

    private static (int Start, string? Cue) TrimLeading(ObservationScope scope, int a, int end)
    {
        string? cue = null;
        for (var changed = true; changed && a < end;)
        {
            changed = false;
            if (scope.Context.Periods.FirstOrDefault(p => p.Start == a && p.End <= end) is { } period)
            {
                a = period.End;
                changed = true;
                continue;
            }

            foreach (var word in LeadingWords.Concat(ObservationScope.CueWords))
            {
                // Keep 计划 in 计划投资: stripping it would leave a bare 投资.
                if (scope.Context.Text.AsSpan(a, end - a).StartsWith(word) && end - a - word.Length > 2)
                {
                    cue = ObservationScope.CueWords.Contains(word) ? word : cue;
                    a += word.Length;
                    changed = true;
                    break;
                }
            }
        }

        return (a, cue);
    }

    private static (string Qualifier, int MetricStart) SplitAtVerb(string text, int a, int end)
    {
        var best = -1;
        var bestLength = 0;
        foreach (var verb in Verbs)
        {
            var at = text.LastIndexOf(verb, end - 1, end - a, StringComparison.Ordinal);
            if (at > best && at + verb.Length < end)
            {
                (best, bestLength) = (at, verb.Length);
            }
        }

        return best < 0 ? (string.Empty, a) : (text[a..best], best + bestLength);
    }

    private static string CleanQualifier(string qualifier)
    {
        var cleaned = Classifier().Replace(qualifier, string.Empty);
        foreach (var word in ObservationScope.CueWords.Concat(["合计", "共计"]))
        {
            cleaned = cleaned.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        return cleaned is "企业" ? string.Empty : cleaned.StartsWith("企业", StringComparison.Ordinal) ? cleaned[2..] : cleaned;
    }

    internal static string WithoutParentheses(string value)
    {
        var builder = new StringBuilder(value.Length);
        var depth = 0;
        foreach (var c in value)
        {
            depth += c is '（' or '(' ? 1 : 0;
            if (depth == 0)
            {
                builder.Append(c);
            }

            depth -= c is '）' or ')' && depth > 0 ? 1 : 0;
        }

        return builder.ToString();
    }

    private static bool IsUsable(string name) =>
        name.Length is >= 2 and <= MaxNameLength && name.Any(Text.CharClass.IsHan) && name.IndexOfAny(['，', '。', '、', '；']) < 0;
}
