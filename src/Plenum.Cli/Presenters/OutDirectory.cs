using Plenum.Core.Models;
using Plenum.Core.Scenarios;

namespace Plenum.Cli.Presenters;

/// <summary>
/// Writes a forecast into a folder: <c>forecast.json</c> (the JSON contract), <c>MODEL-ISSUE.csv</c> per issue
/// (wide trajectory) and <c>MODEL-TABLE.csv</c> per detail table. Each file is written whole, then moved in place.
/// </summary>
public static class OutDirectory
{
    public static IReadOnlyList<string> Write(string dir, Scenario scenario, IReadOnlyList<ForecastResult> results)
    {
        Directory.CreateDirectory(dir);
        var written = new List<string>();
        void Save(string name, string content)
        {
            var path = Path.Combine(dir, name);
            var temp = path + ".tmp";
            File.WriteAllText(temp, content);
            File.Move(temp, path, overwrite: true);
            written.Add(path);
        }
        Save("forecast.json", ForecastJson.Write(results, indented: true));
        foreach (var r in results)
        {
            foreach (var issue in r.Issues) Save($"{r.Model}-{issue.Id}.csv", ForecastCsv.IssueWide(issue));
            foreach (var table in r.Tables) Save($"{r.Model}-{table.Name}.csv", ForecastCsv.Table(table));
        }
        return written;
    }
}
