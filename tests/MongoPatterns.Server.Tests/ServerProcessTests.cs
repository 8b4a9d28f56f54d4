using System.Buffers.Binary;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MongoPatterns.Bson;

namespace MongoPatterns.Server.Tests;

public partial class ServerProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static Process StartServer(params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MongoPatterns.Server.dll");
        var info = new ProcessStartInfo(Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info)!;
    }

    private static async Task<BsonDocument> PingAsync(int port)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var body = new BsonDocument { { "ping", 1 }, { "$db", "admin" } }.ToBson();
        var frame = new byte[21 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, frame.Length);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(4), 1);
        BinaryPrimitives.WriteInt32LittleEndian(frame.AsSpan(12), 2013);
        body.CopyTo(frame, 21);
        await stream.WriteAsync(frame);
        var header = new byte[16];
        await stream.ReadExactlyAsync(header);
        var reply = new byte[BinaryPrimitives.ReadInt32LittleEndian(header) - 16];
        await stream.ReadExactlyAsync(reply);
        return BsonDocument.FromBson(reply.AsSpan(5));
    }

    [GeneratedRegex(@"^mongopatterns-server listening on mongodb://127\.0\.0\.1:(?<port>\d+)/$")]
    private static partial Regex ListeningLine();

    [Fact]
    public async Task PortZero_PrintsListeningLineFirst_AnswersPing_AndStopsOnSigterm()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var process = StartServer("--port", "0", "--bind", "127.0.0.1");
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(Timeout);
        var match = ListeningLine().Match(line ?? string.Empty);
        Assert.True(match.Success, $"first line was '{line}'");

        var reply = await PingAsync(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.0, reply["ok"].AsDouble);

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(Timeout);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task ClosingStandardInput_StopsTheServer()
    {
        using var process = StartServer("--port", "0");
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(Timeout);
        Assert.StartsWith("mongopatterns-server listening on mongodb://127.0.0.1:", line, StringComparison.Ordinal);

        process.StandardInput.Close();

        await process.WaitForExitAsync().WaitAsync(Timeout);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Help_PrintsUsage()
    {
        using var process = StartServer("--help");
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(Timeout);
        await process.WaitForExitAsync().WaitAsync(Timeout);

        Assert.Contains("--port <n>", output, StringComparison.Ordinal);
        Assert.Contains("--auth <user:password>", output, StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);
    }

    [Theory]
    [InlineData("--port", "abc")]
    [InlineData("--bogus")]
    [InlineData("--auth", "nopassword")]
    public async Task InvalidArguments_ExitWithCode2(params string[] arguments)
    {
        using var process = StartServer(arguments);
        var error = await process.StandardError.ReadToEndAsync().WaitAsync(Timeout);
        await process.WaitForExitAsync().WaitAsync(Timeout);

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("mongopatterns-server: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandLine_ParsesEveryOption()
    {
        var parsed = ServerCommandLine.Parse(["--port", "0", "--bind", "::1", "--auth", "ann:pa:ss", "--auth", "bob:x", "--replSet", "rs0"]);

        Assert.Equal(0, parsed.Port);
        Assert.Equal("::1", parsed.Bind);
        Assert.Equal(["ann", "bob"], parsed.Users.Select(u => u.Username));
        Assert.Equal("pa:ss", parsed.Users[0].Password);
        Assert.Equal("rs0", parsed.ReplicaSetName);
        Assert.Equal(27017, ServerCommandLine.Parse([]).Port);
    }
}
