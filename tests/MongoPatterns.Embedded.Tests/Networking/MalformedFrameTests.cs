using System.Buffers.Binary;
using System.Net.Sockets;
using MongoPatterns.Bson;
using MongoPatterns.Embedded.Tests.Support;

namespace MongoPatterns.Embedded.Tests.Networking;

public class MalformedFrameTests
{
    private static byte[] Frame(int length, int opCode, byte[]? body = null)
    {
        var frame = new byte[16 + (body?.Length ?? 0)];
        BinaryPrimitives.WriteInt32LittleEndian(frame, length);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(12), opCode);
        body?.CopyTo(frame, 16);
        return frame;
    }

    [Theory]
    [InlineData(10, 2013)]
    [InlineData(60_000_000, 2013)]
    [InlineData(100, 2012)]
    [InlineData(100, 2002)]
    [InlineData(100, 1234)]
    public async Task BadHeader_ClosesOnlyThatConnection(int length, int opCode)
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var good = await WireTestClient.ConnectAsync(server);
        await using var bad = await WireTestClient.ConnectAsync(server);

        await bad.SendAsync(Frame(length, opCode));

        Assert.True(await bad.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(1.0, (await good.RunAsync(new BsonDocument("ping", 1)))["ok"].AsDouble);
    }

    [Fact]
    public async Task InvalidBsonBody_ClosesTheConnection()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var bad = await WireTestClient.ConnectAsync(server);
        var frame = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 0, false);
        frame[25] = 0x42;

        await bad.SendAsync(frame);

        Assert.True(await bad.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task MoreToCome_GetsNoReply_AndTheWriteHappens()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        await using var client = await WireTestClient.ConnectAsync(server);

        await client.SendMoreToComeAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument("_id", 1) } }, { "writeConcern", new BsonDocument("w", 0) }, { "$db", "db" } });
        var count = await client.RunAsync(new BsonDocument("count", "c"), "db");

        Assert.Equal(1, count["n"].AsInt32);
    }

    [Fact]
    public async Task Fuzz_TenThousandMalformedFrames_WhileAWellBehavedClientInserts()
    {
        await using var server = await EmbeddedMongo.StartAsync();
        var random = new Random(12345);
        var frames = new List<byte[]>();
        var valid = WireTestClient.BuildMessage(new BsonDocument { { "ping", 1 }, { "$db", "admin" } }, null, 0, false);
        for (var i = 0; i < 10_000; i++)
        {
            byte[] frame;
            switch (i % 5)
            {
                case 0: // random bytes
                    frame = new byte[random.Next(1, 64)];
                    random.NextBytes(frame);
                    break;
                case 1: // truncated valid frame (then the socket closes)
                    frame = valid[..random.Next(1, valid.Length - 1)];
                    break;
                case 2: // lying length: larger than the bytes that follow
                    frame = (byte[])valid.Clone();
                    BinaryPrimitives.WriteInt32LittleEndian(frame, valid.Length + random.Next(1, 1000));
                    break;
                case 3: // oversized declared length
                    frame = Frame(48_000_000 + random.Next(1, 1000), 2013);
                    break;
                default: // corrupted body byte
                    frame = (byte[])valid.Clone();
                    frame[random.Next(20, frame.Length)] = (byte)random.Next(256);
                    break;
            }

            frames.Add(frame);
        }

        using var stop = new CancellationTokenSource();
        var inserted = 0;
        var writer = Task.Run(async () =>
        {
            await using var client = await WireTestClient.ConnectAsync(server);
            while (!stop.IsCancellationRequested)
            {
                var reply = await client.RunAsync(new BsonDocument { { "insert", "c" }, { "documents", new BsonArray { new BsonDocument("_id", inserted) } } }, "fuzz");
                Assert.Equal(1, reply["n"].AsInt32);
                inserted++;
            }
        });

        var fuzzers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; i < frames.Count; i += 4)
            {
                using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(server.EndPoint);
                try
                {
                    await socket.SendAsync(frames[i]);
                    socket.Shutdown(SocketShutdown.Send);
                    var buffer = new byte[1024];
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    while (await socket.ReceiveAsync(buffer, timeout.Token) > 0)
                    {
                    }
                }
                catch (SocketException)
                {
                    // The server may reset the connection: that is the expected outcome for garbage.
                }
            }
        })).ToArray();

        await Task.WhenAll(fuzzers);
        await stop.CancelAsync();
        await writer;

        await using var check = await WireTestClient.ConnectAsync(server);
        var count = await check.RunAsync(new BsonDocument("count", "c"), "fuzz");
        Assert.True(inserted > 0);
        Assert.Equal(inserted, count["n"].AsInt32);
        Assert.Equal(1.0, (await check.RunAsync(new BsonDocument("ping", 1)))["ok"].AsDouble);
    }
}
