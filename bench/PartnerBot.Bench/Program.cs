using PartnerBot.Bench;

// PartnerBot's load benchmark. See bench/README.md.
//   dotnet run -c Release --project bench/PartnerBot.Bench -- [--providers Memory,Sqlite,Postgres] [--concurrency 1,16,64,256]
//        [--conversations N] [--postgres <connection string>] [--out bench/results]
//   dotnet run -c Release --project bench/PartnerBot.Bench -- floor --port N   (the floor server, started by the benchmark itself)
if (args.Length > 0 && args[0] == "floor")
{
    await FloorServer.RunAsync(BenchOptions.Port(args));
    return 0;
}

var options = BenchOptions.Parse(args);
return await BenchRunner.RunAsync(options);
