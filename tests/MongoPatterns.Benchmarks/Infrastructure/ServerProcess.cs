using System.Diagnostics;
using System.Text;

namespace MongoPatterns.Benchmarks.Infrastructure;

/// <summary>
/// A mongopatterns-server started as a separate process (<c>dotnet MongoPatterns.Server.dll --port 0 --bind
/// 127.0.0.1</c>), so that client and server do not share a garbage collector or thread pool. The server prints
/// <c>mongopatterns-server listening on mongodb://&lt;bind&gt;:&lt;port&gt;/</c> as its first stdout line; disposing
/// closes its standard input (which stops it) and kills it when it does not stop in time.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const string ListeningPrefix = "mongopatterns-server listening on ";
    private static readonly TimeSpan s_startupTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_stopGrace = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly StringBuilder _errorOutput;

    private ServerProcess(Process process, StringBuilder errorOutput, string uri)
    {
        _process = process;
        _errorOutput = errorOutput;
        Uri = uri;
    }

    /// <summary>Gets the connection string the server printed, e.g. <c>mongodb://127.0.0.1:41234/</c>.</summary>
    public string Uri { get; }

    /// <summary>Gets the server's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>Gets the path of the server assembly copied next to the benchmark binaries.</summary>
    public static string ServerAssembly { get; } = Path.Combine(AppContext.BaseDirectory, "MongoPatterns.Server.dll");

    /// <summary>Starts the server and waits for its listening line.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="InvalidOperationException">The server is missing, exited, or did not say where it listens.</exception>
    public static async Task<ServerProcess> StartAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(ServerAssembly))
        {
            throw new InvalidOperationException(
                $"The server assembly {ServerAssembly} is missing: build tests/MongoPatterns.Benchmarks (it references src/MongoPatterns.Server).");
        }

        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { ServerAssembly, "--port", "0", "--bind", "127.0.0.1" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var errorOutput = new StringBuilder();
        var firstLine = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => firstLine.TrySetResult(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errorOutput)
                {
                    // Keep the first lines only: enough to explain a failed start, bounded for a long run.
                    if (errorOutput.Length < 16_384)
                    {
                        errorOutput.AppendLine(e.Data);
                    }
                }
            }
        };

        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var line = await firstLine.Task.WaitAsync(s_startupTimeout, cancellationToken).ConfigureAwait(false);
            if (line is not null && line.StartsWith(ListeningPrefix, StringComparison.Ordinal))
            {
                return new ServerProcess(process, errorOutput, line[ListeningPrefix.Length..].Trim());
            }

            throw new InvalidOperationException(
                $"mongopatterns-server did not print its listening line (first line: '{line}'). Its error output:{Environment.NewLine}{errorOutput}");
        }
        catch
        {
            await StopAsync(process).ConfigureAwait(false);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Closes the server's standard input, waits for it to stop, and kills it after a grace period.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(_process).ConfigureAwait(false);
        _process.Dispose();
    }

    /// <summary>Returns what the server wrote to its error output so far (bounded), for diagnostics.</summary>
    /// <returns>The error output.</returns>
    public string DescribeErrorOutput()
    {
        lock (_errorOutput)
        {
            return _errorOutput.ToString();
        }
    }

    private static async Task StopAsync(Process process)
    {
        try
        {
            if (process.HasExited)
            {
                return;
            }

            process.StandardInput.Close();
            using var grace = new CancellationTokenSource(s_stopGrace);
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
    }

    private static string DotnetHost()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
