using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Extraction.Articles;
using Graph.Extraction.Assembly;
using Graph.Extraction.Dates;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Recognition;
using Graph.Extraction.Text;

namespace Graph.Extraction;

/// <summary>
/// Repairs the text, cuts it into articles, runs the recognizers, linkers and figure patterns over each, and assembles one
/// batch. Holds only the read-only gazetteer, so one instance serves every thread.
/// </summary>
internal sealed class DocumentExtractor(Gazetteer gazetteer) : IDocumentExtractor
{
    public GraphBatch Extract(SourceDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(document.Text))
        {
            throw new DocumentRejectedException(document.Name, "it contains no text");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var hash = StableIds.DocumentHash(document.Text);
        var repaired = TextRepairer.Repair(document.Text);
        cancellationToken.ThrowIfCancellationRequested();

        // A date the caller gives wins (ingest --published, an HTML page's meta); then the document's own; then its file name.
        var publishedAt = document.PublishedAt ?? PublishedAtInference.FromText(repaired.Text) ?? PublishedAtInference.FromName(document.Name);
        var state = new DocumentState(repaired, gazetteer, publishedAt?.Year ?? PeriodParser.LatestYear(repaired.Text), publishedAt, cancellationToken);
        var builder = new BatchBuilder(repaired, hash);
        var segments = ArticleSplitter.Split(repaired, document);
        foreach (var segment in segments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = BatchBuilder.ArticleRef(hash, segment.Ordinal, segment.Title);
            var (context, observations) = ArticleAnalyzer.Analyze(state, segment, article);
            builder.AddArticle(context, observations, publishedAt);
        }

        // A document of one article is titled by it when the caller gives no title; a newsletter of many has no title of its own.
        var title = string.IsNullOrWhiteSpace(document.Title) ? segments is [{ Title: { Length: > 0 } only }] ? only : null : document.Title.Trim();
        var info = new DocumentInfo(hash, document.Name, title, document.Source, publishedAt, document.Text.Length);
        return builder.Build(info) with { DocumentText = document.Text };
    }
}
