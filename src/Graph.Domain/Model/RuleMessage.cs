using System.Runtime.CompilerServices;

namespace Graph.Domain.Model;

/// <summary>
/// The message of a rule checked on every row of a batch, formatted only when the rule fails (as Debug.Assert's message is):
/// a batch of a thousand rows otherwise formatted thousands of messages nobody reads.
/// </summary>
[InterpolatedStringHandler]
internal ref struct RuleMessage
{
    private DefaultInterpolatedStringHandler _text;

    public RuleMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
