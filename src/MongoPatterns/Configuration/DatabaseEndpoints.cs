using MongoPatterns.Driver;

namespace MongoPatterns.Configuration;

/// <summary>Resolves the main and named databases of <see cref="MongoPatternsOptions"/> into endpoints, reporting problems by setting path.</summary>
internal static class DatabaseEndpoints
{
    public static List<DatabaseEndpoint> Resolve(MongoPatternsOptions options, List<string>? errors)
    {
        var endpoints = new List<DatabaseEndpoint>();
        const string Main = MongoPatternsOptions.SectionName;
        var mainConnection = string.IsNullOrWhiteSpace(options.ConnectionString) ? null : options.ConnectionString;
        MongoClientSettings? mainSettings = null;
        if (mainConnection is not null && !MongoClientSettings.TryParse(mainConnection, out mainSettings, out var error))
        {
            errors?.Add($"{Main}:ConnectionString is not a valid MongoDB connection string: {error}");
            mainConnection = null;
        }

        if (mainConnection is null && options.Databases.Count == 0)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                errors?.Add($"{Main}:ConnectionString is missing: set it in configuration ({Main}:ConnectionString) or with AddMongoPatterns(o => o.ConnectionString = \"mongodb://...\").");
            }

            return endpoints;
        }

        if (mainConnection is not null)
        {
            var name = options.DatabaseName ?? mainSettings!.DatabaseName;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors?.Add($"{Main}:DatabaseName is missing: set it, or name the database in the connection string's path (mongodb://host/myDatabase).");
            }
            else
            {
                endpoints.Add(new DatabaseEndpoint(MongoPatternsOptions.DefaultDatabase, mainConnection, name, $"{Main}:ConnectionString"));
            }
        }

        foreach (var (alias, database) in options.Databases)
        {
            var path = $"{Main}:Databases:{alias}";
            var connection = string.IsNullOrWhiteSpace(database.ConnectionString) ? mainConnection : database.ConnectionString;
            if (connection is null)
            {
                errors?.Add($"{path}:ConnectionString is missing, and {Main}:ConnectionString is not set to share.");
                continue;
            }

            if (!MongoClientSettings.TryParse(connection, out var settings, out var databaseError))
            {
                errors?.Add($"{path}:ConnectionString is not a valid MongoDB connection string: {databaseError}");
                continue;
            }

            var name = database.DatabaseName ?? (ReferenceEquals(connection, mainConnection) ? null : settings.DatabaseName) ?? alias;
            endpoints.Add(new DatabaseEndpoint(alias, connection, name, $"{path}:ConnectionString"));
        }

        return endpoints;
    }
}
