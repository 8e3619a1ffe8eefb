#pragma once

#include "models/llm/chattypes.h"
#include "models/llm/providerprofile.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Seedbed::Llm {

/*! \brief Adds up the tokens and the cost of the calls of a run.

    Cost is tokens × price per million, from the profile's price of the model, in the
    profile's currency; runs that use several currencies keep one sum per currency. Reasoning
    tokens are reported apart but not charged again: every supported API already counts them
    in the completion tokens (OpenAI's completion_tokens, Anthropic's output_tokens, Ollama's
    eval_count). A model without a price, or a call without token counts, makes the cost
    incomplete rather than silently zero.

    A plain value class, not thread-safe: one per run, owned by whoever drives the run. */
class UsageLedger
{
public:
    struct Totals
    {
        qint64 calls = 0;
        qint64 promptTokens = 0;           //!< known counts only
        qint64 completionTokens = 0;       //!< known counts only; includes reasoning
        qint64 reasoningTokens = 0;        //!< known counts only; part of completionTokens
        bool estimated = false;            //!< some count was estimated by Seedbed
        qint64 callsWithUnknownTokens = 0; //!< prompt or completion count missing
        QMap<QString, double> cost;        //!< by currency, e.g. {"USD": 0.0123}
        QStringList unpricedModels;        //!< models used without a price, sorted

        qint64 totalTokens() const { return promptTokens + completionTokens; }
        /*! No call lacked a price or a token count. */
        bool isCostComplete() const
        {
            return unpricedModels.isEmpty() && callsWithUnknownTokens == 0;
        }
        friend bool operator==(const Totals &, const Totals &) = default;
    };

    /*! The cost of one call, or nothing when neither count is known. An unknown count adds
        nothing. */
    static std::optional<double> callCost(const Usage &usage, const ModelPrice &price);
    /*! The cost of one call of \a model through \a profile, or nothing when the profile has no
        price for the model or the usage has no counts. */
    static std::optional<double> callCost(const Usage &usage, const ProviderProfile &profile,
                                          const QString &model);

    /*! Adds one call of \a model through \a profile. */
    void record(const ProviderProfile &profile, const QString &model, const Usage &usage);
    /*! Adds every call recorded in \a other (e.g. a resumed run's earlier part). */
    void merge(const UsageLedger &other);
    void clear();

    /*! The whole run. */
    const Totals &totals() const { return m_total; }
    /*! One model's share; empty totals for a model never recorded. */
    Totals totalsForModel(const QString &model) const { return m_byModel.value(model); }
    /*! The models recorded, sorted. */
    QStringList models() const { return m_byModel.keys(); }

private:
    static void add(Totals &into, const Totals &call);

    Totals m_total;
    QMap<QString, Totals> m_byModel;
};

} // namespace Seedbed::Llm
