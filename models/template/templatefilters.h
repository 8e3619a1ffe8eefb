#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <array>
#include <span>

// The filters and tests the language knows: names and parameters, shared by the parser (which
// checks calls) and the renderer (which applies them).
namespace Seedbed::TemplateDetail {

enum class ParamType : quint8 { Any, Number, String, Bool };

struct Param
{
    QLatin1StringView name;
    ParamType type = ParamType::Any;
};

struct CallableSpec
{
    QLatin1StringView name;
    quint8 id = 0;      // FilterId or TestId
    bool alias = false; // not offered for completion
    int required = 0;
    int count = 0;
    std::array<Param, 4> params{};
};

std::span<const CallableSpec> filterSpecs();
std::span<const CallableSpec> testSpecs();
const CallableSpec *findFilter(QStringView name);
const CallableSpec *findTest(QStringView name);

} // namespace Seedbed::TemplateDetail
