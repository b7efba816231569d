namespace Graph.Extraction.Lexicon;

/// <summary>What a surface form in the gazetteer trie stands for: usually one entry, several for shared district names.</summary>
internal sealed record GazetteerTerm(IReadOnlyList<GazetteerEntry> Entries)
{
    public static GazetteerTerm Merge(GazetteerTerm first, GazetteerTerm second) =>
        new([.. first.Entries, .. second.Entries.Where(e => !first.Entries.Contains(e))]);
}
