#include "models/template/templatefilters.h"

#include "models/template/templateast.h"

namespace Seedbed::TemplateDetail {

namespace {

using L = QLatin1StringView;

constexpr Param any(const char *name)
{
    return {L(name), ParamType::Any};
}
constexpr Param number(const char *name)
{
    return {L(name), ParamType::Number};
}
constexpr Param string(const char *name)
{
    return {L(name), ParamType::String};
}
constexpr Param boolean(const char *name)
{
    return {L(name), ParamType::Bool};
}

constexpr quint8 f(FilterId id)
{
    return quint8(id);
}
constexpr quint8 t(TestId id)
{
    return quint8(id);
}

// Parameter names follow Jinja, so that keyword arguments written for Jinja work.
constexpr CallableSpec filters[] = {
    {L("upper"), f(FilterId::Upper), false, 0, 0, {}},
    {L("lower"), f(FilterId::Lower), false, 0, 0, {}},
    {L("capitalize"), f(FilterId::Capitalize), false, 0, 0, {}},
    {L("trim"), f(FilterId::Trim), false, 0, 0, {}},
    {L("default"), f(FilterId::Default), false, 0, 2, {any("default_value"), boolean("boolean")}},
    {L("d"), f(FilterId::Default), true, 0, 2, {any("default_value"), boolean("boolean")}},
    {L("join"), f(FilterId::Join), false, 0, 2, {string("d"), string("attribute")}},
    {L("length"), f(FilterId::Length), false, 0, 0, {}},
    {L("count"), f(FilterId::Length), true, 0, 0, {}},
    {L("truncate"),
     f(FilterId::Truncate),
     false,
     0,
     4,
     {number("length"), boolean("killwords"), string("end"), number("leeway")}},
    {L("json"), f(FilterId::Json), false, 0, 1, {number("indent")}},
    {L("tojson"), f(FilterId::Json), true, 0, 1, {number("indent")}},
    {L("replace"),
     f(FilterId::Replace),
     false,
     2,
     3,
     {string("old"), string("new"), number("count")}},
    {L("first"), f(FilterId::First), false, 0, 0, {}},
    {L("last"), f(FilterId::Last), false, 0, 0, {}},
    {L("string"), f(FilterId::String), false, 0, 0, {}},
    {L("int"), f(FilterId::Int), false, 0, 1, {number("default")}},
    {L("float"), f(FilterId::Float), false, 0, 1, {number("default")}},
};

constexpr CallableSpec tests[] = {
    {L("defined"), t(TestId::Defined), false, 0, 0, {}},
    {L("undefined"), t(TestId::Undefined), false, 0, 0, {}},
    {L("none"), t(TestId::None), false, 0, 0, {}},
    {L("boolean"), t(TestId::Boolean), false, 0, 0, {}},
    {L("number"), t(TestId::Number), false, 0, 0, {}},
    {L("string"), t(TestId::String), false, 0, 0, {}},
    {L("mapping"), t(TestId::Mapping), false, 0, 0, {}},
    {L("sequence"), t(TestId::Sequence), false, 0, 0, {}},
    {L("iterable"), t(TestId::Iterable), false, 0, 0, {}},
    {L("even"), t(TestId::Even), false, 0, 0, {}},
    {L("odd"), t(TestId::Odd), false, 0, 0, {}},
    {L("divisibleby"), t(TestId::DivisibleBy), false, 1, 1, {number("num")}},
};

const CallableSpec *find(std::span<const CallableSpec> specs, QStringView name)
{
    for (const CallableSpec &spec : specs) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

} // namespace

std::span<const CallableSpec> filterSpecs()
{
    return filters;
}

std::span<const CallableSpec> testSpecs()
{
    return tests;
}

const CallableSpec *findFilter(QStringView name)
{
    return find(filters, name);
}

const CallableSpec *findTest(QStringView name)
{
    return find(tests, name);
}

} // namespace Seedbed::TemplateDetail
