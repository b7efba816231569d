using Graph.Domain.Identity;
using Graph.Domain.Model;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests;

public sealed class DocumentExtractorTests
{
    private readonly IDocumentExtractor _extractor = DocumentExtractorFactory.Create();

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\u3000 ")]
    public void Empty_text_is_rejected_naming_the_document(string text)
    {
        var error = Assert.Throws<DocumentRejectedException>(() => _extractor.Extract(new SourceDocument("blank.txt", text)));

        Assert.Equal("blank.txt", error.DocumentName);
        Assert.Contains("blank.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_info_describes_the_text_as_given()
    {
        const string text = "大连市召开会议。\n";

        var batch = _extractor.Extract(new SourceDocument("brief.txt", text, "简报", "某网站", new DateOnly(2025, 5, 6)));

        Assert.Equal(new DocumentInfo(StableIds.DocumentHash(text), "brief.txt", "简报", "某网站", new DateOnly(2025, 5, 6), text.Length), batch.Document);
    }

    [Fact]
    public void The_publication_date_is_read_from_the_name_when_not_given()
    {
        var batch = _extractor.Extract(new SourceDocument("newsletter-2025-04.txt", "今年一季度，大连市地区生产总值同比增长 6.2%。"));

        Assert.Equal(new DateOnly(2025, 4, 1), batch.Document.PublishedAt);
        var growth = Assert.Single(batch.Observations);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)), (growth.PeriodStart, growth.PeriodEnd));
    }

    [Fact]
    public void Text_without_markers_is_one_article_titled_by_the_document()
    {
        var batch = _extractor.Extract(new SourceDocument("note.txt", "工业和信息化部发布数据。\n第二段。", "部委动态", "新华社"));
        var view = new BatchView(batch);

        var article = Assert.Single(batch.Entities, e => e.Kind == EntityKind.Article);
        Assert.Equal("部委动态", article.Name);
        Assert.Equal(StableIds.Entity(EntityKind.Article, $"{batch.Document.Hash}#1"), article.Id);
        Assert.Single(view.Relations(RelationType.PublishedBy, "部委动态", "新华社"));
        Assert.Single(view.Relations(RelationType.Mentions, "部委动态", "工业和信息化部"));
    }

    [Fact]
    public void Text_without_markers_or_title_is_titled_by_its_first_line()
    {
        var batch = _extractor.Extract(new SourceDocument("note.txt", "商务部发布最新数据\n正文在此。"));

        Assert.Equal("商务部发布最新数据", Assert.Single(batch.Entities, e => e.Kind == EntityKind.Article).Name);
    }

    [SkippableFact]
    public void Extracting_twice_gives_an_identical_batch()
    {
        var document = SampleCorpus.Document;

        var first = _extractor.Extract(document);
        var second = DocumentExtractorFactory.Create().Extract(document);

        Assert.Equal(first.Document, second.Document);
        Assert.Equal(first.Entities.Select(Describe), second.Entities.Select(Describe));
        Assert.Equal(first.Relations.Select(r => r.Id), second.Relations.Select(r => r.Id));
        Assert.Equal(first.Observations, second.Observations);
        Assert.Equal(first.Mentions, second.Mentions);
    }

    [SkippableFact]
    public void Concurrent_extractions_agree()
    {
        var document = SampleCorpus.Document;
        var expected = _extractor.Extract(document).Mentions;

        var results = Enumerable.Range(0, 4).AsParallel().Select(_ => _extractor.Extract(document).Mentions).ToList();

        Assert.All(results, mentions => Assert.Equal(expected, mentions));
    }

    private static string Describe(Entity entity) =>
        $"{entity.Id}|{entity.Name}|{string.Join(',', entity.Aliases)}|{entity.Subtype}|{entity.StartDate}|{entity.EndDate}"
        + $"|{string.Join(',', entity.AttributesOrEmpty.Select(a => a.Key + "=" + a.Value))}";
}
