using Graph.Extraction.Articles;
using Graph.Extraction.Dates;
using Graph.Extraction.Linking;
using Graph.Extraction.Observations;

namespace Graph.Extraction.Recognition;

/// <summary>Runs the recognizers and linkers over one article, in the order their inputs require.</summary>
internal static class ArticleAnalyzer
{
    // Gazetteer first: the patterns after it read its places (大连市 + 商务局, 朝阳市 + …有限公司).
    private static readonly Action<ArticleContext>[] Proposers =
    [
        GazetteerRecognizer.Recognize, PlaceContext.Settle, ContextWordRecognizer.Recognize, OrganizationRecognizer.Recognize, VenueRecognizer.Recognize, ZoneRecognizer.Recognize,
        MediaRecognizer.Recognize, CompanyRecognizer.Recognize, EventRecognizer.Recognize, PolicyRecognizer.Recognize,
        ProductRecognizer.Recognize, ProjectRecognizer.Recognize, IndustryRecognizer.Recognize, PlaceContext.Refine,
    ];

    // People need their employers resolved; learnt names need the people and companies found so far.
    private static readonly Action<ArticleContext>[] AfterResolution =
    [
        PersonRecognizer.Recognize, LearntNameRecognizer.Recognize, EventAliasRecognizer.Recognize, GroupNameRecognizer.Recognize,
        PlaceLinker.Link, PolicyLinker.Link, EventLinker.Link, AttendanceLinker.Link, ProductLinker.Link, ProjectLinker.Link, AffectsLinker.Link,
    ];

    public static (ArticleContext Context, List<ObservationDraft> Observations) Analyze(DocumentState document, ArticleSegment segment, EntityRef article)
    {
        var context = new ArticleContext(document, segment, article)
        {
            Periods = new PeriodIndex(PeriodParser.Find(document.Text, segment.Start, segment.End, document.Year, document.PublishedAt)),
        };
        Run(context, Proposers);

        context.Hits = HitResolver.Resolve(context.Candidates, segment.Start, segment.End);
        foreach (var hit in context.Hits)
        {
            foreach (var inner in hit.Inner ?? [])
            {
                context.AddInnerHit(inner);
            }

            context.Relations.AddRange(hit.Links ?? []);
        }

        context.HitsChanged();
        Run(context, AfterResolution);
        return (context, ObservationExtractor.Extract(context));
    }

    private static void Run(ArticleContext context, Action<ArticleContext>[] steps)
    {
        foreach (var step in steps)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            step(context);
        }

        context.Cancellation.ThrowIfCancellationRequested();
    }
}
