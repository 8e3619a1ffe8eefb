#include "models/llm/usageledger.h"

namespace Seedbed::Llm {

std::optional<double> UsageLedger::callCost(const Usage &usage, const ModelPrice &price)
{
    if (usage.promptTokens < 0 && usage.completionTokens < 0)
        return std::nullopt;
    double cost = 0;
    if (usage.promptTokens > 0)
        cost += double(usage.promptTokens) * price.inputPerMillion / 1e6;
    if (usage.completionTokens > 0)
        cost += double(usage.completionTokens) * price.outputPerMillion / 1e6;
    return cost;
}

std::optional<double> UsageLedger::callCost(const Usage &usage, const ProviderProfile &profile,
                                            const QString &model)
{
    const auto price = profile.prices.constFind(model);
    if (price == profile.prices.cend())
        return std::nullopt;
    return callCost(usage, *price);
}

void UsageLedger::record(const ProviderProfile &profile, const QString &model, const Usage &usage)
{
    Totals call;
    call.calls = 1;
    call.promptTokens = qMax<qint64>(usage.promptTokens, 0);
    call.completionTokens = qMax<qint64>(usage.completionTokens, 0);
    call.reasoningTokens = qMax<qint64>(usage.reasoningTokens, 0);
    call.estimated = usage.estimated;
    call.callsWithUnknownTokens = usage.promptTokens < 0 || usage.completionTokens < 0 ? 1 : 0;
    if (!profile.prices.contains(model))
        call.unpricedModels.append(model);
    else if (const auto cost = callCost(usage, profile, model))
        call.cost.insert(profile.currency, *cost);

    add(m_total, call);
    add(m_byModel[model], call);
}

void UsageLedger::merge(const UsageLedger &other)
{
    add(m_total, other.m_total);
    for (auto it = other.m_byModel.cbegin(); it != other.m_byModel.cend(); ++it)
        add(m_byModel[it.key()], it.value());
}

void UsageLedger::clear()
{
    m_total = Totals();
    m_byModel.clear();
}

void UsageLedger::add(Totals &into, const Totals &call)
{
    into.calls += call.calls;
    into.promptTokens += call.promptTokens;
    into.completionTokens += call.completionTokens;
    into.reasoningTokens += call.reasoningTokens;
    into.estimated = into.estimated || call.estimated;
    into.callsWithUnknownTokens += call.callsWithUnknownTokens;
    for (auto it = call.cost.cbegin(); it != call.cost.cend(); ++it)
        into.cost[it.key()] += it.value();
    for (const QString &model : call.unpricedModels) {
        if (!into.unpricedModels.contains(model))
            into.unpricedModels.append(model);
    }
    into.unpricedModels.sort();
}

} // namespace Seedbed::Llm
