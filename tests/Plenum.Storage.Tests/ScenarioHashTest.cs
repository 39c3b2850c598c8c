namespace Plenum.Storage.Tests;

public sealed class ScenarioHashTest
{
    [Fact]
    public void Of_KnownText_IsItsSha256InLowerCaseHex()
    {
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ScenarioHash.Of("abc"));
    }

    [Fact]
    public void Of_LineEndingsDiffer_HashesDiffer()
    {
        Assert.NotEqual(ScenarioHash.Of("id: x\n"), ScenarioHash.Of("id: x\r\n"));
    }
}
