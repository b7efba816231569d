using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;
using Graph.Bolt.Protocol;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Messages;

/// <summary>Each request we send, and each server message we read, against the official JavaScript driver's bytes.</summary>
public sealed class MessageVectorTests
{
    public static TheoryData<string> Messages => Vectors.Names("messages");

    [Theory]
    [MemberData(nameof(Messages))]
    public void Requests_encode_and_responses_decode_as_the_official_driver_does(string name)
    {
        var vector = Vectors.Find("messages", name);
        var descriptor = vector.GetProperty("descriptor");
        if (MessageDescriptors.IsRequest(descriptor))
        {
            using var buffer = new PooledBufferWriter();
            MessageDescriptors.Request(descriptor).Write(new PackStreamWriter(buffer));
            Vectors.AssertBytes(vector, buffer.WrittenSpan);
            return;
        }

        var response = ResponseDecoder.Decode(Vectors.InlineBytes(vector));
        switch (descriptor[0].GetString())
        {
            case "success":
                DeepEquality.AssertEqual(Descriptors.Value(descriptor[1]), Assert.IsType<SuccessMessage>(response).Metadata);
                break;
            case "failure":
                var failure = Assert.IsType<FailureMessage>(response);
                DeepEquality.AssertEqual(Descriptors.Value(descriptor[1]), failure.Metadata);
                Assert.StartsWith("Neo.", failure.Code, StringComparison.Ordinal);
                break;
            case "record":
                DeepEquality.AssertEqual(Descriptors.Value(descriptor[1]), Assert.IsType<RecordMessage>(response).Values);
                break;
            default:
                Assert.IsType<IgnoredMessage>(response);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Server_messages_written_by_the_scripted_server_match_the_official_driver(string name)
    {
        var vector = Vectors.Find("messages", name);
        var descriptor = vector.GetProperty("descriptor");
        if (MessageDescriptors.IsRequest(descriptor))
        {
            return;
        }

        using var buffer = new PooledBufferWriter();
        var writer = new PackStreamWriter(buffer);
        switch (descriptor[0].GetString())
        {
            case "ignored":
                writer.WriteStructHeader(0, MessageTag.Ignored);
                break;
            default:
                var tag = descriptor[0].GetString() switch { "success" => MessageTag.Success, "failure" => MessageTag.Failure, _ => MessageTag.Record };
                writer.WriteStructHeader(1, tag);
                writer.WriteValue(Descriptors.Value(descriptor[1]));
                break;
        }

        Vectors.AssertBytes(vector, buffer.WrittenSpan);
    }

    [Fact]
    public void A_GQL_failure_reports_its_neo4j_code()
    {
        var failure = Assert.IsType<FailureMessage>(ResponseDecoder.Decode(Vectors.InlineBytes(Vectors.Find("messages", "FAILURE with GQL status (5.7+)"))));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", failure.Code);
        Assert.IsType<TransientException>(failure.ToException());
    }
}
