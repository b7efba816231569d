using Graph.Extraction.Lexicon;

namespace Graph.Extraction.Recognition;

/// <summary>
/// 全国 and 全省, 我省, 本省, 全市, 我市, 本市: mentions of the country, or of the province or city the article is about
/// (<see cref="PlaceContext"/>: its source, else its main place). When the article does not settle which province or city,
/// the word stays unresolved rather than pointing at a guess. The words become mentions, never aliases.
/// </summary>
internal static class ContextWordRecognizer
{
    // 全省 in 全省平均 still means the province; inside a longer name (全国传感器产业链大赛) the longer name wins anyway.
    private static readonly string[] Words = ["全国", "全省", "我省", "本省", "全市", "我市", "本市"];

    public static void Recognize(ArticleContext context)
    {
        foreach (var word in Words)
        {
            GazetteerEntry? place = null;
            var resolved = false;
            for (var at = context.Find(word, context.Start); at >= 0; at = context.Find(word, at + word.Length))
            {
                if (!resolved)
                {
                    place = word[1] switch
                    {
                        '国' => context.Gazetteer.China,
                        '省' => PlaceContext.Province(context),
                        _ => PlaceContext.City(context),
                    };
                    resolved = true;
                }

                if (place is null)
                {
                    break;
                }

                context.Candidates.Add(new Hit(context.PlaceRef(place), at, at + word.Length, Hit.PatternPriority) { Contextual = true });
            }
        }

    }
}
