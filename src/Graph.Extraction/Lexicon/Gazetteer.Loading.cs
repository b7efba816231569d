using Graph.Domain.Model;

namespace Graph.Extraction.Lexicon;

internal sealed partial class Gazetteer
{
    private const int MinDistrictNameLength = 3;

    // County-level names that are ordinary phrases (城区, 新城区) or too common to pin on one place.
    private static readonly HashSet<string> GenericDistricts =
        ["新城区", "市中区", "城关区", "城中区", "城东区", "城西区", "城北区", "城厢区", "新市区", "高新区", "开发区", "新区", "城区"];

    private static Gazetteer Load()
    {
        var entries = new List<GazetteerEntry>();
        LoadChina(entries);
        LoadHandKept(entries);
        return Build(entries);
    }

    private static void LoadChina(List<GazetteerEntry> entries)
    {
        var rows = EmbeddedData.ReadTsv("places-cn.tsv").ToList();
        var nameByCode = rows.ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var districtNameCounts = rows.Where(r => r[2] == "district").GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.Count());
        var takenShortNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var (name, subtype, parentCode) = (row[1], row[2], row[3]);
            var parent = parentCode.Length == 0 ? ChinaName : nameByCode[parentCode];
            if (subtype == "district")
            {
                if (name.Length < MinDistrictNameLength || GenericDistricts.Contains(name))
                {
                    continue;
                }

                var shared = districtNameCounts[name] > 1;
                entries.Add(new GazetteerEntry(EntityKind.Place, name, shared ? parent + name : name, subtype, [], parent) { NeedsContext = shared });
                continue;
            }

            var shortName = PlaceAliases.Short(name, subtype);
            var usable = shortName is not null && (subtype == "province" || !PlaceAliases.IsProvinceOwned(shortName)) && takenShortNames.Add(shortName);
            entries.Add(new GazetteerEntry(EntityKind.Place, name, name, subtype, usable ? [shortName!] : [], parent));
        }
    }

    private static void LoadHandKept(List<GazetteerEntry> entries)
    {
        foreach (var row in EmbeddedData.ReadTsv("gazetteer.tsv"))
        {
            EntityKind? kind = row[0] == "Block" ? null : Enum.Parse<EntityKind>(row[0]);
            var subtype = row.Length > 2 && row[2].Length > 0 ? row[2] : null;
            IReadOnlyList<string> aliases = row.Length > 3 && row[3].Length > 0 ? row[3].Split('|') : [];
            var parent = row.Length > 4 && row[4].Length > 0 ? row[4] : null;
            entries.Add(new GazetteerEntry(kind, row[1], row[1], subtype, aliases, parent));
        }
    }

    private static Gazetteer Build(List<GazetteerEntry> entries)
    {
        var terms = new TermTrie<GazetteerTerm>();
        var placesByKey = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Kind == EntityKind.Place)
            {
                placesByKey.TryAdd(entry.Key, entry);
            }

            foreach (var surface in entry.Aliases.Prepend(entry.Name))
            {
                terms.Add(surface, new GazetteerTerm([entry]), GazetteerTerm.Merge);
                if (!surfaces.TryGetValue(surface, out var list))
                {
                    surfaces[surface] = list = [];
                }

                list.Add(entry);
            }
        }

        var unique = surfaces.Where(p => p.Value.Count == 1 && p.Value[0].Kind is not null)
            .ToDictionary(p => p.Key, p => p.Value[0], StringComparer.Ordinal);
        return new Gazetteer(terms, placesByKey, unique);
    }
}
