namespace MongoPatterns.Configuration;

/// <summary>A registered database resolved from the options: its registered name, connection string and server-side database name.</summary>
internal sealed record DatabaseEndpoint(string Name, string ConnectionString, string DatabaseName, string SettingPath);
