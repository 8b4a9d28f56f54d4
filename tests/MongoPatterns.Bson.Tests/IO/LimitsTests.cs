using MongoPatterns.Bson.IO;

namespace MongoPatterns.Bson.Tests.IO;

public sealed class LimitsTests
{
    [Fact]
    public void Reader_AcceptsDepth100AndRejectsDepth101()
    {
        var accepted = Nest(100).ToBson(new BsonWriterSettings { MaxDepth = 200 });
        var rejected = Nest(101).ToBson(new BsonWriterSettings { MaxDepth = 200 });

        Assert.Equal(Nest(100), BsonDocument.FromBson(accepted));
        var exception = Assert.Throws<BsonSerializationException>(() => BsonDocument.FromBson(rejected));
        Assert.Contains("maximum depth of 100", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_AcceptsDepth100AndRejectsDepth101()
    {
        Assert.NotEmpty(Nest(100).ToBson());
        Assert.Throws<BsonSerializationException>(() => Nest(101).ToBson());
    }

    [Fact]
    public void DepthLimits_CountArraysToo()
    {
        BsonValue value = 1;
        for (var i = 0; i < 100; i++)
        {
            value = new BsonArray { value };
        }

        var document = new BsonDocument("a", value);

        Assert.Throws<BsonSerializationException>(() => document.ToBson());
        var bytes = document.ToBson(new BsonWriterSettings { MaxDepth = 101 });
        Assert.Throws<BsonSerializationException>(() => BsonDocument.FromBson(bytes));
        Assert.Equal(document, BsonDocument.FromBson(bytes, new BsonReaderSettings { MaxDepth = 101 }));
    }

    [Fact]
    public void DeepNesting_UpToTheHighestConfigurableDepth_Works()
    {
        var settingsWriter = new BsonWriterSettings { MaxDepth = 1000 };
        var settingsReader = new BsonReaderSettings { MaxDepth = 1000 };
        var document = Nest(1000);

        var bytes = document.ToBson(settingsWriter);

        Assert.Equal(document, BsonDocument.FromBson(bytes, settingsReader));
    }

    [Fact]
    public void DocumentSizeLimit_IsEnforcedByReaderAndWriter()
    {
        var document = new BsonDocument("s", new string('x', 1000));
        var bytes = document.ToBson();

        Assert.Throws<BsonSerializationException>(() => document.ToBson(new BsonWriterSettings { MaxDocumentSize = 1000 }));
        Assert.Throws<BsonSerializationException>(() => BsonDocument.FromBson(bytes, new BsonReaderSettings { MaxDocumentSize = 1000 }));
        Assert.Equal(document, BsonDocument.FromBson(bytes, new BsonReaderSettings { MaxDocumentSize = bytes.Length }));
    }

    [Fact]
    public void DefaultDocumentSizeLimit_Is16MiB()
    {
        var tooLarge = new BsonDocument("b", new BsonBinaryData(new byte[16 * 1024 * 1024]));

        Assert.Equal(16 * 1024 * 1024, BsonWriterSettings.Default.MaxDocumentSize);
        Assert.Equal(16 * 1024 * 1024, BsonReaderSettings.Default.MaxDocumentSize);
        Assert.Throws<BsonSerializationException>(() => tooLarge.ToBson());
    }

    [Fact]
    public void Settings_RejectInvalidLimits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BsonReaderSettings { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new BsonWriterSettings { MaxDepth = 1001 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new BsonReaderSettings { MaxDocumentSize = 4 });
    }

    [Fact]
    public void CyclicDocument_IsStoppedByTheDepthLimit()
    {
        var document = new BsonDocument();
        document.Add("self", document);

        Assert.Throws<BsonSerializationException>(() => document.ToBson());
    }

    private static BsonDocument Nest(int depth)
    {
        var document = new BsonDocument("leaf", 1);
        for (var i = 1; i < depth; i++)
        {
            document = new BsonDocument("d", document);
        }

        return document;
    }
}
