using Graph.Domain.Model;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

internal static partial class PersonRecognizer
{
    private const int MaxTitleLength = 6;

    // 宣传部, 新闻办: what ends the name of a body never ends a person's name.
    private const string BodyEndings = "部局委办厅司处院所室署";

    /// <summary>The end of a Chinese name (surname + one or two given characters) starting at <paramref name="start"/>, or null.</summary>
    internal static int? ChineseName(string text, int start, int max)
    {
        var surname = SurnameLength(text, start, max);
        if (surname == 0 || start + surname >= max || !Text.CharClass.IsHan(text[start + surname]))
        {
            return null;
        }

        var end = start + surname + 1;
        if (end < max && Text.CharClass.IsHan(text[end]) && !Words.NameStopChars.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        // 李强出席, 王明宣布: a two-character name that something closing follows beats a three-character one that nothing does.
        if (end - start == 3 && surname == 1 && ClosedName(text, start, max) is { } closed)
        {
            end = closed;
        }

        // 苏雷什·拉奥: a dot right after means a transliterated name, which Foreign reads whole.
        return end < max && NameDots.Contains(text[end], StringComparison.Ordinal) ? null : end;
    }

    internal static bool IsChineseName(string text, int start, int end)
    {
        var surname = SurnameLength(text, start, end);
        var given = end - start - surname;
        if (surname == 0 || given is < 1 or > 2 || BodyEndings.Contains(text[end - 1], StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!Text.CharClass.IsHan(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SurnameLength(string text, int start, int max)
    {
        if (start + 2 <= max && Words.CompoundSurnames.Contains(text.Substring(start, 2)))
        {
            return 2;
        }

        return start < max && Words.Surnames.Contains(text[start]) ? 1 : 0;
    }

    /// <summary>拉吉夫·梅农 after a title (经济学家, 教授); the employer is the organization right before the title, if any.</summary>
    private static void Foreign(ArticleContext context, List<Hit> found)
    {
        var text = context.Text;
        for (var dot = context.FindAny(NameDots, context.Start); dot >= 0; dot = context.FindAny(NameDots, dot + 1))
        {
            var (nameStart, titleStart) = ForeignNameStart(text, dot, context.Start);
            var nameEnd = dot + 1;
            while (nameEnd < context.End && nameEnd - dot <= MaxForeignPart && Text.CharClass.IsHan(text[nameEnd])
                   && !Words.NameStopChars.Contains(text[nameEnd], StringComparison.Ordinal))
            {
                nameEnd++;
            }

            if (nameStart < 0 || nameEnd == dot + 1)
            {
                continue;
            }

            var person = EntityRef.Named(EntityKind.Person, text[nameStart..nameEnd]);
            found.Add(new Hit(person, nameStart, nameEnd, Hit.PatternPriority));
            var employer = context.Index.EndingAt(titleStart, EntityKind.Organization, EntityKind.Company);
            if (employer is not null)
            {
                context.Relate(RelationType.WorksFor, person, employer.Entity!, employer.Start, nameEnd, text[titleStart..nameStart]);
                context.Document.Employers.TryAdd(person, employer.Entity!);
            }
        }
    }

    private static (int NameStart, int TitleStart) ForeignNameStart(string text, int dot, int min)
    {
        for (var s = dot - 1; s >= Math.Max(min + 1, dot - MaxForeignPart); s--)
        {
            if (!Text.CharClass.IsHan(text[s]))
            {
                break;
            }

            for (var length = MaxTitleLength; length >= 2; length--)
            {
                if (s - length >= min && Words.Titles.Contains(text.Substring(s - length, length)))
                {
                    return (s, s - length);
                }
            }
        }

        return (-1, -1);
    }
}
