using PartnerBot.Bench;
using PartnerBot.Bench.Conversations;
using PartnerBot.Bench.Corpus;
using PartnerBot.Bench.Micro;

// PartnerBot's load benchmark. See bench/README.md.
//   dotnet run -c Release --project bench/PartnerBot.Bench -- [--providers Memory,Sqlite,Postgres] [--concurrency 1,16,64,256]
//        [--conversations N] [--warmup N] [--website-conversations N (0 = skip the website path)] [--soak N] [--soak-providers Sqlite]
//        [--postgres <connection string>] [--out bench/results] [--baseline <an older build's folder with PartnerBot.dll>]
//   dotnet run -c Release --project bench/PartnerBot.Bench -- micro [BenchmarkDotNet options, e.g. --job short --filter '*Turn*']
//        (turn cost inside the process with BenchmarkDotNet, split into understanding, engine and storage)
//   dotnet run -c Release --project bench/PartnerBot.Bench -- corpus [--misses]   (today's understanding scored on the labelled corpus: bench/results/corpus.md)
//   dotnet run -c Release --project bench/PartnerBot.Bench -- conversations [--misses]   (whole corpus conversations through today's bot: bench/results/conversations.md)
//   dotnet run -c Release --project bench/PartnerBot.Bench -- script-cost [part of a line]   (understanding cost of each line of the load's interview, µs)
//   dotnet run -c Release --project bench/PartnerBot.Bench -- load --url <bot> [--concurrency N] [--conversations N] [--path website]   (no servers started)
//   dotnet run -c Release --project bench/PartnerBot.Bench -- greeting [--opens 50] [--hover-ms 0]   (click on the embed's button to the greeting, Chromium: bench/results/greeting.md)
//   dotnet run -c Release --project bench/PartnerBot.Bench -- handoff [--messages 20]   (live handoff latency, staff ↔ customer on the website path: bench/results/handoff.md)
//   dotnet run -c Release --project bench/PartnerBot.Bench -- floor --port N   (the floor server, started by the benchmark itself)
if (args.Length > 0 && args[0] == "floor")
{
    await FloorServer.RunAsync(BenchOptions.Port(args));
    return 0;
}

if (args.Length > 0 && args[0] == "load")
{
    // Load against a PartnerBot that is already running (e.g. under a profiler): load --url http://127.0.0.1:3978/ [--concurrency 16] [--conversations 512] [--path website]
    return await LoadOnly.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "greeting")
{
    return await GreetingBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "handoff")
{
    return await HandoffBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "corpus")
{
    return await CorpusCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "conversations")
{
    return await ConversationsCommand.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "script-cost")
{
    return await ScriptCost.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "turn-cost")
{
    return await TurnCost.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "micro")
{
    return MicroCommand.Run(args[1..]);
}

var options = BenchOptions.Parse(args);
return await BenchRunner.RunAsync(options);
