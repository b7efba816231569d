using System.Buffers;
using System.Text.RegularExpressions;
using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// News outlets by construction, not by list: the agency or site that opens a dateline (某某社北京3月2日电, 某某网上海11月10日电),
/// the outlet before 记者 in a byline (（江城日报全媒体记者 何远）), a title in 《》 ending in a newspaper or magazine word
/// (《滨海日报》), and a name after 杂志/媒体 (科技杂志《某刊》, 当地媒体“某某”). A place right before the media word or 《》
/// (某国《某某时报》) is where the outlet is.
/// </summary>
internal static partial class MediaRecognizer
{
    public static void Recognize(ArticleContext context)
    {
        var text = context.Text;
        var places = context.PlacesByEnd();
        Datelines(context, places);

        for (var match = Byline().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            Add(context, match, withPlace: false, places);
        }

        OwnPaper(context);
        for (var match = Titled().Match(text, context.Start, context.End - context.Start); match.Success; match = match.NextMatch())
        {
            Add(context, match, withPlace: true, places);
        }
    }

    /// <summary>
    /// The dateline pattern can start at any Chinese character, so it is run only in a window before each place where a
    /// dateline can end (…日电, …日讯, …日消息, …讯（): every match holds one of these, at most <see cref="DatelineReach"/>
    /// characters after its start, and ends right after it. Starting the search at most that far before the next such place
    /// finds the same leftmost match the whole-range scan finds, since no match can start earlier without an ending earlier.
    /// </summary>
    private static void Datelines(ArticleContext context, Dictionary<int, Hit> places)
    {
        var text = context.Text;
        var position = context.Start;
        while (NextDatelineEnding(text, position, context.End) is var ending and >= 0)
        {
            var start = Math.Max(position, ending - DatelineReach);
            var end = Math.Min(context.End, ending + DatelineEndingLength);
            var match = Dateline().Match(text, start, end - start);
            if (match.Success)
            {
                Add(context, match, withPlace: false, places);
                position = match.Index + match.Length;
            }
            else
            {
                position = ending + 1;
            }
        }
    }

    private static int NextDatelineEnding(string text, int from, int to) =>
        text.AsSpan(from, to - from).IndexOfAny(DatelineEndings) is var at and >= 0 ? from + at : -1;

    // The outlet (≤ 6 characters and a 4-character media word), up to 6 more characters and a date (≤ 6): 22, with room.
    private const int DatelineReach = 40;

    private const int DatelineEndingLength = 3;

    private static readonly SearchValues<string> DatelineEndings =
        SearchValues.Create(["日电", "日讯", "日消息", "讯（", "讯("], StringComparison.Ordinal);

    /// <summary>本报讯, 本报广州5月5日电: "this paper" is the outlet of the 来源 line at the head of the document.</summary>
    private static void OwnPaper(ArticleContext context)
    {
        var text = context.Text;
        var own = OwnPaperLine().Match(text, context.Start, context.End - context.Start);
        if (!own.Success)
        {
            return;
        }

        // The paper names itself in the document's head (来源：某某日报, or its name before 发布时间) or in the article's footer
        // (《某某日报》（2025年05月06日 10版）).
        var head = Math.Min(text.Length, HeadLength);
        var footer = Math.Max(context.Start, context.End - HeadLength);
        var source = SourceLine().Match(text, 0, head) is { Success: true } inHead ? inHead : SourceLine().Match(text, footer, context.End - footer);
        if (!source.Success)
        {
            return;
        }

        var paper = EntityRef.Named(EntityKind.Organization, source.Groups["o"].Value, "media");
        context.Candidates.Add(new Hit(paper, own.Index, own.Index + 2, Hit.PatternPriority));
    }

    private const int HeadLength = 300;

    [GeneratedRegex(@"本报(?:讯|[\u4e00-\u9fff]{0,6}?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯|消息))")]
    private static partial Regex OwnPaperLine();

    [GeneratedRegex(@"来源\s*[:：]\s*(?<o>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|时报|报))|(?<o>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|时报|报))[\s　]*发布时间|《(?<o>[\u4e00-\u9fff]{2,12}?(?:日报|晚报|时报|报))》[（(]\s*(?:19|20)[0-9]{2}年")]
    private static partial Regex SourceLine();

    private static void Add(ArticleContext context, Match match, bool withPlace, Dictionary<int, Hit> places)
    {
        if (!match.Success)
        {
            return;
        }

        var group = match.Groups["o"];
        var (start, end) = (group.Index, group.Index + group.Length);
        if (end - start < 2 || group.Value.StartsWith('本'))
        {
            return;
        }

        var media = EntityRef.Named(EntityKind.Organization, group.Value, "media");
        var place = withPlace
            ? places.GetValueOrDefault(match.Index)
            : null;
        context.Candidates.Add(place is null
            ? new Hit(media, start, end, Hit.PatternPriority)
            : new Hit(media, start, end, Hit.PatternPriority, null,
                [new RelationDraft(RelationType.LocatedIn, media, place.Entity!, place.Start, end)]));
    }

    // The outlet (a header line may have been joined onto it), then the city (perhaps none), then the day and 电/讯/消息, or 全媒体讯 alone.
    [GeneratedRegex(@"(?<o>(?:(?![社网报台本])[\u4e00-\u9fff]){1,6}?(?:通讯社|社|网|日报|报|电视台|广播电视台))(?:(?:(?![社网报台本])[\u4e00-\u9fff]){0,6}?[0-9]{1,2}月[0-9]{1,2}日(?:电|讯|消息)|(?:全媒体|融媒体)?讯[（(])")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"[（(](?:本报讯)?\s*(?<o>(?:(?![社网报台本])[\u4e00-\u9fff]){1,10}?(?:通讯社|社|网|日报|晚报|报|电视台|台|杂志|周刊))(?:全媒体|融媒体|首席|特约|实习|见习|驻[\u4e00-\u9fff]{1,4})*记者")]
    private static partial Regex Byline();

    [GeneratedRegex(@"《(?<o>[\u4e00-\u9fff]{1,10}(?:日报|晚报|时报|报|杂志|周刊))》|(?:杂志|媒体|报纸|网站|刊物)[《“""](?<o>[^《》“”""，。、]{2,20})[》”""]")]
    private static partial Regex Titled();
}
