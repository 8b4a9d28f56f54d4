using System.Runtime.CompilerServices;

namespace MongoPatterns.Bson.IO;

/// <summary>Inline storage for the first frames, so that typical documents need no frame allocation.</summary>
[InlineArray(BsonBinaryReader.InlineFrameCount)]
internal struct ReaderFrameBuffer
{
    private ReaderFrame _first;
}
