using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

/// <summary>The sentence an observation is read in, and what it inherits from it.</summary>
internal sealed class ObservationScope(ArticleContext context, int sentenceStart)
{
    /// <summary>Words that stand for the country, province or city the article is about.</summary>
    public static readonly string[] CueWords = ["全国", "我国", "全省", "我省", "全市", "我市"];

    public ArticleContext Context { get; } = context;

    public int SentenceStart { get; } = sentenceStart;

    /// <summary>The last single figure read in this sentence: its qualifier carries over to bare metrics that follow.</summary>
    public ObservationDraft? Previous { get; set; }

    public string? LastIndustryBefore(int position) =>
        Context.HitsIn(SentenceStart, position, EntityKind.Industry).LastOrDefault()?.Entity!.Name;

    /// <summary>The subject when the clause names none: a cue word in the clause or sentence, else the article's main place.</summary>
    public EntityRef DefaultSubject(string? cue, int position)
    {
        var sentence = Context.Text[SentenceStart..position];
        cue ??= CueWords.FirstOrDefault(w => sentence.Contains(w, StringComparison.Ordinal));
        var place = cue switch
        {
            "全国" or "我国" => Context.Gazetteer.China,
            "全省" or "我省" => PlaceContext.Province(Context),
            "全市" or "我市" => PlaceContext.City(Context),
            _ => null,
        };
        return Context.PlaceRef(place ?? Context.MainPlace ?? Context.Gazetteer.China);
    }
}
