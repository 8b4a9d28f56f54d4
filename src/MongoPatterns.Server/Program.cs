Console.WriteLine("mongopatterns-server: the embedded server arrives with issue #5.");
return 0;
