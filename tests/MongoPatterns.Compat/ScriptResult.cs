namespace MongoPatterns.Compat;

/// <summary>How a client suite process ended: its exit code (null when it was killed), its output, and whether it timed out.</summary>
internal sealed record ScriptResult(int? ExitCode, string Output, bool TimedOut);
