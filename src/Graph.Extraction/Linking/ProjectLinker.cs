using Graph.Domain.Model;
using Graph.Extraction.Recognition;

namespace Graph.Extraction.Linking;

/// <summary>
/// LOCATED_IN for projects whose names say nothing of where they are: in an article about one development zone (its
/// signings and groundbreakings), the projects it names are the zone's.
/// </summary>
internal static class ProjectLinker
{
    public static void Link(ArticleContext context)
    {
        var projects = context.Hits.Where(h => h.Entity is { Kind: EntityKind.Project }).ToList();
        if (projects.Count == 0)
        {
            return;
        }

        var zones = context.AllHits.Where(h => h.Entity is { Kind: EntityKind.Place, Subtype: ZoneRecognizer.Subtype }).Select(h => h.Entity!).Distinct().Take(2).ToList();
        if (zones.Count != 1)
        {
            return;
        }

        foreach (var project in projects.Where(p => !(p.Links ?? []).Any(l => l.Type == RelationType.LocatedIn)))
        {
            context.Relate(RelationType.LocatedIn, project.Entity!, zones[0], project.Start, project.End);
        }
    }
}
