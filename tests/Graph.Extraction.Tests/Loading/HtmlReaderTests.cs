using System.Text;
using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Extraction.Tests.Loading;

public sealed class HtmlReaderTests : IDisposable
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>大连新闻 - 大连市人民政府网</title>
        <meta property="article:published_time" content="2025-04-18T09:30:00+08:00">
        <script>var tracker = "大连市商务局";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">首页</a> 营商环境</nav>
        <article><h1>大连市一季度服务外包快速增长</h1>
        <p>今年 1-3 月，大连市服务外包合同签约额
           167850 万美元，同比增长 57%。</p>
        <p>市商务局副局长赵文博表示，将继续优化服务。</p>
        <p>（来源：大连市商务局）</p></article>
        <footer>版权所有 大连市人民政府</footer></body></html>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("graph-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_article_text_is_kept_and_navigation_scripts_and_footers_are_dropped()
    {
        var document = DocumentLoader.Load(Write("dalian.html", Page));

        Assert.Equal(
            "大连市一季度服务外包快速增长\n\n今年 1-3 月，大连市服务外包合同签约额 167850 万美元，同比增长 57%。\n\n"
            + "市商务局副局长赵文博表示，将继续优化服务。\n\n（来源：大连市商务局）\n",
            document.Text);
        Assert.Equal(new DateOnly(2025, 4, 18), document.PublishedAt);
        Assert.Equal("大连新闻 - 大连市人民政府网", document.Title);
    }

    [Fact]
    public void The_document_is_the_extracted_text_its_hash_and_every_span_refer_to_it()
    {
        var document = DocumentLoader.Load(Write("dalian.html", Page));

        var batch = DocumentExtractorFactory.Create().Extract(document);

        Assert.Equal(StableIds.DocumentHash(document.Text), batch.Document.Hash);
        var person = batch.Entities.Single(e => e.Kind == EntityKind.Person);
        var mention = Assert.Single(batch.Mentions, m => m.TargetId == person.Id.Value);
        Assert.Equal("赵文博", document.Text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Contains(batch.Entities, e => e.Name == "大连市商务局" && e.Aliases.Contains("市商务局"));
    }

    [Fact]
    public void Markup_changes_that_leave_the_article_text_alone_keep_the_document_identity()
    {
        var restyled = Page.Replace("<p>", "<p class=\"lead\">", StringComparison.Ordinal).Replace("<nav>", "<nav id=\"top\">", StringComparison.Ordinal);

        var first = DocumentLoader.Load(Write("a.html", Page));
        var second = DocumentLoader.Load(Write("b.htm", restyled));

        Assert.Equal(StableIds.DocumentHash(first.Text), StableIds.DocumentHash(second.Text));
    }

    [Fact]
    public void A_page_without_readable_text_is_rejected()
    {
        var error = Assert.Throws<DocumentRejectedException>(() =>
            DocumentLoader.Load(Write("empty.html", "<html><body><nav>首页</nav><script>x()</script></body></html>")));

        Assert.Equal("empty.html", error.DocumentName);
        Assert.Contains("no readable text", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_rejected()
    {
        var path = Path.Combine(_folder, "gbk.html");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("<html><body><p>"), 0xB4, 0xF3, 0xC1, 0xAC, .. Encoding.ASCII.GetBytes("</p></body></html>")]);

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_named_html_is_rejected()
    {
        var path = Path.Combine(_folder, "image.html");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A]);

        var error = Assert.Throws<DocumentRejectedException>(() => DocumentLoader.Load(path));

        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
    }

    private string Write(string name, string html)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, html);
        return path;
    }
}
