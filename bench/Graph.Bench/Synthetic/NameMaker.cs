using System.Text;

namespace Graph.Bench.Synthetic;

/// <summary>
/// Chinese names that are unique by construction: each embeds its serial number written in characters of a pool, so
/// N names of a kind never collide and never need a retry; the rest of the name is drawn from the seeded random.
/// </summary>
internal static class NameMaker
{
    /// <summary>The serial in base <c>pool.Length</c>, at least <paramref name="minDigits"/> characters.</summary>
    public static string Code(int serial, string pool, int minDigits)
    {
        var builder = new StringBuilder(minDigits + 2);
        var value = serial;
        do
        {
            builder.Append(pool[value % pool.Length]);
            value /= pool.Length;
        }
        while (value > 0 || builder.Length < minDigits);

        return builder.ToString();
    }

    public static string Pick(Random random, string pool) => pool[random.Next(pool.Length)].ToString();

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Person(int serial) =>
        Vocabulary.Surnames[serial % Vocabulary.Surnames.Length] + Code(serial / Vocabulary.Surnames.Length, Vocabulary.GivenNames, 1);
}
