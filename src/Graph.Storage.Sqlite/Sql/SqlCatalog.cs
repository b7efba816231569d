using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.Sqlite.Queries;
using Graph.Storage.Sqlite.Schema;

namespace Graph.Storage.Sqlite.Sql;

/// <summary>
/// Every SQL statement of the embedded store, in one class (the schema's steps are in <see cref="Migrations"/>, listed here
/// too), so the snapshot test (tests/Graph.Storage.Sqlite.Tests/Sql/statements.json) and the test that prepares each one
/// on a migrated database see all of them. Values always travel as parameters; text built at run time comes only from
/// closed choices (a direction, an order, which optional filters a query has), one method each, and
/// <see cref="All"/> lists every statement those choices give. Filters and sort keys given as a condition tree are the one
/// open choice: <see cref="EntityConditionSql"/> and <see cref="EntityPageSql"/> build them from fixed fragments, and
/// <see cref="All"/> lists what they make of the samples that use every fragment (SqlCatalog.Filters.cs).
/// </summary>
internal static partial class SqlCatalog
{
    /// <summary>Every statement, with a stable name.</summary>
    public static IReadOnlyList<SqlStatement> All => AllStatements.Value;

    // Lazy: the statements come from every part of this partial class, whose static fields initialize in no set order.
    private static readonly Lazy<List<SqlStatement>> AllStatements = new(BuildAll);

    private static List<SqlStatement> BuildAll()
    {
        var all = new List<SqlStatement>();
        all.AddRange(Migrations.All.Select(m => new SqlStatement($"schema.{m.Version}", m.Sql)));
        foreach (var field in typeof(SqlCatalog).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        {
            if (field.IsLiteral && field.FieldType == typeof(string))
            {
                all.Add(new SqlStatement(field.Name, (string)field.GetRawConstantValue()!));
            }
        }

        foreach (var table in Enum.GetValues<KeyedTable>())
        {
            all.Add(new($"{nameof(ExistingIds)}.{table}", ExistingIds(table)));
        }

        foreach (var table in Enum.GetValues<Writing.IndexedTable>())
        {
            all.Add(new($"{nameof(RowsUpTo)}.{table}", RowsUpTo(table)));
        }

        foreach (var typed in Flags)
        {
            all.Add(new($"{nameof(RelationsAmong)}.{Name(typed, "typed")}", RelationsAmong(typed)));
            foreach (var direction in Enum.GetValues<RelationDirection>())
            {
                foreach (var window in PageWindow.All)
                {
                    all.Add(new($"{nameof(RelationsOfAnchors)}.{direction}.{Name(typed, "typed")}.{window.Name}",
                        RelationsOfAnchors(direction, typed, window)));
                }

                foreach (var capped in Flags)
                {
                    all.Add(new($"{nameof(Expansion)}.{direction}.{Name(typed, "typed")}.{Name(capped, "capped")}",
                        Expansion(direction, typed, capped)));
                }
            }
        }

        foreach (var direction in Enum.GetValues<RelationDirection>())
        {
            foreach (var typed in Flags)
            {
                all.Add(new($"{nameof(RelationCounts)}.{direction}.{Name(typed, "typed")}", RelationCounts(direction, typed)));
            }
        }

        foreach (var filters in ObservationFilterChoices)
        {
            all.Add(new($"{nameof(ObservationsPage)}.{filters.Name}", ObservationsPage(filters)));
            foreach (var before in Flags)
            {
                // Pages from the end (Relay's last), with or without a before cursor.
                var window = filters with { Before = before };
                all.Add(new($"{nameof(ObservationsPage)}.{window.Name}.backward", ObservationsPage(window, backward: true)));
                if (before)
                {
                    all.Add(new($"{nameof(ObservationsPage)}.{window.Name}", ObservationsPage(window)));
                }
            }

            all.Add(new($"{nameof(ObservationsPerSubject)}.{filters.Name}", ObservationsPerSubject(filters)));
            all.Add(new($"{nameof(ObservationsPerIndicator)}.{filters.Name}", ObservationsPerIndicator(filters)));
            if (!filters.After)
            {
                all.Add(new($"{nameof(ObservationsCount)}.{filters.Name}", ObservationsCount(filters)));
            }
        }

        foreach (var order in Enum.GetValues<EntityOrder>())
        {
            foreach (var filters in EntityFilterChoices)
            {
                foreach (var after in EntityAfterChoices(order))
                {
                    all.Add(new($"{nameof(EntityList)}.{order}.{filters.Label}.{after}", EntityList(order, filters, after)));
                }
            }
        }

        foreach (var kinds in Flags)
        {
            foreach (var where in Flags)
            {
                // A condition tree is free text from EntityConditionSql; "1" stands for it here.
                var condition = where ? "1" : null;
                foreach (var window in PageWindow.All)
                {
                    var suffix = $"{Name(kinds, "kinds")}.{Name(where, "where")}.{window.Name}";
                    all.Add(new($"{nameof(SearchRanked)}.single.{suffix}", SearchRanked(single: true, kinds, window, condition)));
                    all.Add(new($"{nameof(SearchRanked)}.pairs.{suffix}", SearchRanked(single: false, kinds, window, condition)));
                    all.Add(new($"{nameof(SearchContained)}.{suffix}", SearchContained(kinds, window, condition)));
                }

                var countSuffix = $"{Name(kinds, "kinds")}.{Name(where, "where")}";
                all.Add(new($"{nameof(SearchCount)}.single.{countSuffix}", SearchCount(single: true, kinds, condition)));
                all.Add(new($"{nameof(SearchCount)}.pairs.{countSuffix}", SearchCount(single: false, kinds, condition)));
            }
        }

        all.AddRange(FilterSamples());
        all.Add(new($"{nameof(WriterMode)}.checked", WriterMode(1, foreignKeys: true)));
        all.Add(new($"{nameof(WriterMode)}.unchecked", WriterMode(1, foreignKeys: false)));
        return all;
    }

    private static readonly bool[] Flags = [false, true];

    private static string Name(bool flag, string name) => flag ? name : "no-" + name;
}
