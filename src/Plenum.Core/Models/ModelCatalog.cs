using Plenum.Core.Models.Baseline;
using Plenum.Core.Models.Exchange;

namespace Plenum.Core.Models;

/// <summary>Every model Plenum ships, by id. Adding a model is one line here.</summary>
public static class ModelCatalog
{
    /// <summary>The models in the order <c>--model all</c> runs them.</summary>
    public static IReadOnlyList<IForecastModel> All { get; } =
    [
        BaselineModel.Mean,
        BaselineModel.Compromise,
        BaselineModel.Median,
        BaselineModel.StatusQuo,
        Bdm.BdmModel.Instance,
        Smp.SmpModel.Instance,
        ExchangeModel.Instance,
        Arena.ArenaModel.Instance,
    ];

    /// <summary>The model with the id, or null.</summary>
    public static IForecastModel? Find(string id) => All.FirstOrDefault(m => m.Descriptor.Id == id);

    /// <summary>The ids, for messages.</summary>
    public static string Ids => string.Join(", ", All.Select(m => m.Descriptor.Id));
}
