using System.Text;

namespace Graph.Extraction.Observations;

internal static partial class IndicatorNamer
{
    private static int TrimTrailing(string text, int start, int end)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            if (KeptEndings.Any(w => text.AsSpan(start, end - start).EndsWith(w)))
            {
                break;
            }

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

    private static (int Start, string? Cue, bool AboutEvent) TrimLeading(ObservationScope scope, int a, int end)
    {
        string? cue = null;
        var aboutEvent = false;
        for (var changed = true; changed && a < end;)
        {
            changed = false;
            if (scope.MainEvent is not null
                && ObservationScope.EventReference().Match(scope.Context.Text, a, Math.Min(end - a, ObservationScope.MaxEventReferenceLength)) is { Success: true } reference
                && reference.Index == a)
            {
                // 本届博览会共签约项目: the event is the subject, and its name is no part of the metric.
                a += reference.Length;
                var rest = scope.Context.Text[a..end];
                a += EventNouns.FirstOrDefault(n => rest.StartsWith(n, StringComparison.Ordinal))?.Length ?? 0;
                aboutEvent = changed = true;
                continue;
            }

            if (scope.Context.Periods.StartingAt(a) is { } period && period.End <= end)
            {
                a = period.End;
                changed = true;
                continue;
            }

            if (KeptOpenings.Any(w => scope.Context.Text.AsSpan(a, end - a).StartsWith(w)))
            {
                break;
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

        return (a, cue, aboutEvent);
    }

    // Words that open with a leading word but are words of their own: 到2027年 says when, 到会 and 到场 say who came; 共 sums,
    // but 共建 (共建国家) is one word.
    private static readonly string[] KeptOpenings = ["到会", "到场", "到访", "到展", "共建"];

    // Words that end with a trailing word but are nouns: 工商机构有140家 drops the verb 有, 国有 and its like keep it.
    private static readonly string[] KeptEndings = ["国有", "所有", "公有", "私有", "专有", "特有", "固有"];

    private static readonly string[] EventNouns = ["博览会", "展会", "峰会", "大会", "论坛", "会议", "活动", "交易会"];

    // 今年计划实施重点项目: period words and 计划 inside a qualifier say when and whether, not what.
    private static readonly string[] QualifierNoise = ["今年", "去年", "明年", "全年", "本年", "上半年", "下半年", "计划"];

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
        foreach (var word in ObservationScope.CueWords.Concat(["合计", "共计"]).Concat(QualifierNoise))
        {
            cleaned = cleaned.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        // 全区可实现地区生产总值: a modal before the verb says whether, not what.
        cleaned = cleaned.EndsWith('可') ? cleaned[..^1] : cleaned;
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
        name.Length is >= 2 and <= MaxNameLength && name.Any(Text.CharClass.IsHan) && name.IndexOfAny(['，', '。', '；']) < 0
        && (!name.Contains('、', StringComparison.Ordinal) || IsOneSector(name));

    private const int MaxSectorPart = 4;

    /// <summary>
    /// 电力、热力、燃气及水生产和供应业: a sector of the statistical classification whose name itself lists its parts — short
    /// words before the last, which alone ends in 业. A list of sectors (制造业、建筑业) has 业 in every item and is no one name.
    /// </summary>
    private static bool IsOneSector(string name)
    {
        var parts = name.Split('、');
        return parts[..^1].All(p => p.Length is >= 1 and <= MaxSectorPart && p.All(Text.CharClass.IsHan) && !p.Contains('业', StringComparison.Ordinal))
            && parts[^1].Contains('业', StringComparison.Ordinal) && parts[^1].All(Text.CharClass.IsHan);
    }
}
