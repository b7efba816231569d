using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Recognition;

/// <summary>What one extraction run knows across its articles: the text, its year, and names learnt along the way.</summary>
internal sealed class DocumentState(RepairedText text, Gazetteer gazetteer, int? year, DateOnly? publishedAt, CancellationToken cancellation = default)
{
    public RepairedText Repaired { get; } = text;

    public string Text => Repaired.Text;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public int? Year { get; } = year;

    public DateOnly? PublishedAt { get; } = publishedAt;

    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>Names learnt from earlier matches (远帆电子 for 朝阳市远帆电子有限公司, 张建华 after 局长张建华), matched again later.</summary>
    public TermTrie<EntityRef> LearntNames { get; } = new();

    /// <summary>Employers learnt for people, so 陈立新表示 can stand for 工业和信息化部 when a policy is announced.</summary>
    public Dictionary<EntityRef, EntityRef> Employers { get; } = [];

    public void Learn(string surface, EntityRef entity)
    {
        if (surface.Length >= 2)
        {
            LearntNames.Add(surface, entity);
        }
    }
}
