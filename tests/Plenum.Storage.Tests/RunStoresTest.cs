using Npgsql;

namespace Plenum.Storage.Tests;

/// <summary>How <c>--store</c>, <c>PLENUM_STORE</c> and <c>PLENUM_HOME</c> choose the store, and the messages when it cannot be reached.</summary>
public sealed class RunStoresTest
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Resolve_NothingSet_UsesPlenumDbInTheLocalDataFolder()
    {
        var location = RunStores.Resolve(null, Env());

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        Assert.Equal(StoreBackend.Sqlite, location.Backend);
        Assert.Equal(Path.Combine(data, "plenum", "plenum.db"), location.Display);
    }

    [Fact]
    public void Resolve_PlenumHome_UsesPlenumDbInside()
    {
        var location = RunStores.Resolve(null, Env(("PLENUM_HOME", "/srv/plenum")));

        Assert.Equal("/srv/plenum/plenum.db", location.Display);
    }

    [Fact]
    public void Resolve_PlenumStore_WinsOverPlenumHome()
    {
        var location = RunStores.Resolve("", Env(("PLENUM_HOME", "/srv/plenum"), ("PLENUM_STORE", "/data/runs.db")));

        Assert.Equal("/data/runs.db", location.Display);
    }

    [Fact]
    public void Resolve_StoreOption_WinsOverPlenumStore()
    {
        var location = RunStores.Resolve("/tmp/mine.db", Env(("PLENUM_STORE", "Host=db.example;Database=plenum")));

        Assert.Equal(StoreBackend.Sqlite, location.Backend);
        Assert.Equal("/tmp/mine.db", location.Display);
    }

    [Fact]
    public void Resolve_TildePath_ExpandsTheHomeFolder()
    {
        var location = RunStores.Resolve("~/plenum/runs.db", Env(("HOME", "/home/ann")));

        Assert.Equal("/home/ann/plenum/runs.db", location.Display);
    }

    [Fact]
    public void Resolve_RelativePath_IsMadeAbsolute()
    {
        var location = RunStores.Resolve("runs.db", Env());

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "runs.db"), location.Display);
    }

    [Fact]
    public void Resolve_ExistingFolder_FailsAskingForAFileName()
    {
        var folder = Path.GetTempPath().TrimEnd('/');

        var e = Assert.Throws<StoreException>(() => RunStores.Resolve(folder, Env()));

        Assert.Equal(StoreFailure.InvalidLocation, e.Failure);
        Assert.Equal($"{folder} is a folder; give the store a file name, for example {folder}/plenum.db", e.Message);
    }

    [Fact]
    public void Resolve_NpgsqlConnectionString_IsPostgresAndHidesThePassword()
    {
        var location = RunStores.Resolve("Host=db.example;Port=5433;Username=ann;Password=s3cret-pw;Database=plenum", Env());

        Assert.Equal(StoreBackend.Postgres, location.Backend);
        Assert.Equal("postgresql://ann@db.example:5433/plenum", location.Display);
        Assert.Equal("postgresql://ann@db.example:5433/plenum", location.ToString());
    }

    [Theory]
    [InlineData("host=db.example;database=plenum")]
    [InlineData("postgres://db.example/plenum")]
    [InlineData("POSTGRESQL://db.example/plenum")]
    public void IsPostgres_KeywordsOrUri_AnyCase(string spec) => Assert.True(RunStores.IsPostgres(spec));

    [Fact]
    public void Resolve_PostgresUri_ReadsEveryPart()
    {
        var location = RunStores.Resolve("postgresql://ann:p%40ss%3Aword@db.example:6543/plenum_runs?sslmode=disable&application_name=plenum-cli", Env());

        var settings = new NpgsqlConnectionStringBuilder(location.Target);
        Assert.Equal(StoreBackend.Postgres, location.Backend);
        Assert.Equal("db.example", settings.Host);
        Assert.Equal(6543, settings.Port);
        Assert.Equal("ann", settings.Username);
        Assert.Equal("p@ss:word", settings.Password);
        Assert.Equal("plenum_runs", settings.Database);
        Assert.Equal(SslMode.Disable, settings.SslMode);
        Assert.Equal("plenum-cli", settings.ApplicationName);
        Assert.Equal("postgresql://ann@db.example:6543/plenum_runs", location.Display);
    }

    [Fact]
    public void Resolve_PostgresUriWithoutPort_UsesPort5432()
    {
        var location = RunStores.Resolve("postgres://ann@db.example/plenum", Env());

        Assert.Equal("postgresql://ann@db.example:5432/plenum", location.Display);
    }

    [Fact]
    public void Resolve_PostgresUriWithUnknownParameter_FailsWithoutThePassword()
    {
        var e = Assert.Throws<StoreException>(() => RunStores.Resolve("postgresql://ann:s3cret-pw@db.example/plenum?colour=red", Env()));

        Assert.Equal(StoreFailure.InvalidLocation, e.Failure);
        Assert.StartsWith("the store value is not a usable PostgreSQL connection string (parameter 'colour': ", e.Message);
        Assert.DoesNotContain("s3cret-pw", e.Message);
    }

    [Fact]
    public void Resolve_ConnectionStringWithUnknownKeyword_FailsWithoutThePassword()
    {
        var e = Assert.Throws<StoreException>(() => RunStores.Resolve("Host=db.example;Password=s3cret-pw;Colour=red", Env()));

        Assert.Equal(StoreFailure.InvalidLocation, e.Failure);
        Assert.DoesNotContain("s3cret-pw", e.Message);
    }

    [Fact]
    public async Task Save_PostgresNobodyListensOn_FailsAsUnreachableWithoutThePassword()
    {
        await using var store = RunStores.Open("Host=127.0.0.1;Port=1;Username=ann;Password=s3cret-pw;Database=plenum;Timeout=5");

        var e = await Assert.ThrowsAsync<StoreException>(() => store.SaveAsync(Runs.Sample()));

        Assert.Equal(StoreFailure.Unreachable, e.Failure);
        Assert.StartsWith("cannot reach PostgreSQL at 127.0.0.1:1: ", e.Message);
        Assert.DoesNotContain("s3cret-pw", e.Message);
        Assert.DoesNotContain("s3cret-pw", e.ToString());
    }
}
