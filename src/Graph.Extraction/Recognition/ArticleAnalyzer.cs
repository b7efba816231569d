using Graph.Extraction.Articles;
using Graph.Extraction.Dates;
using Graph.Extraction.Linking;
using Graph.Extraction.Observations;

namespace Graph.Extraction.Recognition;

/// <summary>Runs the recognizers and linkers over one article, in the order their inputs require.</summary>
internal static class ArticleAnalyzer
{
    public static (ArticleContext Context, List<ObservationDraft> Observations) Analyze(DocumentState document, ArticleSegment segment, EntityRef article)
    {
        var context = new ArticleContext(document, segment, article)
        {
            Periods = PeriodParser.Find(document.Text, segment.Start, segment.End, document.Year, document.PublishedAt),
        };

        // Gazetteer first: the patterns below read its places (大连市 + 商务局, 朝阳市 + …有限公司).
        GazetteerRecognizer.Recognize(context);
        PlaceContext.Settle(context);
        ContextWordRecognizer.Recognize(context);
        OrganizationRecognizer.Recognize(context);
        CompanyRecognizer.Recognize(context);
        EventRecognizer.Recognize(context);
        PolicyRecognizer.Recognize(context);
        ProductRecognizer.Recognize(context);
        IndustryRecognizer.Recognize(context);
        PlaceContext.Refine(context);

        context.Hits = HitResolver.Resolve(context.Candidates, segment.Start, segment.End);
        foreach (var hit in context.Hits)
        {
            context.InnerHits.AddRange(hit.Inner ?? []);
            context.Relations.AddRange(hit.Links ?? []);
        }

        // People need their employers resolved; learnt names need the people and companies found so far.
        PersonRecognizer.Recognize(context);
        LearntNameRecognizer.Recognize(context);

        PlaceLinker.Link(context);
        PolicyLinker.Link(context);
        EventLinker.Link(context);
        ProductLinker.Link(context);
        AffectsLinker.Link(context);
        return (context, ObservationExtractor.Extract(context));
    }
}
