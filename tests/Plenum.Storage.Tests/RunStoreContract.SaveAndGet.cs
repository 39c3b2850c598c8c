namespace Plenum.Storage.Tests;

public abstract partial class RunStoreContract
{
    [Fact]
    public async Task Save_ThenGet_ReturnsEveryFieldAsSaved()
    {
        if (!Available) return;
        var run = Runs.Sample(models: ["bdm", "smp", "exchange"]);

        var id = await Store.SaveAsync(run);
        var read = await Store.GetAsync(id);

        Assert.NotNull(read);
        Assert.Equal(id, read.Id);
        Assert.Equal(run.CreatedAt, read.CreatedAt);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
        Assert.Equal(run.ScenarioId, read.ScenarioId);
        Assert.Equal(run.ScenarioHash, read.ScenarioHash);
        Assert.Equal(["bdm", "smp", "exchange"], read.Models);
        Assert.Equal(run.Options.OrderBy(p => p.Key), read.Options.OrderBy(p => p.Key));
        Assert.Equal(42, read.Seed);
        Assert.Equal(1000, read.MonteCarloRuns);
        Assert.Equal(123.25, read.DurationMs);
        Assert.Equal(run.Timings.OrderBy(p => p.Key), read.Timings.OrderBy(p => p.Key));
        Assert.Equal("0.1.0+abc1234", read.PlenumVersion);
        Assert.Equal(run.ResultJson, read.ResultJson);
    }

    [Fact]
    public async Task Save_NoOptionsNoTimings_ReadsBackEmpty()
    {
        if (!Available) return;
        var run = Runs.Sample() with { Options = new Dictionary<string, string>(), Timings = new Dictionary<string, double>() };

        var read = await Store.GetAsync(await Store.SaveAsync(run));

        Assert.Empty(read!.Options);
        Assert.Empty(read.Timings);
    }

    [Fact]
    public async Task Save_SeveralRuns_GivesGrowingIds()
    {
        if (!Available) return;

        var first = await Store.SaveAsync(Runs.Sample());
        var second = await Store.SaveAsync(Runs.Sample());
        var third = await Store.SaveAsync(Runs.Sample());

        Assert.True(first > 0);
        Assert.True(second > first);
        Assert.True(third > second);
    }

    [Fact]
    public async Task Save_CreatedAtWithTicks_KeepsItToTheMicrosecond()
    {
        if (!Available) return;
        var at = new DateTimeOffset(2026, 12, 1, 21, 43, 25, TimeSpan.FromHours(3)).AddTicks(1_234_567);

        var read = await Store.GetAsync(await Store.SaveAsync(Runs.Sample(createdAt: at)));

        Assert.Equal(at.AddTicks(-7), read!.CreatedAt);
        Assert.Equal(TimeSpan.Zero, read.CreatedAt.Offset);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());

        Assert.Null(await Store.GetAsync(987_654));
    }

    [Fact]
    public async Task Export_ResultWithUnicodeSpacingAndExtremeNumbers_ReturnsTheTextByteForByte()
    {
        if (!Available) return;
        const string json = "{\n  \"scenario\": \"Политбюро 1929 — «правые»\",\n\t\"x\": 1e-300, \"y\": 1.7976931348623157E+308,\n  \"z\": [ ],\"emoji\":\"\\ud83d\\udcdc 📜\" }\n";

        var id = await Store.SaveAsync(Runs.Sample(resultJson: json));

        Assert.Equal(json, await Store.ExportAsync(id));
    }

    [Fact]
    public async Task Save_FourMegabyteResult_RoundTrips()
    {
        if (!Available) return;
        var json = "{\"rows\":[" + string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"{i}.5")) + "]}";
        Assert.True(json.Length > 1_000_000);

        var id = await Store.SaveAsync(Runs.Sample(resultJson: json));

        Assert.Equal(json, await Store.ExportAsync(id));
    }

    [Theory]
    [InlineData("scenario")]
    [InlineData("hash")]
    [InlineData("no-models")]
    [InlineData("comma-model")]
    [InlineData("twice")]
    [InlineData("monte-carlo")]
    [InlineData("duration")]
    [InlineData("timing")]
    [InlineData("version")]
    [InlineData("result")]
    public async Task Save_InvalidRun_ThrowsAndWritesNothing(string flaw)
    {
        if (!Available) return;
        var good = Runs.Sample();
        var bad = flaw switch
        {
            "scenario" => good with { ScenarioId = " " },
            "hash" => good with { ScenarioHash = good.ScenarioHash.ToUpperInvariant() },
            "no-models" => good with { Models = [] },
            "comma-model" => good with { Models = ["bdm,smp"] },
            "twice" => good with { Models = ["bdm", "bdm"] },
            "monte-carlo" => good with { MonteCarloRuns = 0 },
            "duration" => good with { DurationMs = double.NaN },
            "timing" => good with { Timings = new Dictionary<string, double> { ["bdm"] = double.PositiveInfinity } },
            "version" => good with { PlenumVersion = "" },
            _ => good with { ResultJson = "" },
        };
        await Store.SaveAsync(good);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(bad));

        Assert.StartsWith("cannot save the run: ", e.Message);
        Assert.Single(await Store.ListAsync(RunQuery.Latest));
    }

    [Fact]
    public async Task Delete_SavedRun_RemovesItAndItsModels()
    {
        if (!Available) return;
        var keep = await Store.SaveAsync(Runs.Sample(models: ["bdm"]));
        var drop = await Store.SaveAsync(Runs.Sample(models: ["smp", "exchange"]));

        Assert.True(await Store.DeleteAsync(drop));

        Assert.Null(await Store.GetAsync(drop));
        Assert.NotNull(await Store.GetAsync(keep));
        Assert.Equal(1, await CountAsync("run_models"));
        Assert.Empty(await Store.ListAsync(new RunQuery { Model = "smp" }));
    }

    [Fact]
    public async Task Delete_UnknownId_ReturnsFalse()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());

        Assert.False(await Store.DeleteAsync(987_654));
        Assert.Single(await Store.ListAsync(RunQuery.Latest));
    }

    [Fact]
    public async Task Save_AfterDeletingTheNewestRun_DoesNotReuseItsId()
    {
        if (!Available) return;
        await Store.SaveAsync(Runs.Sample());
        var newest = await Store.SaveAsync(Runs.Sample());
        await Store.DeleteAsync(newest);

        var next = await Store.SaveAsync(Runs.Sample());

        Assert.True(next > newest);
    }

    [Fact]
    public async Task LoadForComparison_TwoRuns_LoadsBothInOrder()
    {
        if (!Available) return;
        var left = await Store.SaveAsync(Runs.Sample(models: ["bdm"]));
        var right = await Store.SaveAsync(Runs.Sample(models: ["smp"]) with { Seed = 7 });

        var comparison = await Store.LoadForComparisonAsync(left, right);

        Assert.Equal(left, comparison.Left.Id);
        Assert.Equal(right, comparison.Right.Id);
        Assert.Equal(["smp"], comparison.Right.Models);
        Assert.Equal(7, comparison.Right.Seed);
        Assert.True(comparison.SameScenarioText);
    }

    [Fact]
    public async Task LoadForComparison_MissingRun_FailsNamingIt()
    {
        if (!Available) return;
        var left = await Store.SaveAsync(Runs.Sample());

        var e = await Assert.ThrowsAsync<StoreException>(() => Store.LoadForComparisonAsync(left, 987_654));

        Assert.Equal(StoreFailure.RunNotFound, e.Failure);
        Assert.StartsWith("run 987654 is not in the store ", e.Message);
    }

    [Fact]
    public async Task Export_MissingRun_FailsWithRunNotFound()
    {
        if (!Available) return;

        var e = await Assert.ThrowsAsync<StoreException>(() => Store.ExportAsync(5));

        Assert.Equal(StoreFailure.RunNotFound, e.Failure);
    }
}
