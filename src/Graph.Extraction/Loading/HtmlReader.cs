using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Graph.Extraction.Loading;

/// <summary>
/// The article text of an HTML page: the page's only &lt;article&gt; or &lt;main&gt; where the markup marks one, else the
/// block that <see cref="MainContent"/> scores as prose (else the body); without scripts, styles, navigation, headers,
/// footers, asides and the link-dense or chrome-named blocks inside it (share bars, related links, comments); each block
/// element on its own line with a blank line between blocks (as in a plain-text newsletter, so the heading reads as a
/// title), runs of white space collapsed as a browser would. The publication date comes from the usual meta tags or a &lt;time datetime&gt;; the page title is kept for pages
/// whose text names none.
/// </summary>
internal static class HtmlReader
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "figure", "figcaption", "br", "hr", "address",
    };

    private static readonly string[] DateMetas =
        ["article:published_time", "publishdate", "pubdate", "publish-date", "date", "dc.date", "DC.date.issued", "og:published_time"];

    public static SourceDocument Read(string name, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        if (document.Body is not { } body)
        {
            throw new DocumentRejectedException(name, "it is not an HTML page with a body");
        }

        foreach (var element in body.QuerySelectorAll(string.Join(',', Dropped)).ToList())
        {
            element.Remove();
        }

        var root = Marked(body, "article") ?? Marked(body, "main") ?? Marked(body, "[role=main]") ?? MainContent.Select(body) ?? body;
        MainContent.Prune(root);

        var text = new HtmlTextBuilder();
        text.Append(root);
        var result = text.Build();
        if (string.IsNullOrWhiteSpace(result))
        {
            throw new DocumentRejectedException(name, "it contains no readable text (no article, main or body text outside scripts and navigation)");
        }

        var title = document.Title is { Length: > 0 } t ? t.Trim() : null;
        return new SourceDocument(name, result, title, PublishedAt: PublishedAt(document));
    }

    /// <summary>The element the author marked as the content, when the page marks exactly one (a list of teasers marks many).</summary>
    private static IElement? Marked(IElement body, string selector) =>
        body.QuerySelectorAll(selector) is { Length: 1 } marked ? marked[0] : null;

    private static DateOnly? PublishedAt(IDocument document)
    {
        var candidates = document.QuerySelectorAll("meta")
            .Where(m => DateMetas.Contains(m.GetAttribute("name") ?? m.GetAttribute("property") ?? string.Empty, StringComparer.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content"))
            .Concat(document.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")));
        foreach (var value in candidates)
        {
            // 2025-07-18, 2025-07-18T09:30:00+08:00: the calendar date as printed, never shifted across time zones.
            if (value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Walks the DOM, writing text with one line per block.</summary>
    private sealed class HtmlTextBuilder
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;

        public void Append(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText textNode)
                {
                    AppendText(textNode.Data);
                }
                else if (child is IElement element)
                {
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        LineBreak();
                    }

                    Append(element);
                    if (block)
                    {
                        LineBreak();
                    }
                }
            }
        }

        public string Build() => _text.ToString().TrimEnd() + "\n";

        private void AppendText(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = _text.Length > 0 && _text[^1] != '\n';
                    continue;
                }

                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                }

                // A stray control character in markup would fail the binary check downstream; it carries nothing here.
                if (!char.IsControl(c))
                {
                    _text.Append(c);
                }
            }
        }

        private void LineBreak()
        {
            _pendingSpace = false;
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                _text.Append("\n\n");
            }
        }
    }
}
