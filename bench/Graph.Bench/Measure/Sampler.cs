using Graph.Domain.Identity;
using Microsoft.Data.Sqlite;

namespace Graph.Bench.Measure;

/// <summary>
/// Seeded random picks from a store's file, read with plain SQL on a read-only connection of its own (the store under
/// test never sees these reads): entities, policies, search texts, and pairs joined by a random walk.
/// </summary>
internal sealed class Sampler : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Random _random;
    private readonly long _maxEntityNo;

    public Sampler(string databasePath, int seed)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        _connection.Open();
        _random = new Random(seed);
        _maxEntityNo = Scalar<long>("SELECT max(entity_no) FROM entities");
    }

    public SqliteConnection Connection => _connection;

    public EntityId Entity(string? kind = null)
    {
        while (true)
        {
            var no = _random.NextInt64(1, _maxEntityNo + 1);
            var id = kind is null
                ? ScalarOrNull("SELECT id FROM entities WHERE entity_no = $no", ("$no", no))
                : ScalarOrNull("SELECT id FROM entities WHERE entity_no >= $no AND kind = $kind LIMIT 1", ("$no", no), ("$kind", kind));
            if (id is not null)
            {
                return new EntityId(id);
            }
        }
    }

    /// <summary>Two entities joined by a walk of 1 to <paramref name="maxHops"/> steps, so a path of at most that length exists.</summary>
    public (EntityId From, EntityId To, int Hops) ConnectedPair(int maxHops)
    {
        while (true)
        {
            var start = Entity();
            var hops = 1 + _random.Next(maxHops);
            var current = start.Value;
            var walked = 0;
            for (; walked < hops; walked++)
            {
                var next = RandomNeighbor(current);
                if (next is null)
                {
                    break;
                }

                current = next;
            }

            if (walked > 0 && current != start.Value)
            {
                return (start, new EntityId(current), walked);
            }
        }
    }

    /// <summary>A piece of a random entity's name, two to four characters, as an analyst would type it.</summary>
    public string SearchText()
    {
        var name = ScalarOrNull("SELECT name FROM entities WHERE entity_no = $no", ("$no", _random.NextInt64(1, _maxEntityNo + 1))) ?? "大连";
        var length = Math.Min(name.Length, 2 + _random.Next(3));
        return name.Substring(_random.Next(name.Length - length + 1), length);
    }

    public void Dispose() => _connection.Dispose();

    // Uniform over the entity's relations: count them, then take one by offset through the covering indexes.
    private string? RandomNeighbor(string id)
    {
        var outgoing = Scalar<long>("SELECT count(*) FROM relations WHERE from_id = $id", ("$id", id));
        var incoming = Scalar<long>("SELECT count(*) FROM relations WHERE to_id = $id", ("$id", id));
        if (outgoing + incoming == 0)
        {
            return null;
        }

        var pick = _random.NextInt64(outgoing + incoming);
        return pick < outgoing
            ? ScalarOrNull("SELECT to_id FROM relations WHERE from_id = $id LIMIT 1 OFFSET $n", ("$id", id), ("$n", pick))
            : ScalarOrNull("SELECT from_id FROM relations WHERE to_id = $id LIMIT 1 OFFSET $n", ("$id", id), ("$n", pick - outgoing));
    }

    private T Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string? ScalarOrNull(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar() as string;
    }

    private SqliteCommand Command(string sql, (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
