Console.WriteLine("MongoPatterns tour: placeholder until the samples issue lands.");
return 0;
