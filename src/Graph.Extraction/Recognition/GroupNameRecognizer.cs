using Graph.Domain.Model;

namespace Graph.Extraction.Recognition;

/// <summary>
/// Short names of a group the article names in full: 港务集团 and 某省港务集团 after 某某省港务集团有限公司, 某港务集团 with the
/// province's short name. A company written as a bare 集团 whose name, without the place that opens it, is the stem of exactly
/// one other company of the article (its name without place and legal form) is that company.
/// </summary>
internal static class GroupNameRecognizer
{
    private static readonly string[] LegalTails = ["股份有限公司", "有限责任公司", "有限公司"];

    public static void Recognize(ArticleContext context)
    {
        var companies = context.Hits.Where(h => h.Entity is { Kind: EntityKind.Company }).ToList();
        if (companies.Count < 2)
        {
            return;
        }

        var stems = companies.GroupBy(h => h.Entity!).Select(g => (Entity: g.Key, Stem: Stem(context, g.First()))).ToList();
        var renamed = new Dictionary<EntityRef, EntityRef>();
        for (var i = 0; i < context.Hits.Count; i++)
        {
            var hit = context.Hits[i];
            if (hit.Entity is not { Kind: EntityKind.Company } entity || !entity.Name.EndsWith(CompanyRecognizer.GroupForm, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = Stem(context, hit);
            // The full legal name when there is one; else the one longer short name.
            var matching = stems.Where(s => s.Entity != entity && s.Entity.Name.Length > entity.Name.Length && s.Stem == stem).Select(s => s.Entity).Distinct().ToList();
            var legal = matching.Where(e => !e.Name.EndsWith(CompanyRecognizer.GroupForm, StringComparison.Ordinal)).ToList();
            var owners = legal.Count > 0 ? legal : matching;
            if (owners.Count == 1)
            {
                context.Hits[i] = hit with { Entity = owners[0], Links = null };
                renamed[entity] = owners[0];
            }
        }

        if (renamed.Count == 0)
        {
            return;
        }

        context.HitsChanged();

        // 港务集团党委书记某某: what was stated of the short name (read before this step) is stated of the company.
        for (var i = 0; i < context.Relations.Count; i++)
        {
            var relation = context.Relations[i];
            if (renamed.ContainsKey(relation.From) || renamed.ContainsKey(relation.To))
            {
                context.Relations[i] = relation with
                {
                    From = renamed.GetValueOrDefault(relation.From, relation.From),
                    To = renamed.GetValueOrDefault(relation.To, relation.To),
                };
            }
        }
    }

    /// <summary>The name without the place that opens it (江西省, 江西) and without its legal form after 集团.</summary>
    private static string Stem(ArticleContext context, Hit hit)
    {
        var name = hit.Entity!.Name;
        var (length, _) = context.Gazetteer.PlaceOpening(name);
        name = name[length..];

        foreach (var tail in LegalTails)
        {
            if (name.EndsWith(CompanyRecognizer.GroupForm + tail, StringComparison.Ordinal))
            {
                return name[..^tail.Length];
            }
        }

        return name;
    }
}
