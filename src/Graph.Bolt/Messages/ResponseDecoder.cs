using System.Globalization;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;

namespace Graph.Bolt.Messages;

/// <summary>Decodes one whole server message.</summary>
internal static class ResponseDecoder
{
    public static IResponseMessage Decode(ReadOnlySpan<byte> message)
    {
        var reader = new PackStreamReader(message);
        var (fields, tag) = reader.ReadStructHeader();
        IResponseMessage response = (tag, fields) switch
        {
            (MessageTag.Record, 1) => new RecordMessage(reader.ReadList()),
            (MessageTag.Success, 1) => new SuccessMessage(reader.ReadMap()),
            (MessageTag.Success, 0) => SuccessMessage.Empty,
            (MessageTag.Failure, 1) => new FailureMessage(reader.ReadMap()),
            (MessageTag.Ignored, _) => IgnoredMessage.Instance,
            _ => throw new BoltProtocolException(
                string.Create(CultureInfo.InvariantCulture, $"Unexpected server message 0x{tag:X2} with {fields} fields.")),
        };
        if (response is not IgnoredMessage && reader.Remaining != 0)
        {
            throw ThrowHelper.Malformed("bytes follow the end of the message");
        }

        return response;
    }
}
