namespace Graph.Extraction.Text;

/// <summary>What a physical line of the document is, for joining wrapped lines and cutting articles.</summary>
internal enum LineKind
{
    Text,

    /// <summary>A section marker such as 【行业资讯】: groups articles, is not one.</summary>
    Section,

    /// <summary>A bulleted article title (● title).</summary>
    Heading,

    /// <summary>An unbulleted article title: the first line after a source line.</summary>
    Title,

    /// <summary>（来源：…）, which ends an article.</summary>
    Source,
}
