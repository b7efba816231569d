using System.Runtime.CompilerServices;

namespace Graph.Domain.Model;

/// <summary>
/// The message of a check, formatted only when the check fails (as <c>Debug.Assert</c>'s handler does): BatchRules checks every
/// row of a batch, and formatting each row's message up front took more time than the checks, a tenth of a bulk load.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler _text;

    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        _text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public string ToStringAndClear() => _text.ToStringAndClear();
}
