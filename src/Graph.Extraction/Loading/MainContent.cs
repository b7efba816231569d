using AngleSharp.Dom;

namespace Graph.Extraction.Loading;

/// <summary>
/// Finds the article of a page whose markup does not mark it (no single &lt;article&gt; or &lt;main&gt;), by the
/// boilerplate-removal ideas of Readability and of Kohlschütter et al., "Boilerplate Detection using Shallow Text
/// Features" (WSDM 2010): prose sits in blocks with much text, many clause marks and few links; chrome (navigation,
/// related-article lists, share bars, footers) is short, link-dense and punctuation-poor.
/// <list type="number">
/// <item>Every paragraph-like block (p, pre, td, blockquote, or a div holding no other block) with at least
/// <see cref="MinimumParagraphLength"/> characters scores 1 + its clause marks + one per 100 characters (at most 3); its
/// parent gets the score, its grandparent half and the next ancestor a third.</item>
/// <item>A container's score is scaled by (1 − link density) and by the hint its class or id gives (content/article/body
/// up, comment/related/footer/nav/share/sidebar down); the best container is the article.</item>
/// <item>Its siblings join when they score a fifth of the best or are not link-dense and carry no chrome hint (the
/// headline and the date-and-source line beside the body are such siblings); the page's first &lt;h1&gt; is put in front
/// when the result has no headline.</item>
/// <item>Inside the result, link-dense blocks and blocks with a chrome hint (share bars, related links, comments) go.</item>
/// </list>
/// </summary>
internal static class MainContent
{
    private const int MinimumParagraphLength = 25;
    private const double LinkDenseShare = 0.5;
    private const double SiblingShare = 0.2;

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase) { "p", "pre", "td", "blockquote" };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "table", "ul", "ol", "dl", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "form",
    };

    private static readonly string[] ChromeHints =
        ["comment", "related", "footer", "foot", "nav", "menu", "share", "sidebar", "breadcrumb", "crumb", "recommend", "copyright", "banner", "toolbar", "pager", "social", "advert", "popup"];

    private static readonly string[] ContentHints = ["content", "article", "body", "text", "main", "post", "entry", "zoom"];

    private static readonly char[] ClauseMarks = ['，', '。', '、', '；', '：', ',', ';'];

    /// <summary>The element holding the article under <paramref name="body"/>, or null when no block reads as prose.</summary>
    public static IElement? Select(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("*").Where(IsParagraphLike))
        {
            var text = Normalized(paragraph.TextContent);
            if (text.Length < MinimumParagraphLength)
            {
                continue;
            }

            var score = 1 + text.Count(c => Array.IndexOf(ClauseMarks, c) >= 0) + Math.Min(text.Length / 100, 3);
            if (paragraph.LocalName == "div")
            {
                // A div of text lines split by <br> is both the paragraph and its own container.
                scores[paragraph] = scores.GetValueOrDefault(paragraph) + score;
            }

            var ancestor = paragraph.ParentElement;
            for (var level = 1; level <= 3 && ancestor is not null; level++, ancestor = ancestor.ParentElement)
            {
                scores[ancestor] = scores.GetValueOrDefault(ancestor) + (score / (double)level);
            }
        }

        var best = scores
            .Select(pair => (Element: pair.Key, Score: pair.Value * (1 - LinkDensity(pair.Key)) * HintWeight(pair.Key)))
            .OrderByDescending(candidate => candidate.Score)
            .FirstOrDefault();
        return best.Element is null || best.Score <= 0 ? null
            : best.Element == body || body.Contains(best.Element) is false ? body
            : Gather(best.Element, best.Score, scores, body);
    }

    /// <summary>Drops link-dense blocks and blocks with a chrome hint inside the chosen content.</summary>
    public static void Prune(IElement root)
    {
        foreach (var block in root.QuerySelectorAll("*").Where(e => BlockTags.Contains(e.LocalName) || e.LocalName == "li").ToList())
        {
            if (block.Parent is null || block.ParentElement is null)
            {
                continue;
            }

            var text = Normalized(block.TextContent);
            if (HasChromeHint(block) || (text.Length > 0 && LinkDensity(block) > LinkDenseShare))
            {
                block.Remove();
            }
        }
    }

    private static IElement Gather(IElement best, double bestScore, Dictionary<IElement, double> scores, IElement body)
    {
        var parent = best.ParentElement;
        var container = body.Owner!.CreateElement("div");
        var threshold = bestScore * SiblingShare;
        var siblings = parent is null ? [best] : parent.Children.ToList();
        foreach (var sibling in siblings)
        {
            var joins = sibling == best
                || scores.GetValueOrDefault(sibling) * HintWeight(sibling) >= threshold
                || (!HasChromeHint(sibling) && Normalized(sibling.TextContent).Length > 0 && LinkDensity(sibling) < SiblingShare);
            if (joins)
            {
                container.AppendChild(sibling.Clone());
            }
        }

        if (container.QuerySelector("h1") is null && body.QuerySelector("h1") is { } headline && Normalized(headline.TextContent).Length > 0)
        {
            container.Prepend(headline.Clone());
        }

        return container;
    }

    private static bool IsParagraphLike(IElement element) =>
        ParagraphTags.Contains(element.LocalName)
        || (element.LocalName == "div" && !element.Children.Any(child => BlockTags.Contains(child.LocalName)));

    private static double LinkDensity(IElement element)
    {
        var length = Normalized(element.TextContent).Length;
        if (length == 0)
        {
            return 0;
        }

        var linked = element.QuerySelectorAll("a").Sum(link => Normalized(link.TextContent).Length);
        return Math.Min(1, linked / (double)length);
    }

    private static double HintWeight(IElement element) =>
        HasChromeHint(element) ? 0.25 : ContentHints.Any(hint => Hints(element).Contains(hint, StringComparison.Ordinal)) ? 1.25 : 1;

    private static bool HasChromeHint(IElement element)
    {
        var hints = Hints(element);
        return hints.Length > 0 && ChromeHints.Any(hint => hints.Contains(hint, StringComparison.Ordinal));
    }

    private static string Hints(IElement element) =>
        $"{element.ClassName} {element.Id}".Trim().ToLowerInvariant();

    private static string Normalized(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
