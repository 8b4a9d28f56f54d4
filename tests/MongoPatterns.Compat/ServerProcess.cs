using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace MongoPatterns.Compat;

/// <summary>
/// A running mongopatterns-server: <c>dotnet MongoPatterns.Server.dll --port 0 --bind 127.0.0.1</c>, whose first stdout
/// line is <c>mongopatterns-server listening on mongodb://127.0.0.1:&lt;port&gt;/</c>. Disposing closes its stdin (which
/// ends it) and kills it if it does not stop in time.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private readonly Process _process;
    private readonly StringBuilder _stdout;
    private readonly StringBuilder _stderr;

    private ServerProcess(Process process, StringBuilder stdout, StringBuilder stderr, string uri)
    {
        _process = process;
        _stdout = stdout;
        _stderr = stderr;
        Uri = uri;
    }

    /// <summary>The connection string the server printed, e.g. <c>mongodb://127.0.0.1:41234/</c> (with <c>?replicaSet=rs0</c> in replica set mode).</summary>
    public string Uri { get; }

    /// <summary>Starts the server and waits for its listening line; throws with its output when it does not come.</summary>
    public static async Task<ServerProcess> StartAsync(string serverAssembly, TimeSpan startupTimeout, IReadOnlyList<string>? extraArguments = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(serverAssembly))
        {
            throw new InvalidOperationException($"The server assembly {serverAssembly} is missing: build tests/MongoPatterns.Compat (it references src/MongoPatterns.Server).");
        }

        var startInfo = new ProcessStartInfo(CompatLayout.DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(serverAssembly)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { serverAssembly, "--port", "0", "--bind", "127.0.0.1" }.Concat(extraArguments ?? []))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var firstLine = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) =>
        {
            // A null line is the end of stdout: the process is gone before it said anything.
            firstLine.TrySetResult(e.Data);
            Append(stdout, e.Data);
        };
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);

        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            var line = await firstLine.Task.WaitAsync(startupTimeout, cancellationToken);
            var match = line is null ? Match.Empty : ListeningLine().Match(line);
            if (match.Success)
            {
                return new ServerProcess(process, stdout, stderr, match.Groups["uri"].Value);
            }

            if (await HasExitedWithinAsync(process, StopGrace))
            {
                throw new InvalidOperationException(
                    $"mongopatterns-server exited before it printed its listening line (exit code {process.ExitCode}). "
                    + $"Expected a first stdout line 'mongopatterns-server listening on mongodb://127.0.0.1:<port>/'.{Describe(stdout, stderr)}");
            }

            throw new InvalidOperationException(
                $"mongopatterns-server's first stdout line was not its listening line: '{line}'.{Describe(stdout, stderr)}");
        }
        catch (TimeoutException)
        {
            await StopAsync(process);
            process.Dispose();
            throw new InvalidOperationException(
                $"mongopatterns-server did not print its listening line within {startupTimeout.TotalSeconds:0} s.{Describe(stdout, stderr)}");
        }
        catch
        {
            await StopAsync(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>What the server printed so far, for diagnostics.</summary>
    public string DescribeOutput() => Describe(_stdout, _stderr);

    /// <summary>Closes the server's stdin and waits for it to stop; kills it after a grace period.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(_process);
        _process.Dispose();
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
            if (!await HasExitedWithinAsync(process, StopGrace))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }
        catch (InvalidOperationException)
        {
            // The process was never started or is already gone.
        }
        catch (IOException)
        {
            // Its stdin is already closed because it exited meanwhile.
        }
    }

    private static async Task<bool> HasExitedWithinAsync(Process process, TimeSpan grace)
    {
        using var limit = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    private static string Describe(StringBuilder stdout, StringBuilder stderr)
    {
        string Snapshot(StringBuilder text)
        {
            lock (text)
            {
                return text.Length == 0 ? "(nothing)" : text.ToString().TrimEnd();
            }
        }

        return $"\nstdout:\n{Snapshot(stdout)}\nstderr:\n{Snapshot(stderr)}";
    }

    [GeneratedRegex(@"^mongopatterns-server listening on (?<uri>mongodb://127\.0\.0\.1:\d+/(\?replicaSet=[A-Za-z0-9_.-]+)?)$")]
    private static partial Regex ListeningLine();
}
