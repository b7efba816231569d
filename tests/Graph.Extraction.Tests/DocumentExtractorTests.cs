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
    public void The_publication_date_the_text_states_wins_over_the_name_and_resolves_its_periods()
    {
        var batch = _extractor.Extract(new SourceDocument(
            "report-2021-01.txt", "软件业运行情况\n发布时间：2023-08-30　来源：某网站\n\n今年1—7月，全国软件业务收入64570亿元，同比增长13.6%。"));

        Assert.Equal(new DateOnly(2023, 8, 30), batch.Document.PublishedAt);
        var income = Assert.Single(batch.Observations);
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2023, 7, 31), null), (income.PeriodStart, income.PeriodEnd, income.UnresolvedPeriod));
    }

    [Fact]
    public void A_figure_whose_year_nothing_states_is_kept_with_its_period_as_written()
    {
        var batch = _extractor.Extract(new SourceDocument("note.txt", "今年1—7月，全国软件业务收入64570亿元，同比增长13.6%。"));

        Assert.Null(batch.Document.PublishedAt);
        var income = Assert.Single(batch.Observations);
        Assert.Equal("今年1—7月", income.UnresolvedPeriod);
        Assert.Equal((new DateOnly(1, 1, 1), new DateOnly(1, 7, 31)), (income.PeriodStart, income.PeriodEnd));
        Assert.Equal(64570m, income.Value);
    }

    [Fact]
    public void A_Traditional_document_reads_as_Simplified_with_the_written_form_as_an_alias_and_spans_into_the_original()
    {
        const string text = "工業和信息化部發佈數據：今年前7個月，我國軟件業務收入達到64570億元。\n";
        var batch = _extractor.Extract(new SourceDocument("trad-2023-08.txt", text));
        var view = new BatchView(batch);

        var ministry = view.Entity(EntityKind.Organization, "工业和信息化部");
        Assert.Contains("工業和信息化部", ministry.Aliases);
        var mention = batch.Mentions.First(m => m.TargetId == ministry.Id.Value);
        Assert.Equal("工業和信息化部", text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal(64570m, view.Observation("中国", "软件业务收入", 64570m).Value);
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
